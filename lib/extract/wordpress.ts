// WordPress comments in the markups seen in the wild: wp_list_comments html5 and legacy (div/xhtml), block themes,
// WordPress.com (highlander), the Epoch plugin, and themes with their own callback (hacks.mozilla: cite.author.fn,
// abbr.published, blockquote.entry-content). Pingbacks and trackbacks are not people's comments: left out.
import type { ScrapedComment } from '../thread';
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, metaContent, byClass, hasClass, readEach } from './page';
import { readAllPages, pageNumberIn } from './pagination';

// Hot path (a 5,000-comment page must extract in < 300 ms even on jsdom): comments are found through
// simple one-class querySelectorAll passes (jsdom's getElementsByClassName is very slow) and each comment's parts in one walk over its own subtree,
// matching class tokens by hand. No selector engine per comment, no closest() with long selector lists.
const LIST_CLASSES = ['comment-list', 'commentlist', 'wp-block-comment-template'];
const BODY_TOKENS = new Set(['comment-content', 'wp-block-comment-content', 'epoch-comment-content', 'contenttext', 'entry-content', 'comment-text', 'comment-body-content']);
const TIME_BOX_TOKENS = new Set(['wp-block-comment-date', 'comment-metadata', 'commentmetadata', 'comment-meta', 'epoch-comment-link', 'comment-date']);
/** Parts of a legacy comment-body that are not the words. */
const META_TOKENS = new Set(['comment-author', 'comment-meta', 'commentmetadata', 'comment-metadata', 'reply', 'comment-awaiting-moderation', 'children', 'vcard']);

function tokens(el: Element): string[] {
  const cls = el.getAttribute('class');
  return cls ? cls.split(/\s+/) : [];
}

function commentNumber(el: Element): string | null {
  const data = el.getAttribute('data-comment-id');
  if (data && /^\d+$/.test(data)) return data;
  const m = /^(?:li-)?comment-(\d+)$/.exec(el.id);
  return m ? m[1] : null;
}

function isCommentShape(el: Element): boolean {
  const tag = el.localName;
  if (tag !== 'li' && tag !== 'div' && tag !== 'article') return false;
  if (commentNumber(el) === null) return false;
  return !tokens(el).some((t) => t === 'pingback' || t === 'trackback');
}

function isComment(el: Element): boolean {
  if (!isCommentShape(el)) return false;
  // An inner wrapper that repeats its comment's id (div#comment-N inside li#comment-N) is not a second comment.
  const num = commentNumber(el);
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (isCommentShape(up)) return commentNumber(up) !== num;
  }
  return true;
}

/** All comment elements in document order. */
function commentElements(doc: Document): Element[] {
  const epoch = doc.getElementById('epoch-comments');
  if (epoch) return Array.from(epoch.querySelectorAll('div')).filter(isComment);
  const found = Array.from(doc.querySelectorAll('.comment')).filter(isComment);
  if (found.length) return found;
  return Array.from(doc.querySelectorAll('li')).filter(isComment);
}

interface OwnParts {
  name?: Element;
  fn?: Element;
  authorBox?: Element;
  epochBox?: Element;
  body?: Element;
  time?: Element;
  timeBox?: Element;
  moderation?: Element;
}

/** One walk over the comment's own subtree (never into replies) noting where each part is. */
function scanOwn(scope: Element): OwnParts {
  const parts: OwnParts = {};
  // Depth-first in document order via element siblings (indexed HTMLCollection access is slow in jsdom).
  const stack: Element[] = [];
  if (scope.firstElementChild) stack.push(scope.firstElementChild);
  while (stack.length) {
    const el = stack.pop()!;
    if (el.nextElementSibling) stack.push(el.nextElementSibling);
    if (isCommentShape(el)) continue;
    let descend = true;
    for (const t of tokens(el)) {
      if (t === 'children') descend = false;
      else if (t === 'wp-block-comment-author-name') parts.name ??= el;
      else if (t === 'fn' || t === 'epoch-author-link') parts.fn ??= el;
      else if (t === 'comment-author') parts.authorBox ??= el;
      else if (t === 'epoch-comment-author') parts.epochBox ??= el;
      else if (t === 'comment-awaiting-moderation') parts.moderation ??= el;
      else if (BODY_TOKENS.has(t) && !parts.body) {
        parts.body = el;
        descend = false;
      } else if (TIME_BOX_TOKENS.has(t)) parts.timeBox ??= el;
    }
    const tag = el.localName;
    if (!parts.time && (tag === 'time' || tag === 'abbr' || el.hasAttribute('data-time'))) {
      if (el.hasAttribute('datetime') || el.hasAttribute('title') || el.hasAttribute('data-time')) parts.time = el;
    }
    if (descend && el.firstElementChild) stack.push(el.firstElementChild);
  }
  return parts;
}

/** The element holding only this comment's own parts (never its replies). */
function ownScope(el: Element): Element {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    for (const t of tokens(child)) {
      if (t === 'comment-body' || t === 'epoch-single-comment' || t === 'comment-wrap' || t === 'comment-container') return child;
    }
  }
  return el;
}

