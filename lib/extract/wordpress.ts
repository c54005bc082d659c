// WordPress comments in the markups seen in the wild: wp_list_comments html5 and legacy (div/xhtml), block themes,
// WordPress.com (highlander), the Epoch plugin, and themes with their own callback (hacks.mozilla: cite.author.fn,
// abbr.published, blockquote.entry-content). Pingbacks and trackbacks are not people's comments: left out.
// Legacy themes wrap each comment twice (li#li-comment-N around article#comment-N): one comment, read through both.
import type { ScanNote, ScrapedComment } from '../thread';
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText, type CommentText } from './text';
import { countIn, finishResult, makeComment, metaContent, byClass, hasClass, readEach } from './page';
import { readAllPages, pageNumberIn } from './pagination';

// Hot path (a 5,000-comment page must extract in < 300 ms even on jsdom): comments are found through
// simple one-class querySelectorAll passes (jsdom's getElementsByClassName is very slow) and each comment's parts in one walk over its own subtree,
// matching class tokens by hand. No selector engine per comment, no closest() with long selector lists.
const LIST_CLASSES = ['comment-list', 'commentlist', 'wp-block-comment-template'];
const BODY_TOKENS = new Set(['comment-content', 'wp-block-comment-content', 'epoch-comment-content', 'contenttext', 'entry-content', 'comment-text', 'comment-body-content']);
const TIME_BOX_TOKENS = new Set(['comment-metadata', 'commentmetadata', 'comment-meta', 'epoch-comment-link']);
/** Boxes holding the date alone: preferred to a meta line that also holds the name and links. */
const DATE_BOX_TOKENS = new Set(['wp-block-comment-date', 'comment-date', 'comment-time', 'comment-date-time']);
/** Themes' own callbacks: the name alone, where .comment-author (if any) also holds the date and links. */
const NAME_TOKENS = new Set(['comment-author-link', 'comment-author-name', 'author-name']);
/** Parts of a legacy comment-body that are not the words. */
const META_TOKENS = new Set(['comment-author', 'comment-meta', 'commentmetadata', 'comment-metadata', 'reply', 'comment-awaiting-moderation', 'children', 'vcard']);
/** The name, "says:", meta line and reply link: what is left out when a theme puts the words inside the author box. */
const BYLINE_TOKENS = new Set(['fn', 'says', 'comment-meta', 'commentmetadata', 'comment-metadata', 'comment-awaiting-moderation', 'reply', 'children']);

function tokens(el: Element): string[] {
  const cls = el.getAttribute('class');
  return cls ? cls.split(/\s+/) : [];
}

