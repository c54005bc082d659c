// @vitest-environment node
// Paginated threads with a fake same-origin fetch: WordPress comment pages and phpBB topic pages are read in
// page order, other sites are never fetched, and a thread with more than MAX_PAGES pages stops with a warning.
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../lib/extract/registry';
import { MAX_PAGES, nextLinkUrl, pageRanges } from '../../../lib/extract/pagination';
import { SCAN_TIME, htmlDoc } from './load';
import { phpbbPage } from '../../fixtures/paged/phpbb-topic';
import { noteText } from '../../../lib/i18n';

const POST = 'https://blog.example.com/2025/10/release-notes/';

/** A WordPress post showing comment page `n` of `total` (3 comments a page), nav links built by `href`. */
function wpPage(n: number, total: number, href: (page: number) => string = (p) => `${POST}comment-page-${p}/#comments`): string {
  const comments = [1, 2, 3]
    .map((i) => {
      const id = n * 100 + i;
      return `<li id="comment-${id}" class="comment even depth-1"><article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">reader${id}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="${POST}comment-page-${n}/#comment-${id}"><time datetime="2025-10-0${(i % 9) + 1}T10:00:00+00:00">October ${i}, 2025</time></a></div></footer><div class="comment-content"><p>Comment ${i} on page ${n}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`;
    })
    .join('');
  const links = Array.from({ length: total }, (_, i) => i + 1)
    .filter((p) => p === 1 || p === total || Math.abs(p - n) <= 1)
    .map((p) => (p === n ? `<span aria-current="page" class="page-numbers current">${p}</span>` : `<a class="page-numbers" href="${href(p)}">${p}</a>`))
    .join(' ');
  return `<!doctype html><html lang="en"><head><title>Release notes</title><link rel="canonical" href="${POST}comment-page-${n}/#comments"></head><body><article class="post"><h1 class="entry-title">Release notes</h1><p>Post body.</p></article><div id="comments" class="comments-area"><h2 class="comments-title">${total * 3} thoughts on “Release notes”</h2><ol class="comment-list">${comments}</ol><nav class="navigation comment-navigation" aria-label="Comments"><div class="nav-links">${links}</div></nav></div></body></html>`;
}

function fakeFetch(pages: (url: string) => string | null) {
  const requests: string[] = [];
  const fetch = async (url: string) => {
    requests.push(url);
    const html = pages(url);
    return { ok: html !== null, status: html === null ? 404 : 200, text: async () => html ?? '' };
  };
  return { fetch, requests, parseHtml: (html: string, url: string) => htmlDoc(html, url) };
}

const pageOf = (url: string) => Number(/comment-page-(\d+)/.exec(url)?.[1] ?? 0);