function authorOf(parts: OwnParts): string {
  const el = parts.name ?? parts.fn ?? parts.authorBox;
  if (el) {
    const name = inlineText(el).replace(/\s+(says|sagt|dit|dice|diz|zegt|scrive)\s*:?$/i, '');
    if (name) return name;
  }
  // Epoch without a website: the name is a bare text node in .epoch-comment-author.
  if (parts.epochBox) {
    const bare = Array.from(parts.epochBox.childNodes)
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
  for (const t of tokens(comment)) if (t.startsWith('comment-author-')) return t.slice('comment-author-'.length);
  return null;
}

function timeOf(parts: OwnParts, ctx: ExtractContext, fallbackYear: number, dayFirst: boolean): string | null {
  const t = parts.time;
  const attr = t ? parseDateAttribute(t.getAttribute('datetime') ?? t.getAttribute('title') ?? t.getAttribute('data-time')) : null;
  const text = inlineText(parts.timeBox ?? t);
  // A date-only attribute (hacks.mozilla: abbr title="2015-03-11") takes its time of day from the text.
  if (attr && /T00:00:00/.test(attr) && /\d{1,2}:\d{2}/.test(text) && !/T/.test(t?.getAttribute('title') ?? 'T')) {
    const hm = text.match(/(\d{1,2}):(\d{2})\s*(am|pm)?/i)!;
    let h = +hm[1];
    if (/pm/i.test(hm[3] ?? '') && h < 12) h += 12;
    return `${attr.slice(0, 11)}${String(h).padStart(2, '0')}:${hm[2]}:00`;
  }
  return attr ?? parseAnyDate(text, ctx.now, { fallbackYear, dayFirst });
}

function parentOf(el: Element): string | null {
  for (let up = el.parentElement; up; up = up.parentElement) {
    const child = tokens(up).find((t) => t.startsWith('child-of-'));
    if (child && /^child-of-\d+$/.test(child)) return `comment-${child.slice('child-of-'.length)}`;
    if (isCommentShape(up)) return `comment-${commentNumber(up)}`;
  }
  // WordPress.com closes the parent <li> before its <ul class="children">.
  const list = el.parentElement;
  if (list && tokens(list).includes('children')) {
    let prev = list.previousElementSibling;
    while (prev && !isCommentShape(prev)) prev = prev.previousElementSibling;
    if (prev) return `comment-${commentNumber(prev)}`;
  }
  return null;
}

/** The post author's login or name, from the byline (the first author link, which precedes the comments). */
function postAuthor(doc: Document): string | null {
  const anchors = doc.querySelectorAll('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i];
    const href = a.getAttribute('href') ?? '';
    const slug = /\/author\/([^/?#]+)/.exec(href)?.[1];
    if (slug) return decodeURIComponent(slug);
    if (/(?:^|\s)author(?:\s|$)/.test(a.getAttribute('rel') ?? '')) return inlineText(a) || null;
    if (isCommentShape(a.parentElement ?? a) || hasClass(a, 'comment-reply-link')) break; // reached the comments
  }
  return metaContent(doc, 'author')?.trim() || null;
}


function postYear(doc: Document, now: Date): number {
  const published = metaContent(doc, 'article:published_time') ?? doc.querySelector('.entry-date')?.getAttribute('datetime');
  const year = published ? parseInt(published.slice(0, 4), 10) : NaN;
  return Number.isFinite(year) && year > 1990 ? year : now.getUTCFullYear();
}

function readComments(doc: Document, ctx: ExtractContext, pageUrl: string): ScrapedComment[] {
  const fallbackYear = postYear(doc, ctx.now);
  const dayFirst = !/^en/i.test(doc.documentElement?.getAttribute('lang') ?? 'en');
  return readEach(commentElements(doc), (el) => {
    const num = commentNumber(el)!;
    const scope = ownScope(el);
    const parts = scanOwn(scope);
    const name = authorOf(parts);
    const login = loginOf(el);
    const body = parts.body
      ? commentText(parts.body)
      : commentText(scope, { skip: (child) => isCommentShape(child) || tokens(child).some((t) => META_TOKENS.has(t)) });
    const isPostAuthor = tokens(el).some((t) => t === 'bypostauthor' || t === 'author-comment');
    return makeComment(pageUrl, {
      id: `comment-${num}`,
      anchor: `comment-${num}`,
      author: login ?? name,
      authorName: name || undefined,
      publishedAt: timeOf(parts, ctx, fallbackYear, dayFirst),
      body,
      parentId: parentOf(el),
      staff: isPostAuthor,
      staffReason: 'post-author',
      hidden: !!parts.moderation,
    });
  });
}

/** "Comment pages": the page numbers WordPress links in its comment navigation. */
function commentPages(doc: Document, pageUrl: string): { current: number; total: number; urlFor: (n: number) => string } | null {
  const nav = ['comment-navigation', 'comments-pagination', 'navigation', 'commentnav']
    .filter((c) => hasClassMarker(doc, c))
    .flatMap((c) => byClass(doc, c));
  const links = nav.flatMap((n) => Array.from(n.querySelectorAll('a'))).filter((a) => /comment-page-\d|cpage=\d/.test(a.getAttribute('href') ?? ''));
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
  const epoch = doc.getElementById('epoch-count');
  if (epoch) return countIn(inlineText(epoch));
  for (const cls of ['comments-title', 'comments__headline', 'commentsheader', 'comment-count-area', 'comments-head', 'heading']) {
    const el = doc.querySelector(`.${cls}`);
    if (el && (cls !== 'heading' || el.parentElement?.id === 'comments')) return countIn(inlineText(el));
  }
  const heading = doc.getElementById('comments-title') ?? doc.getElementById('comments')?.querySelector('h2, h3');
  return countIn(inlineText(heading));
}

export const wordpress: Extractor = {
  id: 'wordpress',
  canExtract(doc) {
    if (LIST_CLASSES.some((c) => hasClassMarker(doc, c)) || hasIdMarker(doc, 'epoch-comments')) return true;
    return hasClassMarker(doc, 'comment') && Array.from(doc.querySelectorAll('.comment')).some(isComment);
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
