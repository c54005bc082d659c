// @vitest-environment node
// Saved WordPress pages whose comments used to come out with empty texts: themes that wrap each comment twice
// (li#li-comment-N > article#comment-N), put the byline inside the body, the words inside the author box or
// under a <header>, or spell class names with underscores; and a sidebar widget that renders other posts'
// comments with the comment template. Ground truth: tests/fixtures/empty-bodies/<page>/expected.json, read
// from each page's HTML (see its PROVENANCE.txt). Pages are read through the registry, as the extension does.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractThread, NoThreadError } from '../../../lib/extract/registry';
import { FIXTURES_DIR, SCAN_TIME } from './load';
import { noteText } from '../../../lib/i18n';

const DIR = join(FIXTURES_DIR, 'empty-bodies');

interface Expected {
  url: string;
  platform: string;
  count: number;
  comments: Array<{ author: string; textStart: string; publishedAt: string | null }>;
  /** Ids of comment-shaped blocks on the page that are not this thread's comments. */
  absentIds?: string[];
}

const pages = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'source.html')));
const squeeze = (s: string) => s.replace(/\s+/g, '');

function load(page: string) {
  return {
    html: readFileSync(join(DIR, page, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, page, 'expected.json'), 'utf8')) as Expected,
  };
}

const parsers = {
  jsdom: (html: string, url: string) => new JSDOM(html, { url }).window.document,
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
};

describe('comment bodies the WordPress extractor used to miss (saved pages, hand-checked)', () => {
  it('has the saved pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  for (const page of pages) {
    for (const [parserName, parse] of Object.entries(parsers)) {
      it(`${page} (${parserName}): every comment has its words, author and time; nothing else is claimed`, async () => {
        const { html, expected } = load(page);
        const result = await extractThread(parse(html, expected.url), { url: expected.url, now: SCAN_TIME });
        expect(result.thread.platform).toBe(expected.platform);
        expect(result.comments.map((c) => c.author)).toEqual(expected.comments.map((c) => c.author));
        expect(result.comments).toHaveLength(expected.count);
        result.comments.forEach((c, i) => {
          expect(c.text.trim(), `comment ${i} by ${c.author} is empty`).not.toBe('');
          expect(squeeze(c.text).startsWith(squeeze(expected.comments[i].textStart)), `comment ${i} by ${c.author}: "${c.text.slice(0, 60)}"`).toBe(true);
          expect(c.publishedAt, `time of comment ${i} by ${c.author}`).toBe(expected.comments[i].publishedAt);
        });
        // The byline is not part of the words.
        for (const c of result.comments) expect(c.text.startsWith(c.authorName ?? c.author)).toBe(false);
        for (const id of expected.absentIds ?? []) expect(result.comments.map((c) => c.id)).not.toContain(id);
        expect(result.thread.warnings.map(noteText).filter((w) => /left out/.test(w))).toEqual([]);
      });
    }
  }

  it('keeps the quoted passage apart from the words (spektrum: blockquote inside div.comment-text)', async () => {
    const { html, expected } = load('spektrum-wp-widget');
    const result = await extractThread(parsers.jsdom(html, expected.url), { url: expected.url, now: SCAN_TIME });
    const first = result.comments[0];
    expect(first.quotes?.[0]).toMatch(/^weiter Akt: Der VDS lässt eine Umfrage/);
    expect(first.text).not.toContain('weiter Akt');
  });

  it('reads replies under their parent and the post author as staff', async () => {
    const { html, expected } = load('businessjargons-wp-header');
    const result = await extractThread(parsers.jsdom(html, expected.url), { url: expected.url, now: SCAN_TIME });
    const byId = new Map(result.comments.map((c) => [c.id, c]));
    expect(byId.get('comment-939')?.parentId).toBe('comment-938');
    expect(byId.get('comment-939')?.authorName).toBe('Megha M');
    const lit = load('literaturgefluester-wp-authorbox');
    const litResult = await extractThread(parsers.jsdom(lit.html, lit.expected.url), { url: lit.expected.url, now: SCAN_TIME });
    expect(litResult.comments.map((c) => c.staff)).toEqual([false, true]);
  });

  it('claims no thread when only the "recent comments" widget is left on the page', async () => {
    const { html, expected } = load('spektrum-wp-widget');
    const doc = parsers.jsdom(html, expected.url);
    // The post's own list is the first ol.commentlist; the widget's comes later, inside aside.widget.
    doc.querySelector('ol.commentlist')!.remove();
    expect(doc.querySelectorAll('.widget article[id^="comment-"]').length).toBe(5);
    await expect(extractThread(doc, { url: expected.url, now: SCAN_TIME })).rejects.toBeInstanceOf(NoThreadError);
  });

  it('leaves out a comment with no words, author or date, with a warning, and lifts its reply to the top', async () => {
    const { html, expected } = load('businessjargons-wp-header');
    const doc = parsers.jsdom(html, expected.url);
    // Sabrina K.'s comment stripped to an empty shell (as a placeholder or unknown markup would read).
    const shell = doc.getElementById('comment-938')!;
    while (shell.firstChild) shell.firstChild.remove();
    const result = await extractThread(doc, { url: expected.url, now: SCAN_TIME });
    expect(result.comments).toHaveLength(expected.count - 1);
    expect(result.comments.map((c) => c.id)).not.toContain('comment-938');
    expect(result.comments.find((c) => c.id === 'comment-939')?.parentId).toBeNull();
    expect(result.thread.warnings.map(noteText)).toContain('1 comment was left out: no text could be read from it, and the author or date was missing.');
    for (const c of result.comments) expect(c.text.trim()).not.toBe('');
  });
});

describe('a Forumotion forum claimed by the phpBB reader', () => {
  const dir = join(FIXTURES_DIR, 'unseen', 'forumotion-wolfsrebellen-de');
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string; count: number; comments: Array<{ author: string; textStart: string }> };

  for (const [name, parse] of Object.entries(parsers)) {
    it(`reads the posts' words from .post-entry and leaves out the ad slot (${name})`, async () => {
      const result = await extractThread(parse(html, expected.url), { url: expected.url, now: SCAN_TIME });
      expect(result.comments).toHaveLength(expected.count);
      result.comments.forEach((comment, i) => {
        expect(comment.author).toBe(expected.comments[i].author);
        expect(comment.text.startsWith(expected.comments[i].textStart)).toBe(true);
      });
    });
  }
});