describe('WordPress comment pages', () => {
  it('reads every comment page in page order when it may fetch', async () => {
    const { fetch, requests, parseHtml } = fakeFetch((u) => (pageOf(u) ? wpPage(pageOf(u), 3) : null));
    const url = `${POST}comment-page-2/`;
    const result = await extractThread(htmlDoc(wpPage(2, 3), url), { url, now: SCAN_TIME, fetch, parseHtml });
    expect(requests.map(pageOf)).toEqual([1, 3]);
    expect(result.comments.map((c) => c.id)).toEqual(['comment-101', 'comment-102', 'comment-103', 'comment-201', 'comment-202', 'comment-203', 'comment-301', 'comment-302', 'comment-303']);
    expect(result.thread.pages).toEqual({ read: [1, 2, 3], total: 3 });
    expect(result.thread.commentCountClaimed).toBe(9);
    expect(result.thread.warnings).toEqual([]);
    // Each comment links to the page it is on.
    expect(result.comments[0].permalink).toBe(`${POST}comment-page-1/#comment-101`);
  });

  it('says which page was read when it may not fetch', async () => {
    const url = `${POST}comment-page-2/`;
    const result = await extractThread(htmlDoc(wpPage(2, 3), url), { url, now: SCAN_TIME });
    expect(result.comments.length).toBe(3);
    expect(result.thread.pages).toEqual({ read: [2], total: 3 });
    expect(noteText(result.thread.warnings[0])).toBe('Read page 2 of 3 of the comments only.');
  });

  it('never fetches pages on another origin', async () => {
    const { fetch, requests, parseHtml } = fakeFetch(() => wpPage(1, 3));
    const url = `${POST}comment-page-2/`;
    const doc = htmlDoc(wpPage(2, 3, (p) => `https://elsewhere.example/release-notes/comment-page-${p}/`), url);
    const result = await extractThread(doc, { url, now: SCAN_TIME, fetch, parseHtml });
    expect(requests).toEqual([]);
    expect(result.thread.pages).toEqual({ read: [2], total: 3 });
    expect(result.thread.warnings.map(noteText).filter((w) => w.includes('not this site') || w.includes('not on this site'))).toEqual([
      'Did not read pages 1, 3 of 3: they are on https://elsewhere.example, which is not this site.',
    ]);
  });

  it(`stops after ${MAX_PAGES} pages with a warning`, async () => {
    const { fetch, requests, parseHtml } = fakeFetch((u) => wpPage(pageOf(u), 80));
    const url = `${POST}comment-page-1/`;
    const result = await extractThread(htmlDoc(wpPage(1, 80), url), { url, now: SCAN_TIME, fetch, parseHtml });
    expect(requests.length).toBe(MAX_PAGES - 1);
    expect(result.thread.pages).toEqual({ read: Array.from({ length: MAX_PAGES }, (_, i) => i + 1), total: 80 });
    expect(result.comments.length).toBe(MAX_PAGES * 3);
    expect(result.thread.warnings.map(noteText)).toContain(`Read pages 1-${MAX_PAGES} of 80 of the comments.`);
    expect(result.thread.warnings.map(noteText)).toContain(`The thread has 80 pages; only ${MAX_PAGES} are read in one scan.`);
  });

  it('reports a page that fails and keeps the others', async () => {
    const { fetch, parseHtml } = fakeFetch((u) => (pageOf(u) === 3 ? null : wpPage(pageOf(u), 3)));
    const url = `${POST}comment-page-2/`;
    const result = await extractThread(htmlDoc(wpPage(2, 3), url), { url, now: SCAN_TIME, fetch, parseHtml });
    expect(result.thread.pages).toEqual({ read: [1, 2], total: 3 });
    expect(result.thread.warnings.map(noteText)).toContain('Could not read page 3 of 3 (HTTP 404).');
  });

  it('says which pages failed in one line per reason, not one line per page', async () => {
    // The UX review's DosTips topic: page 5 of 8 read, the seven others 404 (seven lines before).
    const { fetch, parseHtml } = fakeFetch(() => null);
    const url = `${POST}comment-page-5/`;
    const result = await extractThread(htmlDoc(wpPage(5, 8), url), { url, now: SCAN_TIME, fetch, parseHtml });
    expect(result.thread.pages).toEqual({ read: [5], total: 8 });
    expect(result.thread.warnings.map(noteText).filter((w) => !w.startsWith('The page claims'))).toEqual([
      'Read page 5 of 8 of the comments only.',
      'Could not read pages 1-4, 6-8 of 8 (HTTP 404).',
    ]);
  });

  it('groups failed pages by reason', async () => {
    const requests: string[] = [];
    const status = (page: number) => (page === 1 || page === 4 ? 200 : page === 6 ? 503 : 404);
    const fetch = async (u: string) => {
      requests.push(u);
      const code = status(pageOf(u));
      return { ok: code === 200, status: code, text: async () => (code === 200 ? wpPage(pageOf(u), 6) : '') };
    };
    const url = `${POST}comment-page-5/`;
    const result = await extractThread(htmlDoc(wpPage(5, 6), url), { url, now: SCAN_TIME, fetch, parseHtml: (html: string, at: string) => htmlDoc(html, at) });
    expect(requests.map(pageOf)).toEqual([1, 2, 3, 4, 6]);
    expect(result.thread.pages).toEqual({ read: [1, 4, 5], total: 6 });
    expect(result.thread.warnings.map(noteText).filter((w) => !w.startsWith('The page claims'))).toEqual([
      'Read pages 1, 4, 5 of 6 of the comments.',
      'Could not read pages 2, 3 of 6 (HTTP 404).',
      'Could not read page 6 of 6 (HTTP 503).',
    ]);
  });
});

