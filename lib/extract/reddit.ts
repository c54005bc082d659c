// Reddit comment pages in both markups:
// - old Reddit: .thing.comment[data-fullname=t1_x][data-author], body .usertext-body .md, replies nested in
//   .child > .sitetable; OP/mod/admin from a.author.submitter/.moderator/.admin.
// - new Reddit (shreddit): <shreddit-comment author thingid parentid depth>, body [slot=comment], time from
//   time[datetime]/faceplate-timeago[ts]/created; OP by comparing with shreddit-post[author].
// "[deleted]"/"[removed]" comments are kept (their replies hang on them) and marked deleted.
import type { ScrapedComment } from '../thread';
import { hasClassMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, hasClass, makeComment, readEach } from './page';
import { permalinkBase } from './thread-url';
import { isHttpUrl } from '../safe-url';

const DELETED_TEXT = /^\[(deleted|removed)\]$|^(comment|this comment was) (deleted|removed)\b/i;
const DELETED_AUTHOR = /^\[?deleted\]?$/i;

/** A permalink attribute as an absolute http(s) URL; any other scheme (javascript:, data:, file:) is dropped. */
function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, isHttpUrl(base) ? base : 'https://www.reddit.com/').href;
    return isHttpUrl(url) ? url : null;
  } catch {
    return null;
  }
}

/** Builds one comment; `role` is the platform marker (mod/admin) and OP makes it the post author's. */
function redditComment(
  base: string,
  f: { id: string; author: string; publishedAt: string | null; bodyEl: Element | null; parentId: string | null; permalink: string | null; role: boolean; op: boolean },
): ScrapedComment {
  const body = f.bodyEl ? commentText(f.bodyEl) : { text: '', quotes: [] };
  const deleted = DELETED_AUTHOR.test(f.author) || DELETED_TEXT.test(body.text.trim());
  return makeComment(base, {
    id: f.id,
    anchor: f.permalink ? null : f.id,
    permalink: f.permalink,
    author: DELETED_AUTHOR.test(f.author) ? '[deleted]' : f.author,
    publishedAt: f.publishedAt,
    body: deleted && DELETED_TEXT.test(body.text.trim()) ? { text: '', quotes: [] } : body,
    parentId: f.parentId,
    staff: f.role || f.op,
    staffReason: f.role ? 'platform-role' : 'post-author',
    deleted,
  });
}

// ---- old Reddit ----

function oldParent(thing: Element): string | null {
  // .thing > .child > .sitetable > .thing: the reply's parent is the .thing two containers up.
  const table = thing.parentElement;
  const child = table?.parentElement;
  if (!child || !hasClass(child, 'child')) return null;
  const parent = child.parentElement;
  return parent && hasClass(parent, 'thing') ? parent.getAttribute('data-fullname') : null;
}

function readOld(doc: Document, ctx: ExtractContext, base: string, postAuthor: string | null): ScrapedComment[] {
  const things = Array.from(doc.querySelectorAll('.commentarea .thing.comment, .sitetable .thing.comment')).filter((el) =>
    /^t1_/.test(el.getAttribute('data-fullname') ?? ''),
  );
  const unique = [...new Set(things)];
  return readEach(unique, (thing) => {
    const id = thing.getAttribute('data-fullname')!;
    const entry = Array.from(thing.children).find((c) => hasClass(c, 'entry')) ?? thing;
    const tagline = entry.querySelector('.tagline');
    const authorLink = tagline?.querySelector('a.author');
    const author = thing.getAttribute('data-author') ?? (inlineText(authorLink) || inlineText(tagline?.querySelector('em')));
    const time = tagline?.querySelector('time[datetime]');
    const authorCls = authorLink?.getAttribute('class') ?? '';
    const role = /(?:^|\s)(moderator|admin)(?:\s|$)/.test(authorCls) || !!tagline?.querySelector('.userattrs .moderator, .userattrs .admin');
    const op =
      /(?:^|\s)submitter(?:\s|$)/.test(authorCls) || !!tagline?.querySelector('.userattrs .submitter') || (!!postAuthor && author === postAuthor);
    return redditComment(base, {
      id,
      author,
      publishedAt: parseDateAttribute(time?.getAttribute('datetime')) ?? parseAnyDate(inlineText(tagline?.querySelector('time')), ctx.now),
      bodyEl: entry.querySelector('.usertext-body .md'),
      parentId: oldParent(thing),
      permalink: absolute(thing.getAttribute('data-permalink'), base),
      role,
      op,
    });
  });
}

// ---- new Reddit (shreddit) ----

