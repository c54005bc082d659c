// Thread-level reading shared by the extractors: title, language, excerpt, the count a page claims,
// parsing fetched pages, and assembling the final ExtractResult with its warnings.
import type { ExtractResult, ScanNote, ScrapedComment, ScrapedThread } from '../thread';
import type { ExtractContext } from './types';
import { readabilityExcerpt } from './readable-excerpt';
import { canonicalUrl, contentId, dedupeIds, anchorLink, textFragmentLink, withoutHash } from './ids';
import { isHttpUrl } from '../safe-url';
import { inlineText, type CommentText } from './text';

function pageLang(doc: Document): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return lang || undefined;
}

/** content of <meta property|name=key>, looked up in <head> only (fast on huge pages). */
export function metaContent(doc: Document, key: string): string | null {
  const metas = (doc.head ?? doc).querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    if (m.getAttribute('property') === key || m.getAttribute('name') === key) return m.getAttribute('content');
  }
  return null;
}

/** Elements of `tag` carrying class token `cls`, in document order, without a selector engine. */
export function byClass(root: Document | Element, cls: string): Element[] {
  return Array.from(root.querySelectorAll(`.${cls}`));
}

/** True when the element's class attribute holds the token. */
export function hasClass(el: Element, token: string): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  return ` ${cls.replace(/\s+/g, ' ')} `.includes(` ${token} `);
}

function pageTitle(doc: Document): string {
  const og = metaContent(doc, 'og:title')?.trim();
  if (og) return og;
  const h1 = inlineText(doc.querySelector('h1'));
  return h1 || (doc.title ?? '').trim();
}

/** A short excerpt of the post: meta description, else the article's text, else what Readability finds. */
export function pageExcerpt(doc: Document, articleSelector = 'article'): string | undefined {
  const meta = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  const text = meta?.trim() || inlineText(doc.querySelector(articleSelector)) || readabilityExcerpt(doc);
  if (!text) return undefined;
  return text.length > 280 ? `${text.slice(0, 277).replace(/\s+\S*$/, '')}…` : text;
}

/** First integer in a text such as "91 Ergänzungen", "There are 13 comments", "留言列表 (42)". */
export function countIn(text: string | null | undefined): number | null {
  const m = text?.replace(/[.,](?=\d{3}\b)/g, '').match(/\d+/);
  return m ? parseInt(m[0], 10) : null;
}

/** Parses fetched HTML: ctx.parseHtml, else DOMParser, else an inert document from the current one. */
export async function parseFetched(html: string, url: string, ctx: ExtractContext, doc: Document): Promise<Document | null> {
  try {
    if (ctx.parseHtml) return await ctx.parseHtml(html, url);
    if (typeof DOMParser !== 'undefined') return new DOMParser().parseFromString(html, 'text/html');
    const inert = doc.implementation.createHTMLDocument('');
    inert.documentElement.innerHTML = html; // inert document: scripts do not run, nothing loads
    return inert;
  } catch {
    return null;
  }
}

/** Runs `read` for each element, skipping (not failing on) one that throws. */
export function readEach<I, T>(items: Iterable<I>, read: (item: I, index: number) => T | null): T[] {
  const out: T[] = [];
  let i = 0;
  for (const el of items) {
    try {
      const item = read(el, i++);
      if (item) out.push(item);
    } catch {
      // One malformed comment must not lose the thread.
    }
  }
  return out;
}

export interface CommentFields {
  /** Platform id; absent -> content hash of author + text. */
  id?: string | null;
  /** Element id to link to; absent -> text fragment. */
  anchor?: string | null;
  permalink?: string | null;
  author: string;
  authorName?: string;
  publishedAt: string | null;
  body: CommentText;
  parentId?: string | null;
  staff?: boolean;
  staffReason?: ScrapedComment['staffReason'];
  lang?: string;
  deleted?: boolean;
  hidden?: boolean;
}

/** Fills id, permalink and defaults from what an extractor read. */
export function makeComment(url: string, f: CommentFields): ScrapedComment {
  const text = f.body.text;
  const id = f.id || contentId(f.author, text);
  // A scraped permalink is page-controlled: keep http(s) links and links onto this page itself (a saved page's own,
  // rebased later); a javascript:, data: or other file: link gives way to the built one.
  const page = withoutHash(url);
  const permalink = f.permalink && (isHttpUrl(f.permalink) || (page && f.permalink.startsWith(page))) ? f.permalink : null;
  const comment: ScrapedComment = {
    id,
    author: f.author,
    publishedAt: f.publishedAt,
    text,
    permalink: permalink || (f.anchor ? anchorLink(url, f.anchor) : textFragmentLink(url, text)),
    parentId: f.parentId ?? null,
    staff: !!f.staff,
  };
  if (f.authorName && f.authorName !== f.author) comment.authorName = f.authorName;
  if (f.body.quotes.length) comment.quotes = f.body.quotes;
  if (f.staff) comment.staffReason = f.staffReason ?? 'platform-role';
  if (f.lang) comment.lang = f.lang;
  if (f.deleted) comment.deleted = true;
  if (f.hidden) comment.hidden = true;
  return comment;
}

export interface ThreadFields {
  platform: string;
  author?: string | null;
  title?: string;
  excerpt?: string;
  commentCountClaimed?: number | null;
  pages?: { read: number[]; total: number | null };
  warnings?: ScanNote[];
  url?: string;
  /** What the claimed count is compared with, when it counts less than every comment read (PIXNET). */
  commentCountRead?: number;
}

/** First child element matching a selector (`:scope >` without relying on :scope support). */
export function childMatching(el: Element, selector: string): Element | null {
  for (const child of Array.from(el.children)) if (child.matches(selector)) return child;
  return null;
}

/** The final result: canonical URL, language, unique ids, and the claimed-vs-read warning. */
export function finishResult(doc: Document, ctx: ExtractContext, comments: ScrapedComment[], f: ThreadFields): ExtractResult {
  const lang = pageLang(doc);
  const warnings = [...(f.warnings ?? [])];
  const claimed = f.commentCountClaimed ?? null;
  const read = f.commentCountRead ?? comments.length;
  if (claimed !== null && claimed !== read) {
    warnings.push(
      claimed > read
        ? { key: 'note.claimedMissing', vars: { claimed, read, missing: claimed - read } }
        : { key: 'note.claimedFewer', vars: { claimed, read } },
    );
  }
  if (lang) for (const c of comments) c.lang ??= lang;
  const thread: ScrapedThread = {
    url: f.url ?? canonicalUrl(doc, ctx.url),
    title: f.title ?? pageTitle(doc),
    platform: f.platform,
    author: f.author ?? null,
    commentCountClaimed: claimed,
    warnings,
  };
  const excerpt = f.excerpt ?? pageExcerpt(doc);
  if (excerpt) thread.excerpt = excerpt;
  if (lang) thread.lang = lang;
  if (f.pages) thread.pages = f.pages;
  return { thread, comments: dedupeIds(comments) };
}
