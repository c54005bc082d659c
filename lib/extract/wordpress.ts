// WordPress comments in the markups seen in the wild: wp_list_comments html5 and legacy (div/xhtml), block themes,
// WordPress.com (highlander), the Epoch plugin, and themes with their own callback (hacks.mozilla: cite.author.fn,
// abbr.published, blockquote.entry-content). Pingbacks and trackbacks are not people's comments: left out.
import type { ScrapedComment } from '../thread';
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, readEach } from './page';
import { readAllPages, pageNumberIn } from './pagination';

const COMMENT_SEL = 'li.comment, li[id^="comment-"], article.comment[id^="comment-"], div.comment[id^="comment-"], div[id^="comment-"][data-comment-id]';
const LIST_SEL = 'ol.comment-list, ol.commentlist, ul.comment-list, ul.commentlist, ol.wp-block-comment-template, #epoch-comments, .comment-list, .commentlist';
const AUTHOR_SEL = '.wp-block-comment-author-name, .comment-author .fn, cite.fn, .fn, .epoch-author-link, cite.comment-author, .comment-author';
const BODY_SEL = '.comment-content, .wp-block-comment-content, .epoch-comment-content, .contenttext, .entry-content, .comment-text, .comment-body-content';
const TIME_TEXT_SEL = '.wp-block-comment-date, .comment-metadata a, .commentmetadata a, .comment-meta a, .epoch-comment-link, .comment-date, time';
/** Parts of a legacy comment-body that are not the words. */
const META_SEL = '.comment-author, .comment-meta, .commentmetadata, .comment-metadata, .reply, .comment-awaiting-moderation, .children';

function commentNumber(el: Element): string | null {
  const data = el.getAttribute('data-comment-id');
  if (data && /^\d+$/.test(data)) return data;
  const m = el.id.match(/^(?:li-)?comment-(\d+)$/);
  return m ? m[1] : null;
}

function isComment(el: Element): boolean {
  if (commentNumber(el) === null) return false;
  const cls = el.getAttribute('class') ?? '';
  if (/(?:^|\s)(pingback|trackback)(?:\s|$)/.test(cls)) return false;
  // An inner wrapper that repeats its comment's id (div#comment-N inside li#comment-N) is not a second comment.
  const outer = el.parentElement?.closest(COMMENT_SEL);
  return !(outer && commentNumber(outer) === commentNumber(el));
}

/** The element holding only this comment's own parts (never its replies). */
function ownScope(el: Element): Element {
  for (const child of Array.from(el.children)) {
    const cls = child.getAttribute('class') ?? '';
    if (/(?:^|\s)(comment-body|epoch-single-comment|comment-wrap|comment-container)(?:\s|$)/.test(cls)) return child;
  }
  return el;
}

function own(scope: Element, comment: Element, selector: string): Element | null {
  if (scope !== comment) return scope.querySelector(selector);
  for (const found of Array.from(scope.querySelectorAll(selector))) {
    if (found.closest(COMMENT_SEL) === comment) return found;
  }
  return null;
}

function authorOf(scope: Element, comment: Element): string {
  const el = own(scope, comment, AUTHOR_SEL);
  if (el) {
    const name = inlineText(el.querySelector('.fn') ?? el).replace(/\s+(says|sagt|dit|dice|diz|zegt|scrive)\s*:?$/i, '');
    if (name) return name;
  }
  // Epoch without a website: the name is a bare text node in .epoch-comment-author.
  const box = own(scope, comment, '.epoch-comment-author');
  if (box) {
    const bare = Array.from(box.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.nodeValue ?? '')
      .join(' ')
      .replace(/[·\s]+/g, ' ')
      .trim();
    if (bare) return bare;
  }
  return '';
}

function loginOf(comment: Element): string | null {
  const m = (comment.getAttribute('class') ?? '').match(/(?:^|\s)comment-author-([^\s]+)/);
  return m ? m[1] : null;
}

function timeOf(scope: Element, comment: Element, ctx: ExtractContext, fallbackYear: number, dayFirst: boolean): string | null {
  const timeEl = own(scope, comment, 'time[datetime], abbr[title], [data-time]');
  const attr = parseDateAttribute(timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('title') ?? timeEl?.getAttribute('data-time'));
  if (attr) return attr;
  const textEl = own(scope, comment, TIME_TEXT_SEL);
  return parseAnyDate(inlineText(textEl), ctx.now, { fallbackYear, dayFirst });
}

function parentOf(el: Element): string | null {
  const epoch = el.parentElement?.closest('[class*="child-of-"]');
  const m = epoch?.getAttribute('class')?.match(/child-of-(\d+)/);
  if (m) return `comment-${m[1]}`;
  const outer = el.parentElement?.closest(COMMENT_SEL);
  if (outer && commentNumber(outer)) return `comment-${commentNumber(outer)}`;
  // WordPress.com closes the parent <li> before its <ul class="children">.
  const list = el.parentElement;
  if (list && /(?:^|\s)children(?:\s|$)/.test(list.getAttribute('class') ?? '')) {
    let prev = list.previousElementSibling;
    while (prev && !prev.matches(COMMENT_SEL)) prev = prev.previousElementSibling;
    if (prev && commentNumber(prev)) return `comment-${commentNumber(prev)}`;
  }
  return null;
}