function shredditTime(el: Element, ownMeta: Element | null, now: Date): string | null {
  const created = el.getAttribute('created') ?? el.getAttribute('created-timestamp');
  const time = ownMeta?.querySelector('time[datetime]');
  const ts = ownMeta?.querySelector('faceplate-timeago[ts]');
  return (
    parseDateAttribute(created?.replace(/(\.\d{3})\d+/, '$1')) ??
    parseDateAttribute(time?.getAttribute('datetime')) ??
    parseDateAttribute(ts?.getAttribute('ts')) ??
    parseAnyDate(inlineText(time ?? ts), now)
  );
}

/** The element's own slot child (not one of a nested reply's). */
function ownSlot(el: Element, slot: string): Element | null {
  for (const child of Array.from(el.children)) if (child.getAttribute('slot') === slot) return child;
  // One wrapper level (a div around the slots); never inside a nested shreddit-comment.
  for (const child of Array.from(el.children)) {
    if (child.localName === 'shreddit-comment') continue;
    for (const grandchild of Array.from(child.children)) if (grandchild.getAttribute('slot') === slot) return grandchild;
  }
  return null;
}

function readNew(doc: Document, ctx: ExtractContext, base: string): ScrapedComment[] {
  const post = doc.querySelector('shreddit-post');
  const op = post?.getAttribute('author') ?? null;
  const postId = post?.getAttribute('id') ?? post?.getAttribute('thingid') ?? null;
  return readEach(doc.querySelectorAll('shreddit-comment'), (el) => {
    const id = el.getAttribute('thingid');
    if (!id) return null;
    const author = el.getAttribute('author') ?? '';
    const meta = ownSlot(el, 'commentMeta');
    const parentAttr = el.getAttribute('parentid');
    const enclosing = el.parentElement?.closest('shreddit-comment');
    const parentId = parentAttr && parentAttr !== postId && /^t1_/.test(parentAttr) ? parentAttr : (enclosing?.getAttribute('thingid') ?? null);
    const distinguished = (el.getAttribute('distinguished') ?? '').toLowerCase();
    const badges = Array.from(meta?.querySelectorAll('span, a') ?? []).map((b) => inlineText(b));
    const role = /^(moderator|admin)$/.test(distinguished) || badges.some((b) => /^(mod|moderator|admin)$/i.test(b));
    return redditComment(base, {
      id,
      author,
      publishedAt: shredditTime(el, meta, ctx.now),
      bodyEl: ownSlot(el, 'comment'),
      parentId,
      permalink: absolute(el.getAttribute('permalink'), base),
      role,
      op: !!op && author === op,
    });
  });
}

export const reddit: Extractor = {
  id: 'reddit',
  canExtract(doc) {
    if (hasClassMarker(doc, 'thing') && hasClassMarker(doc, 'comment') && hasClassMarker(doc, 'usertext-body')) return true;
    // New Reddit: custom elements carry no class marker. The app root is a child of <body>; a selector scan
    // over a huge page would cost tens of ms per probe, so the tag lookup runs only behind the "md" class marker.
    for (let child = doc.body?.firstElementChild; child; child = child.nextElementSibling) if (child.localName === 'shreddit-app') return true;
    return hasClassMarker(doc, 'md') && doc.getElementsByTagName('shreddit-comment').length > 0;
  },
  async extract(doc, ctx) {
    const base = permalinkBase(doc, ctx.url);
    const isNew = !!doc.querySelector('shreddit-comment');
    const link = isNew ? null : doc.querySelector('#siteTable .thing.link, .thing.link');
    const linkAuthor = link?.getAttribute('data-author') ?? (inlineText(link?.querySelector('.tagline a.author')) || null);
    const comments = isNew ? readNew(doc, ctx, base) : readOld(doc, ctx, base, linkAuthor);
    let author: string | null;
    let title: string;
    let claimed: number | null;
    let excerpt: string | undefined;
    if (isNew) {
      const post = doc.querySelector('shreddit-post');
      author = post?.getAttribute('author') ?? null;
      title = post?.getAttribute('post-title') ?? inlineText(post?.querySelector('[slot="title"]'));
      claimed = countIn(post?.getAttribute('comment-count') ?? doc.querySelector('shreddit-comment-tree')?.getAttribute('totalcomments'));
      excerpt = inlineText(post?.querySelector('[slot="text-body"]')) || undefined;
    } else {
      author = linkAuthor;
      title = inlineText(link?.querySelector('a.title'));
      claimed = countIn(link?.getAttribute('data-comments-count') ?? inlineText(link?.querySelector('a.comments')));
      excerpt = inlineText(link?.querySelector('.expando .usertext-body .md')) || undefined;
    }
    return finishResult(doc, ctx, comments, {
      platform: 'reddit',
      author,
      title: title || undefined,
      excerpt: excerpt?.slice(0, 280),
      commentCountClaimed: claimed,
    });
  },
};
