// @vitest-environment node
// Saved pages opened from disk: permalinks point at the thread's canonical URL, never at the local file.
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../lib/extract/registry';
import { SCAN_TIME, loadPage, htmlDoc } from './load';
import { platformPage } from './platform-pages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from './load';

const LOCAL = 'file:///home/staff/Downloads/saved-thread.html';

describe('permalinks of saved pages', () => {
  for (const dir of ['xenforo-thread', 'stackexchange-question', 'reddit-old', 'lemmy-post']) {
    it(`${dir}: permalinks use the canonical URL the page declares`, async () => {
      const { html, url } = platformPage(dir);
      const result = await extractThread(htmlDoc(html, LOCAL), { url: LOCAL, now: SCAN_TIME });
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)![1];
      expect(result.thread.url).toBe(canonical);
      expect(result.comments.length).toBeGreaterThan(0);
      for (const c of result.comments) {
        expect(c.permalink.startsWith('https://')).toBe(true);
        expect(c.permalink).not.toContain('file:');
      }
      // Read from the web at its canonical address, the page gives the same links.
      if (url !== canonical) return;
      const live = await extractThread(htmlDoc(html, url), { url, now: SCAN_TIME });
      expect(live.comments.map((c) => c.permalink)).toEqual(result.comments.map((c) => c.permalink));
    });
  }

  it('a saved WordPress page (extractor written before this rule) links to its canonical post', async () => {
    const { url } = loadPage('wordpress-lemire-en');
    const html = readFileSync(join(PAGES_DIR, 'wordpress-lemire-en', 'source.html'), 'utf8');
    const result = await extractThread(htmlDoc(html, LOCAL), { url: LOCAL, now: SCAN_TIME });
    for (const c of result.comments) {
      expect(c.permalink.startsWith(`${result.thread.url}#comment-`)).toBe(true);
    }
    expect(result.thread.url.startsWith('https://')).toBe(true);
    expect(url.startsWith('http')).toBe(true);
  });

  it('a saved page without a canonical URL keeps its local links', async () => {
    const { html } = platformPage('hackernews-item');
    const result = await extractThread(htmlDoc(html, LOCAL), { url: LOCAL, now: SCAN_TIME });
    // HN permalinks are item links on the site itself (news.ycombinator.com by default).
    expect(result.comments[0].permalink).toBe('https://news.ycombinator.com/item?id=40001002');
    expect(result.thread.url).toBe(LOCAL);
  });
});
