// @vitest-environment node
// The generic extractor on real saved pages from platforms no extractor was written for (SPIP, vBulletin,
// wpDiscuz, JComments, news-site comment systems). Ground truth (tests/fixtures/unseen/<page>/expected.json) was
// written by reading each page's HTML by hand: comment count, authors, first words of each comment's own text.
// The generic extractor is called directly, so a platform extractor that might also match is bypassed.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generic } from '../../../lib/extract/generic';
import { FIXTURES_DIR, SCAN_TIME } from './load';

const UNSEEN_DIR = join(FIXTURES_DIR, 'unseen');

interface Expected {
  url: string;
  lang: string;
  count: number;
  comments: Array<{ author: string; textStart: string }>;
}

/** Compares texts without whitespace: the hand-read starts come from the page source, where blocks touch. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

const pages = readdirSync(UNSEEN_DIR).filter((d) => existsSync(join(UNSEEN_DIR, d, 'source.html')));

describe('generic extractor on unseen platforms (hand-checked ground truth)', () => {
  it('has the saved pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const page of pages) {
    it(`${page}: exact count, authors and texts`, async () => {
      const expected: Expected = JSON.parse(readFileSync(join(UNSEEN_DIR, page, 'expected.json'), 'utf8'));
      const html = readFileSync(join(UNSEEN_DIR, page, 'source.html'), 'utf8');
      const doc = new JSDOM(html, { url: expected.url }).window.document;
      const result = await generic.extract(doc, { url: expected.url, now: SCAN_TIME });
      expect(result.comments.map((c) => c.author)).toEqual(expected.comments.map((c) => c.author));
      expect(result.comments.length).toBe(expected.count);
      result.comments.forEach((c, i) => {
        expect(squeeze(c.text).startsWith(squeeze(expected.comments[i].textStart)), `comment ${i} by ${c.author}: "${c.text.slice(0, 60)}"`).toBe(true);
      });
    });
  }
});