/** Class tokens with underscores spelt as hyphens: themes write "comment_content", "comment_meta", "author_name". */
function partTokens(el: Element): string[] {
  const cls = el.getAttribute('class');
  if (!cls) return [];
  return (cls.includes('_') ? cls.replace(/_/g, '-') : cls).split(/\s+/);
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

/**
 * Sidebar widgets and widget areas. A "recent comments" widget may render other posts' comments with the
 * comment template itself (li#li-comment-N > article#comment-N): those are not this thread.
 */
function widgetZones(doc: Document): Element[] {
  const zones: Element[] = [];
  for (const token of ['widget', 'widget-area', 'sidebar']) if (hasClassMarker(doc, token)) zones.push(...byClass(doc, token));
  const sidebar = hasIdMarker(doc, 'sidebar') ? doc.getElementById('sidebar') : null;
  if (sidebar) zones.push(sidebar);
  // <body class="sidebar">, a layout flag, names no zone.
  return zones.filter((z) => z.localName !== 'body' && z.localName !== 'html');
}

function outsideWidgets(doc: Document, found: Element[]): Element[] {
  if (!found.length) return found;
  const zones = widgetZones(doc);
  return zones.length ? found.filter((el) => !zones.some((z) => z.contains(el))) : found;
}

/** All comment elements in document order. */
function commentElements(doc: Document): Element[] {
  const epoch = doc.getElementById('epoch-comments');
  if (epoch) return Array.from(epoch.querySelectorAll('div')).filter(isComment);
  const found = Array.from(doc.querySelectorAll('.comment')).filter(isComment);
  if (found.length) return outsideWidgets(doc, found);
  return outsideWidgets(doc, Array.from(doc.querySelectorAll('li')).filter(isComment));
}

interface OwnParts {
  name?: Element;
  fn?: Element;
  authorBox?: Element;
  nameBox?: Element;
  /** A bare "author" class: weakest evidence of the name. */
  authorClass?: Element;
  epochBox?: Element;
  body?: Element;
  time?: Element;
  timeBox?: Element;
  dateBox?: Element;
  moderation?: Element;
}

/** Another comment nested in this one's subtree (a reply), not the inner wrapper that repeats this comment's number. */
function isOtherComment(el: Element, num: string): boolean {
  return isCommentShape(el) && commentNumber(el) !== num;
}

/**
 * One walk over the comment's own subtree (never into replies) noting where each part is. The body is not entered,
 * unless `inBody`: then the walk looks only for the class-marked byline some themes put inside the body
 * (div.comment-content > ul.comment-meta + div.comment-text), and takes a <time> only inside its date box.
 */
function scanOwn(scope: Element, num: string, parts: OwnParts = {}, inBody = false): OwnParts {
  // Depth-first in document order via element siblings (indexed HTMLCollection access is slow in jsdom).
  const stack: Element[] = [];
  if (scope.firstElementChild) stack.push(scope.firstElementChild);
  while (stack.length) {
    const el = stack.pop()!;
    if (el.nextElementSibling) stack.push(el.nextElementSibling);
    if (isOtherComment(el, num)) continue;
    let descend = true;
    for (const t of partTokens(el)) {
      if (t === 'children') descend = false;
      else if (t === 'wp-block-comment-author-name') parts.name ??= el;
      else if (t === 'fn' || t === 'epoch-author-link') parts.fn ??= el;
      else if (t === 'comment-author') parts.authorBox ??= el;
      else if (NAME_TOKENS.has(t)) parts.nameBox ??= el;
      else if (t === 'author') parts.authorClass ??= el;
      else if (t === 'epoch-comment-author') parts.epochBox ??= el;
      else if (t === 'comment-awaiting-moderation') parts.moderation ??= el;
      else if (BODY_TOKENS.has(t)) {
        if (!parts.body) {
          parts.body = el;
          descend = false;
        }
      } else if (TIME_BOX_TOKENS.has(t)) parts.timeBox ??= el;
      else if (DATE_BOX_TOKENS.has(t)) parts.dateBox ??= el;
    }
    const tag = el.localName;
    if (!parts.time && (tag === 'time' || tag === 'abbr' || el.hasAttribute('data-time')) && (!inBody || !!parts.dateBox?.contains(el) || !!parts.timeBox?.contains(el))) {
      if (el.hasAttribute('datetime') || el.hasAttribute('title') || el.hasAttribute('data-time')) parts.time = el;
    }
    if (descend && el.firstElementChild) stack.push(el.firstElementChild);
  }
  return parts;
}

function hasAuthorPart(parts: OwnParts): boolean {
  return !!(parts.name ?? parts.fn ?? parts.authorBox ?? parts.nameBox ?? parts.authorClass ?? parts.epochBox);
}

/** The comment's parts, looking inside the body for a byline only when none was found around it. */
function partsOf(scope: Element, num: string): OwnParts {
  const parts = scanOwn(scope, num);
  if (parts.body && (!hasAuthorPart(parts) || (!parts.time && !parts.timeBox && !parts.dateBox))) scanOwn(parts.body, num, parts, true);
  return parts;
}

/** The element holding only this comment's own parts (never its replies). */
function ownScope(el: Element): Element {
  const num = commentNumber(el);
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    // li#li-comment-N > article#comment-N: the inner wrapper holds the parts, its sibling list the replies.
    if (num !== null && commentNumber(child) === num && isCommentShape(child)) return child;
    for (const t of tokens(child)) {
      if (t === 'comment-body' || t === 'epoch-single-comment' || t === 'comment-wrap' || t === 'comment-container') return child;
    }
  }
  return el;
}

