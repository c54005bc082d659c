// @vitest-environment node
// Snapshot tests on the saved real pages: counts, ids, authors, times, parents, staff flags and text starts
// (expected.json, generated then checked by hand), plus the hand-labelled comments as ground truth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../lib/extract/registry';
import { normaliseWhitespace } from '../../../lib/extract/text';
import { labelled, loadPage, manifest, PAGES_DIR, SCAN_TIME } from './load';
import { snapshotOf } from './snapshot';
import { noteText } from '../../../lib/i18n';

const EXPECTED_COUNTS: Record<string, number> = {
  'wordpress-lemire-en': 5,
  'wordpress-netzpolitik-de': 74,
  'wordpresscom-blog-diverse-en': 13,
  'wordpress-legacy-franziska-elea-de': 17,
  'wordpress-epoch-wptavern-en': 13,
  'wordpress-hacks-mozilla-en': 2,
  'blogger-luxuryhaven-en': 24,
  'pixnet-blog-zh-tw': 42,
  'phpbb-dostips-en': 15,
  'github-issue-defuddle-56-en': 6,
};

/** PIXNET owner answers are read as extra comments (replies by the post author); the rest are visitors'. */
const isOwnerAnswer = (id: string) => id.endsWith('-reply');

describe('extractThread on saved real pages', () => {
  const truth = labelled();
  for (const entry of manifest()) {
    describe(entry.dir, async () => {
      const { doc, url } = loadPage(entry.dir);
      const result = await extractThread(doc, { url, now: SCAN_TIME });
      const visitors = result.comments.filter((c) => !isOwnerAnswer(c.id));

      it('reads exactly the manifest count of visitor comments', () => {
        expect(visitors.length).toBe(entry.comments);
        expect(visitors.length).toBe(EXPECTED_COUNTS[entry.dir]);
      });

      it('matches the checked snapshot (ids, authors, times, parents, staff, text)', () => {
        const expected = JSON.parse(readFileSync(join(PAGES_DIR, entry.dir, 'expected.json'), 'utf8'));
        expect(snapshotOf(result)).toEqual(expected);
      });

      it('gives every labelled comment its author and own words, quotes apart', () => {
        const mine = truth.filter((l) => l.page === entry.dir).sort((a, b) => a.i - b.i);
        expect(mine.length).toBe(entry.comments);
        const allText = normaliseWhitespace(result.comments.map((c) => c.text).join(' '));
        mine.forEach((label, i) => {
          const comment = visitors[i];
          // Labelled texts keep quotes as "> " lines; the extractor keeps them apart in `quotes`.
          const ownWords = normaliseWhitespace(label.text.split('\n').filter((l) => !l.startsWith('>')).join('\n'));
          expect(allText).toContain(ownWords);
          expect(normaliseWhitespace(comment.text)).toBe(ownWords);
          expect(comment.authorName ?? comment.author).toBe(label.author ?? '');
          const quoted = label.text.split('\n').filter((l) => l.startsWith('>')).map((l) => l.replace(/^(> ?)+/, '')).filter(Boolean);
          const quotes = normaliseWhitespace((comment.quotes ?? []).join(' '));
          for (const line of quoted) expect(quotes).toContain(normaliseWhitespace(line));
        });
      });

      it('gives every comment a unique id, a permalink on the page and an ISO time', () => {
        const ids = new Set(result.comments.map((c) => c.id));
        expect(ids.size).toBe(result.comments.length);
        for (const c of result.comments) {
          expect(c.permalink.startsWith('http')).toBe(true);
          if (c.publishedAt !== null) expect(c.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
          if (c.parentId !== null) expect(ids.has(c.parentId)).toBe(true);
        }
      });
    });
  }

  it('reads the PIXNET owner answers as 38 replies by the post author', async () => {
    const { doc, url } = loadPage('pixnet-blog-zh-tw');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    const answers = result.comments.filter((c) => isOwnerAnswer(c.id));
    expect(answers.length).toBe(38);
    expect(result.comments.length).toBe(80);
    for (const a of answers) {
      expect(a.author).toBe(result.thread.author);
      expect(a.staff).toBe(true);
      expect(a.staffReason).toBe('post-author');
      expect(result.comments.find((c) => c.id === a.parentId)?.parentId).toBeNull();
    }
  });

  it('says which page of a paginated phpBB topic was read', async () => {
    const { doc, url } = loadPage('phpbb-dostips-en');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    expect(result.thread.pages).toEqual({ read: [5], total: 8 });
    expect(result.thread.warnings.map(noteText).join(' ')).toContain('Read page 5 of 8');
  });

  it('warns when the claimed count differs from the count read (netzpolitik claims 91)', async () => {
    const { doc, url } = loadPage('wordpress-netzpolitik-de');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    expect(result.thread.commentCountClaimed).toBe(91);
    expect(result.thread.warnings.map(noteText).some((w) => w.includes('91') && w.includes('74'))).toBe(true);
  });
});
