// XenForo 2 threads: article.message--post[data-author][data-content="post-N"]. Flat, like phpBB: the first post
// of page 1 opens the thread and is the post, not a comment. Quotes (blockquote.bbCodeBlock--quote) are kept
// apart; a post quoting another post of the thread is read as a reply to it. Staff: .userBanner--staff, and the
// thread starter (XenForo has no OP class: compared with the starter named in the thread description).
import type { ScanNote, ScrapedComment } from '../thread';
import { hasClassMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute, fromEpoch } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, hasClass, makeComment, readEach } from './page';
import { readAllPages, pageNumberIn } from './pagination';
import { permalinkBase } from './thread-url';

const POST_SEL = 'article.message--post[data-content^="post-"], article.message.js-post[data-content^="post-"]';
const QUOTE_SEL = 'blockquote.bbCodeBlock--quote';

interface XfPost {
  comment: ScrapedComment;
  /** Post ids this post quotes (data-source="post: N"). */
  quoted: string[];
}

function postId(el: Element): string | null {
  const m = /^post-(\d+)$/.exec(el.getAttribute('data-content') ?? '') ?? /^js-post-(\d+)$/.exec(el.id);
  return m ? `post-${m[1]}` : null;
}

/** A quote's own words: without its "X said:" title and "Click to expand..." link. */
function quoteText(quote: Element): string {
  const content = quote.querySelector('.bbCodeBlock-expandContent, .bbCodeBlock-content') ?? quote;
  return commentText(content, { skip: (el) => hasClass(el, 'bbCodeBlock-expandLink') || hasClass(el, 'bbCodeBlock-title') }).text;
}

function timeOf(el: Element, ctx: ExtractContext): string | null {
  const time = el.querySelector('.message-attribution time.u-dt, time.u-dt, time[datetime]');
  if (!time) return null;
  return (
    parseDateAttribute(time.getAttribute('datetime')) ??
    fromEpoch(time.getAttribute('data-time') ?? '') ??
    parseAnyDate(time.getAttribute('title') ?? inlineText(time), ctx.now)
  );
}

function readPosts(doc: Document, ctx: ExtractContext, pageUrl: string): XfPost[] {
  const base = permalinkBase(doc, pageUrl);
  return readEach(doc.querySelectorAll(POST_SEL), (el) => {
    const id = postId(el);
    if (!id) return null;
    const nameLink = el.querySelector('.message-name a.username, .message-name .username, a.username[data-user-id]');
    const author = el.getAttribute('data-author')?.trim() || inlineText(nameLink);
    const bodyEl = el.querySelector('.message-body .bbWrapper, .message-content .bbWrapper, .bbWrapper');
    const quotes = bodyEl ? Array.from(bodyEl.querySelectorAll(QUOTE_SEL)) : [];
    const own = bodyEl
      ? commentText(bodyEl, { splitQuotes: false, skip: (child) => child.matches(QUOTE_SEL) || hasClass(child, 'js-selectToQuoteEnd') })
      : { text: '', quotes: [] };
    const staff = !!el.querySelector('.userBanner--staff, .userBanner--moderator, .userBanner--admin');
    const deleted = hasClass(el, 'message--deleted');
    return {
      comment: makeComment(base, {
        id,
        anchor: id,
        author,
        publishedAt: timeOf(el, ctx),
        body: { text: own.text, quotes: quotes.map(quoteText).filter(Boolean) },
        staff,
        staffReason: 'platform-role',
        deleted,
        hidden: hasClass(el, 'message--moderated'),
      }),
      quoted: quotes
        .map((q) => /post:\s*(\d+)/.exec(q.getAttribute('data-source') ?? '')?.[1])
        .filter((n): n is string => !!n)
        .map((n) => `post-${n}`),
    };
  });
}