const TOPIC = 'https://forum.example.org/viewtopic.php?t=77';

/** A phpBB topic page: 3 posts a page, post 1 of page 1 opens the topic. */
describe('phpBB topic pages', () => {
  const startOf = (url: string) => Number(new URL(url).searchParams.get('start') ?? 0);

  it('reads every page; the first post of page 1 is the topic, the starter is staff', async () => {
    const { fetch, requests, parseHtml } = fakeFetch((u) => phpbbPage(startOf(u) / 3 + 1, 3));
    const url = `${TOPIC}&start=3`;
    const result = await extractThread(htmlDoc(phpbbPage(2, 3), url), { url, now: SCAN_TIME, fetch, parseHtml });
    expect(result.thread.platform).toBe('phpbb');
    expect(requests.map(startOf)).toEqual([0, 6]);
    expect(result.thread.author).toBe('starter');
    expect(result.comments.map((c) => c.id)).toEqual(['p1001', 'p1002', 'p1003', 'p1004', 'p1005', 'p1006', 'p1007', 'p1008']);
    expect(result.thread.pages).toEqual({ read: [1, 2, 3], total: 3 });
    expect(result.thread.commentCountClaimed).toBe(8);
    expect(result.thread.warnings).toEqual([]);
  });

  it('reads every page of a topic fetched in the background, whose document has the extension page\'s address', async () => {
    // A tracked thread's re-check parses the fetched HTML in an extension page: its links must resolve against the
    // thread's URL, not the document's (they went to moz-extension:// and every unread post was flagged gone).
    const { fetch, requests, parseHtml } = fakeFetch((u) => phpbbPage(startOf(u) / 3 + 1, 3));
    const url = `${TOPIC}&start=3`;
    const fetched = htmlDoc(phpbbPage(2, 3), 'moz-extension://2f1d0c9e/background.html');
    const result = await extractThread(fetched, { url, now: SCAN_TIME, fetch, parseHtml });
    expect(requests.map(startOf)).toEqual([0, 6]);
    expect(result.thread.pages).toEqual({ read: [1, 2, 3], total: 3 });
    expect(result.comments).toHaveLength(8);
    expect(result.thread.warnings).toEqual([]);
  });

  it('says which page was read when fetching fails', async () => {
    const { fetch, parseHtml } = fakeFetch(() => null);
    const url = `${TOPIC}&start=3`;
    const result = await extractThread(htmlDoc(phpbbPage(2, 3), url), { url, now: SCAN_TIME, fetch, parseHtml });
    expect(result.comments.map((c) => c.id)).toEqual(['p1003', 'p1004', 'p1005']);
    expect(result.thread.pages).toEqual({ read: [2], total: 3 });
    expect(noteText(result.thread.warnings[0])).toBe('Read page 2 of 3 of the comments only.');
    expect(result.thread.warnings.map(noteText)).toContain('Could not read pages 1, 3 of 3 (HTTP 404).');
  });
});

describe('pageRanges', () => {
  it('writes runs of pages as ranges', () => {
    expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe('1-3, 5, 7, 8');
    expect(pageRanges([4])).toBe('4');
  });
});

describe('nextLinkUrl', () => {
  it("finds the rel=next link by default, or the platform's own link, made absolute", () => {
    const doc = htmlDoc('<head><link rel="next" href="/t/1?page=2"></head><body><a class="morelink" href="item?id=1&amp;p=2">More</a></body>', 'https://forum.example.org/t/1');
    expect(nextLinkUrl(doc, 'https://forum.example.org/t/1')).toBe('https://forum.example.org/t/1?page=2');
    expect(nextLinkUrl(doc, 'https://forum.example.org/t/1', 'a.morelink[href]')).toBe('https://forum.example.org/t/item?id=1&p=2');
    expect(nextLinkUrl(htmlDoc('<p>one page</p>'), 'https://forum.example.org/t/1')).toBeNull();
  });
});