function authorOf(parts: OwnParts): string {
  const el = parts.name ?? parts.fn ?? parts.nameBox ?? parts.authorBox ?? parts.authorClass;
  if (el) {
    // "Josef Franz Lindner, " before the date; "Anna says:" after the name.
    const name = inlineText(el).replace(/\s+(says|sagt|dit|dice|diz|zegt|scrive)\s*:?$/i, '').replace(/\s*[,:]$/, '');
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

/**
 * The comment's words: the body element without any meta line inside it (some themes put the author and date
 * in .comment-content above .comment-text); else the comment minus its author and meta boxes; else, for themes
 * that put the words inside the author box (div.comment-author > p), the comment minus name, byline and time.
 */
function wordsOf(scope: Element, parts: OwnParts, num: string): CommentText {
  const notWords = (child: Element) => isOtherComment(child, num) || partTokens(child).some((t) => META_TOKENS.has(t));
  if (parts.body) {
    const own = commentText(parts.body, { skip: notWords });
    if (own.text || own.quotes.length) return own;
  }
  // A comment's own <header>/<footer> holds its byline (name, date, links), never its words.
  const rest = commentText(scope, { skip: (child) => notWords(child) || child.localName === 'header' || child.localName === 'footer' });
  if (rest.text || rest.quotes.length) return rest;
  return commentText(scope, {
    skip: (child) =>
      isOtherComment(child, num) ||
      child === parts.time ||
      child === parts.timeBox ||
      child === parts.dateBox ||
      child.localName === 'cite' ||
      partTokens(child).some((t) => BYLINE_TOKENS.has(t)),
  });
}

function loginOf(comment: Element): string | null {
  for (const t of tokens(comment)) if (t.startsWith('comment-author-')) return t.slice('comment-author-'.length);
  return null;
}

function timeOf(parts: OwnParts, ctx: ExtractContext, fallbackYear: number, dayFirst: boolean): string | null {
  const t = parts.time;
  const attr = t ? parseDateAttribute(t.getAttribute('datetime') ?? t.getAttribute('title') ?? t.getAttribute('data-time')) : null;
  const text = inlineText(parts.dateBox ?? parts.timeBox ?? t);
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
    const parts = partsOf(scope, num);
    const name = authorOf(parts);
    const login = loginOf(el);
    const body = wordsOf(scope, parts, num);
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

/**
 * A comment read without words: with its author and time it is a real comment whose words are an image (kept,
 * as the page shows it); without either, the block's markup was not understood (a widget or placeholder
 * that borrows the comment id, or a theme whose name and body sit where they were not looked for). Those are
 * left out with a warning rather than passed on as empty comments; their replies move up to their parent.
 * Comments held for moderation or deleted keep their place.
 */
function dropWordless(comments: ScrapedComment[]): { kept: ScrapedComment[]; warning: ScanNote | null } {
  const wordless = (c: ScrapedComment) =>
    !c.text.trim() && !c.quotes?.length && !c.hidden && !c.deleted && (!c.author || !c.publishedAt);
  const dropped = new Map<string, string | null>();
  for (const c of comments) if (wordless(c)) dropped.set(c.id, c.parentId);
  if (!dropped.size) return { kept: comments, warning: null };
  const kept = comments.filter((c) => !wordless(c));
  for (const c of kept) {
    // A chain of dropped parents: climb until a kept one (or the top).
    for (let hops = 0; c.parentId !== null && dropped.has(c.parentId) && hops < dropped.size; hops++) c.parentId = dropped.get(c.parentId)!;
  }
  const n = dropped.size;
  return {
    kept,
    warning: { key: 'note.wordless', vars: { n } },
  };
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
    const warnings: ScanNote[] = [];
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
    const { kept, warning } = dropWordless(comments);
    comments = kept;
    if (warning) warnings.push(warning);
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
