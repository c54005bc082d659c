// @vitest-environment node
// Hacker News on a hand-built item page: parents from the indent stack, the submitter as post author,
// deleted and flagged rows, ">" quotes, relative times when the title is missing, and "More" pages.
import { describe, expect, it } from 'vitest';
import { extractThread, detectPlatform } from '../../../lib/extract/registry';
import { SCAN_TIME, htmlDoc } from './load';
import { CHROME_WORDS, expectedFor, loadPlatformPage, platformPage, platformSnapshot } from './platform-pages';
import { noteText } from '../../../lib/i18n';

const DIR = 'hackernews-item';

describe('hackernews', () => {
  it('matches the hand-checked snapshot', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    expect(detectPlatform(doc)).toBe('hackernews');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    expect(platformSnapshot(result)).toEqual(expectedFor(DIR));
  });

  it('nests by indent, marks the submitter, deleted and flagged rows, and keeps quotes apart', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    const { thread, comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(thread).toMatchObject({ author: 'sgmills', commentCountClaimed: 8, warnings: [] });
    const byId = new Map(comments.map((c) => [c.id, c]));
    expect(comments.map((c) => [c.id, c.parentId])).toEqual([
      ['40001002', null],
      ['40001010', '40001002'],
      ['40001019', '40001010'],
      ['40001023', '40001019'],
      ['40001031', '40001002'],
      ['40001044', null],
      ['40001050', null],
      ['40001057', '40001050'],
    ]);
    expect(comments.filter((c) => c.staff).map((c) => c.id)).toEqual(['40001010', '40001023', '40001057']);
    expect(byId.get('40001031')).toMatchObject({ deleted: true, author: '', text: '' });
    expect(byId.get('40001050')).toMatchObject({ hidden: true, author: 'throwaway_991', text: '' });
    expect(byId.get('40001019')!.quotes).toEqual(['a deploy simply starts from a cold cache']);
    expect(byId.get('40001002')!.publishedAt).toBe('2025-12-14T09:12:30.000Z');
    expect(byId.get('40001002')!.permalink).toBe('https://news.ycombinator.com/item?id=40001002');
    for (const c of comments) expect(c.text).not.toMatch(CHROME_WORDS);
  });

  it('resolves "3 hours ago" against the scan time when .age has no title', async () => {
    const { html, url } = platformPage(DIR);
    const doc = htmlDoc(html.replace(/<span class="age" title="[^"]*">/g, '<span class="age">'), url);
    const { comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(comments.find((c) => c.id === '40001044')!.publishedAt).toBe('2026-01-15T09:00:00.000Z');
  });

  it('follows "More" pages on the same site and stops at a cross-origin link', async () => {
    const { html, url } = platformPage(DIR);
    const withMore = (h: string, href: string) => h.replace('</table><br><br></td></tr>', `</table><a href="${href}" class="morelink" rel="next">More</a><br><br></td></tr>`);
    const page2 = withMore(html.replace(/<tr class="athing comtr" id="4000(\d{4})"/g, '<tr class="athing comtr" id="5000$1"'), 'https://evil.example/item?id=1&p=3');
    const requests: string[] = [];
    const fetch = async (u: string) => {
      requests.push(u);
      return { ok: true, status: 200, text: async () => page2 };
    };
    const doc = htmlDoc(withMore(html, 'item?id=40001000&p=2'), url);
    const result = await extractThread(doc, { url, now: SCAN_TIME, fetch, parseHtml: (h, u) => htmlDoc(h, u) });
    expect(requests).toEqual(['https://news.ycombinator.com/item?id=40001000&p=2']);
    expect(result.comments.length).toBe(16);
    expect(result.thread.pages).toEqual({ read: [1, 2], total: null });
    expect(result.thread.warnings.map(noteText).join(' ')).toContain('not on this site');
  });
});
