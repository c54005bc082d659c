// @vitest-environment node
// Real saved pages with no reader-comment thread, whose repeated blocks look like one: related-article teasers,
// "most read" modules, the site's own tweets, a live blog, a blog index, the post's own meta line, a footer
// calendar. extractThread must say "no comment thread" (NoThreadError) instead of reporting those as comments.
// What each page holds instead is noted in tests/fixtures/no-thread/<page>/PROVENANCE.txt.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractThread, NoThreadError } from '../../../lib/extract/registry';
import { generic } from '../../../lib/extract/generic';
import { FIXTURES_DIR, SCAN_TIME } from './load';

const NO_THREAD_DIR = join(FIXTURES_DIR, 'no-thread');
const pages = readdirSync(NO_THREAD_DIR).filter((d) => existsSync(join(NO_THREAD_DIR, d, 'source.html')));

function load(page: string): { html: string; url: string } {
  const provenance = readFileSync(join(NO_THREAD_DIR, page, 'PROVENANCE.txt'), 'utf8');
  const url = provenance.match(/original URL:\s*(\S+)/)?.[1] ?? 'https://example.invalid/';
  return { html: readFileSync(join(NO_THREAD_DIR, page, 'source.html'), 'utf8'), url };
}

describe('pages without a comment thread (teasers, headline lists, tweets, live blogs)', () => {
  it('has the saved pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  for (const page of pages) {
    it(`${page}: no thread in jsdom (extension) and linkedom (CLI)`, async () => {
      const { html, url } = load(page);
      const inJsdom = new JSDOM(html, { url }).window.document;
      await expect(extractThread(inJsdom, { url, now: SCAN_TIME })).rejects.toBeInstanceOf(NoThreadError);
      const inLinkedom = parseHTML(html).document as unknown as Document;
      await expect(extractThread(inLinkedom, { url, now: SCAN_TIME })).rejects.toBeInstanceOf(NoThreadError);
      // The generic fallback itself reads nothing (not merely some platform extractor failing first).
      expect((await generic.extract(inLinkedom, { url, now: SCAN_TIME })).comments).toEqual([]);
    });
  }
});