/** The post author's login or name, from the byline. */
function postAuthor(doc: Document): string | null {
  const link = doc.querySelector('a[rel="author"], .byline a[href*="/author/"], .author a[href*="/author/"], a.url.fn[href*="/author/"]');
  const slug = link?.getAttribute('href')?.match(/\/author\/([^/?#]+)/)?.[1];
  if (slug) return decodeURIComponent(slug);
  const meta = doc.querySelector('meta[name="author"]')?.getAttribute('content')?.trim();
  return meta || inlineText(link) || null;
}

function postYear(doc: Document, now: Date): number {
  const published =
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    doc.querySelector('time.entry-date[datetime], .entry-date[datetime], time[datetime]')?.getAttribute('datetime');
  const year = published ? parseInt(published.slice(0, 4), 10) : NaN;
  return Number.isFinite(year) && year > 1990 ? year : now.getUTCFullYear();
}

function readComments(doc: Document, ctx: ExtractContext, pageUrl: string): ScrapedComment[] {
  const fallbackYear = postYear(doc, ctx.now);
  const dayFirst = !/^en/i.test(doc.documentElement?.getAttribute('lang') ?? 'en');
  const elements = Array.from(doc.querySelectorAll(COMMENT_SEL)).filter(isComment);
  return readEach(elements, (el) => {
    const num = commentNumber(el)!;
    const scope = ownScope(el);
    const name = authorOf(scope, el);
    const login = loginOf(el);
    const bodyEl = own(scope, el, BODY_SEL);
    const body = bodyEl
      ? commentText(bodyEl)
      : commentText(scope, { skip: (child) => child.matches(META_SEL) || child.matches(COMMENT_SEL) });
    const cls = el.getAttribute('class') ?? '';
    const isPostAuthor = /(?:^|\s)(bypostauthor|author-comment)(?:\s|$)/.test(cls);
    const moderated = !!own(scope, el, '.comment-awaiting-moderation');
    return makeComment(pageUrl, {
      id: `comment-${num}`,
      anchor: `comment-${num}`,
      author: login ?? name,
      authorName: name || undefined,
      publishedAt: timeOf(scope, el, ctx, fallbackYear, dayFirst),
      body,
      parentId: parentOf(el),
      staff: isPostAuthor,
      staffReason: 'post-author',
      hidden: moderated,
    });
  });
}

/** "Comment pages": the page numbers WordPress links in its comment navigation. */
function commentPages(doc: Document, pageUrl: string): { current: number; total: number; urlFor: (n: number) => string } | null {
  const links = Array.from(doc.querySelectorAll('a[href*="comment-page-"], a[href*="cpage="]'));
  if (!links.length) return null;
  const numbered = links
    .map((a) => ({ href: a.getAttribute('href') ?? '', n: pageNumberIn(a.getAttribute('href') ?? '', /comment-page-(\d+)|cpage=(\d+)/) }))
    .filter((l) => l.n !== null) as Array<{ href: string; n: number }>;
  if (!numbered.length) return null;
  const currentFromUrl = pageNumberIn(pageUrl, /comment-page-(\d+)|cpage=(\d+)/);
  const currentSpan = countIn(inlineText(doc.querySelector('.comment-navigation .current, .comments-pagination .current, .page-numbers.current')));
  const linkedMax = Math.max(...numbered.map((l) => l.n));
  const current = currentFromUrl ?? currentSpan ?? (numbered.every((l) => l.n < linkedMax) ? linkedMax + 1 : 1);
  const total = Math.max(linkedMax, current);
  if (total < 2) return null;
  const template = numbered[0];
  const urlFor = (n: number) =>
    new URL(template.href.replace(/comment-page-\d+/, `comment-page-${n}`).replace(/cpage=\d+/, `cpage=${n}`), pageUrl).href;
  return { current, total, urlFor };
}

function claimedCount(doc: Document): number | null {
  const el = doc.querySelector('#epoch-count, .comments-title, .comments__headline, .commentsheader, .comment-count-area, #comments-title, .comments-area > h2, .comment-wrapper > .heading, #comments > h3, #comments h2, #comments h3, .comments-head h3');
  return countIn(inlineText(el));
}

export const wordpress: Extractor = {
  id: 'wordpress',
  canExtract(doc) {
    return !!doc.querySelector(`${LIST_SEL}, div[id^="comment-"][data-comment-id], li.comment[id^="comment-"]`);
  },
  async extract(doc, ctx) {
    const pageUrl = ctx.url;
    let comments = readComments(doc, ctx, pageUrl);
    const warnings: string[] = [];
    let pages: { read: number[]; total: number | null } | undefined;
    const paging = commentPages(doc, pageUrl);
    if (paging) {
      const result = await readAllPages(doc, ctx, {
        current: paging.current,
        total: paging.total,
        urlFor: paging.urlFor,
        read: (pageDoc, url) => readComments(pageDoc, ctx, url),
      });
      comments = result.comments(comments);
      pages = result.pages;
      warnings.push(...result.warnings);
    }
    const postAuthorComment = comments.find((c) => c.staffReason === 'post-author');
    return finishResult(doc, ctx, comments, {
      platform: 'wordpress',
      author: postAuthor(doc) ?? postAuthorComment?.author ?? null,
      commentCountClaimed: claimedCount(doc),
      pages,
      warnings,
    });
  },
};