/** The thread starter as the thread header names them ("Thread starter" in .p-description). */
function threadStarter(doc: Document): string | null {
  const description = doc.querySelector('.p-description');
  const starter = description?.querySelector('a.username[data-user-id], a.username');
  return inlineText(starter) || null;
}

/** .pageNav: current page from .pageNav-page--current (or "k of n" in .pageNavSimple), total from the last page link. */
function paging(doc: Document, pageUrl: string): { current: number; total: number; urlFor: (n: number) => string } | null {
  const nav = doc.querySelector('.pageNav, .pageNavSimple');
  if (!nav) return null;
  const numbers = Array.from(nav.querySelectorAll('.pageNav-page a, .pageNav-page'))
    .map((el) => countIn(inlineText(el)))
    .filter((n): n is number => n !== null);
  const simple = inlineText(doc.querySelector('.pageNavSimple-el--current')).match(/(\d+)\s+\D+\s+(\d+)/);
  const current = countIn(inlineText(nav.querySelector('.pageNav-page--current'))) ?? (simple ? +simple[1] : 1);
  const total = Math.max(current, simple ? +simple[2] : 0, ...numbers);
  if (total < 2) return null;
  const link = Array.from(nav.querySelectorAll('a[href]')).find((a) => /\/page-\d+/.test(a.getAttribute('href') ?? ''));
  const threadUrl = (link?.getAttribute('href') ?? pageUrl).replace(/\/page-\d+\/?(?=[?#]|$)/, '/').replace(/[?#].*$/, '');
  const root = new URL(threadUrl, pageUrl).href.replace(/\/?$/, '/');
  return { current, total, urlFor: (n) => (n === 1 ? root : `${root}page-${n}`) };
}

export const xenforo: Extractor = {
  id: 'xenforo',
  canExtract(doc) {
    return hasClassMarker(doc, 'message--post') || (hasClassMarker(doc, 'bbWrapper') && hasClassMarker(doc, 'js-post'));
  },
  async extract(doc, ctx) {
    let posts = readPosts(doc, ctx, ctx.url);
    const warnings: ScanNote[] = [];
    let pages: { read: number[]; total: number | null } | undefined;
    const plan = paging(doc, ctx.url);
    if (plan) {
      const quotedBy = new Map<string, string[]>();
      const result = await readAllPages(doc, ctx, {
        ...plan,
        read: (d, url) =>
          readPosts(d, ctx, url).map((p) => {
            quotedBy.set(p.comment.id, p.quoted);
            return p.comment;
          }),
      });
      for (const p of posts) quotedBy.set(p.comment.id, p.quoted);
      posts = result.comments(posts.map((p) => p.comment)).map((comment) => ({ comment, quoted: quotedBy.get(comment.id) ?? [] }));
      pages = result.pages;
      warnings.push(...result.warnings);
    }
    const currentPage = plan?.current ?? pageNumberIn(ctx.url, /\/page-(\d+)/) ?? 1;
    const startsAtThread = plan ? pages!.read.includes(1) : currentPage === 1;
    const opening = startsAtThread ? posts.shift() : undefined;
    const starter = threadStarter(doc) ?? opening?.comment.author ?? null;
    const ids = new Set(posts.map((p) => p.comment.id));
    const comments = posts.map(({ comment, quoted }) => {
      // Quoting a post of this thread is replying to it (the first quote names the post answered).
      const parent = quoted.find((q) => ids.has(q) && q !== comment.id);
      if (parent) comment.parentId = parent;
      if (starter && comment.author === starter && !comment.staff) {
        comment.staff = true;
        comment.staffReason = 'post-author';
      }
      return comment;
    });
    const title = inlineText(doc.querySelector('.p-title-value, h1.p-title-value, .p-title h1'));
    return finishResult(doc, ctx, comments, {
      platform: 'xenforo',
      author: starter,
      title: title || undefined,
      excerpt: opening?.comment.text.slice(0, 280) || undefined,
      commentCountClaimed: null,
      pages,
      warnings,
    });
  },
};
