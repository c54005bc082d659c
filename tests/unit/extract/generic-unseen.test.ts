// @vitest-environment node
// The generic extractor on real saved pages from platforms no extractor was written for (SPIP, vBulletin,
// wpDiscuz, JComments, news-site comment systems). Ground truth (tests/fixtures/unseen/<page>/expected.json) was
// written by reading each page's HTML by hand: comment count, authors, first words of each comment's own text,
// and where the page shows them: times, reply parents (as the index of the parent comment), the thread's author
// (a forum topic's opening post) and the staff flag.
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
  threadAuthor?: string;
  comments: Array<{ author: string; textStart: string; publishedAt?: string | null; parent?: number | null; staff?: boolean }>;
}

/** Compares texts without whitespace: the hand-read starts come from the page source, where blocks touch. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

const pages = readdirSync(UNSEEN_DIR).filter((d) => existsSync(join(UNSEEN_DIR, d, 'source.html')));

describe('generic extractor on unseen platforms (hand-checked ground truth)', () => {
  it('has the saved pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(14);
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
      const ids = result.comments.map((c) => c.id);
      expected.comments.forEach((e, i) => {
        const c = result.comments[i];
        if (e.publishedAt !== undefined) expect(c.publishedAt, `time of comment ${i} by ${c.author}`).toBe(e.publishedAt);
        if (e.parent !== undefined) expect(c.parentId, `parent of comment ${i} by ${c.author}`).toBe(e.parent === null ? null : ids[e.parent]);
        if (e.staff !== undefined) expect(c.staff, `staff flag of comment ${i} by ${c.author}`).toBe(e.staff);
      });
      if (expected.threadAuthor !== undefined) expect(result.thread.author).toBe(expected.threadAuthor);
    });
  }
});
