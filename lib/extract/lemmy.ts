// Lemmy (lemmy-ui): li.comment > article.comment-node#comment-<id>, replies in a nested ul.comments inside the
// parent's li. Login from a.person-listing (title "@name" or "@name@instance", href /u/name), time from
// span.moment-time[data-tippy-content] ("Tuesday, January 2nd, 2024 at 10:00:00 AM GMT+00:00") or time[datetime].
// Badges: "OP" (post creator), mod/admin (pill text or shield icon labelled "mod"/"admin").
// Deleted/removed comments render "*deleted*"/"*removed*" with a trash/x icon: kept and marked.
import { hasClassMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { parseAbsoluteDate, parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, hasClass, makeComment, readEach } from './page';
import { permalinkBase } from './thread-url';

const ROLE_LABEL = /^(mod|moderator|admin|administrator)$/i;

/** "@name" / "@name@instance" from the title; else the /u/name path; else the visible name. */
function loginOf(link: Element | null | undefined): string {
  const title = link?.getAttribute('title')?.trim();
  if (title && title.startsWith('@')) return title.slice(1);
  const path = link?.getAttribute('href')?.match(/\/u\/([^/?#]+)/)?.[1];
  return path ? decodeURIComponent(path) : inlineText(link);
}

/** date-fns "PPPPpppp" in the tooltip, with its GMT offset applied; else a datetime attribute; else the text. */
function timeOf(node: Element, ctx: ExtractContext): string | null {
  const time = node.querySelector('time[datetime]');
  const fromAttr = parseDateAttribute(time?.getAttribute('datetime'));
  if (fromAttr) return fromAttr;
  const moment = node.querySelector('.moment-time[data-tippy-content]') ?? node.querySelector('.moment-time');
  const tip = moment?.getAttribute('data-tippy-content') ?? '';
  // An edited comment's tooltip reads "Created: <date>\n\n\nModified <date>": the first date is the creation.
  const created = tip.split(/\n+/)[0].replace(/^[^:]*:\s*(?=[A-Z])/, '');
  const naive = parseAbsoluteDate(created);
  const offset = created.match(/GMT([+-])(\d{1,2}):?(\d{2})?/);
  if (naive && offset) {
    const sign = offset[1] === '-' ? -1 : 1;
    const minutes = sign * (+offset[2] * 60 + +(offset[3] ?? 0));
    const utc = new Date(`${naive}Z`).getTime() - minutes * 60_000;
    if (Number.isFinite(utc)) return new Date(utc).toISOString();
  }
  return naive ?? parseAnyDate(inlineText(moment), ctx.now);
}

/** The comment's header row (author, badges, time): the first .row inside the article, before the content. */
function headerOf(article: Element): Element {
  return article.querySelector('[role="group"], .row') ?? article;
}

function labels(header: Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(header.querySelectorAll('.badge, [aria-label], [data-tippy-content]'))) {
    const text = inlineText(el);
    if (text) out.push(text);
    const label = el.getAttribute('aria-label') ?? el.getAttribute('data-tippy-content');
    if (label) out.push(label.trim());
  }
  return out;
}

function parentOf(li: Element): string | null {
  const list = li.parentElement;
  const parentLi = list?.closest('li.comment');
  const article = parentLi ? Array.from(parentLi.children).find((c) => c.localName === 'article' || hasClass(c, 'comment-node')) : null;
  const m = /^comment-(\d+)$/.exec(article?.id ?? '');
  return m ? `comment-${m[1]}` : null;
}

export const lemmy: Extractor = {
  id: 'lemmy',
  canExtract(doc) {
    return hasClassMarker(doc, 'comment-node') && (hasClassMarker(doc, 'md-div') || hasClassMarker(doc, 'person-listing'));
  },
  async extract(doc, ctx) {
    const base = permalinkBase(doc, ctx.url);
    let origin = '';
    try {
      if (/^https?:/.test(base)) origin = new URL(base).origin;
    } catch {
      // no origin: anchors on the page URL
    }
    const postCreatorLink = doc.querySelector('.post-listing a.person-listing, .post-listing a[href*="/u/"]');
    const postCreator = postCreatorLink ? loginOf(postCreatorLink) : null;
    const items = Array.from(doc.querySelectorAll('li.comment')).filter((li) =>
      Array.from(li.children).some((c) => /^comment-\d+$/.test(c.id)),
    );
    const comments = readEach(items, (li) => {
      const article = Array.from(li.children).find((c) => /^comment-\d+$/.test(c.id))!;
      const num = article.id.slice('comment-'.length);
      const header = headerOf(article);
      const link = header.querySelector('a.person-listing, a[href*="/u/"]');
      const author = loginOf(link);
      const display = inlineText(link?.querySelector('span') ?? link);
      const tags = labels(header);
      const role = tags.some((t) => ROLE_LABEL.test(t));
      const op = tags.some((t) => /^(op|creator)$/i.test(t)) || (!!postCreator && author === postCreator);
      const content = article.querySelector('.comment-content .md-div, .md-div');
      const body = content ? commentText(content) : { text: '', quotes: [] };
      const marker = body.text.trim().toLowerCase();
      const deleted = tags.some((t) => /^deleted$/i.test(t)) || marker === 'deleted';
      const removed = tags.some((t) => /^removed$/i.test(t)) || marker === 'removed';
      return makeComment(base, {
        id: `comment-${num}`,
        permalink: origin ? `${origin}/comment/${num}` : null,
        anchor: `comment-${num}`,
        author,
        authorName: display && display !== `@${author}` ? display : undefined,
        publishedAt: timeOf(header, ctx),
        body: deleted || removed ? { text: '', quotes: [] } : body,
        parentId: parentOf(li),
        staff: role || op,
        staffReason: role ? 'platform-role' : 'post-author',
        deleted,
        hidden: removed,
      });
    });
    const postTitle = inlineText(doc.querySelector('.post-listing h1 .post-title, .post-listing h1, h1'));
    const countEl = Array.from(doc.querySelectorAll('.post-listing a, .post-listing button, .post-listing span')).find((el) =>
      /\b\d+\s+comments?\b/i.test(inlineText(el)),
    );
    const postBody = doc.querySelector('.post-listing .md-div, #postContent .md-div');
    return finishResult(doc, ctx, comments, {
      platform: 'lemmy',
      author: postCreator,
      title: postTitle || undefined,
      excerpt: postBody ? commentText(postBody).text.slice(0, 280) : undefined,
      commentCountClaimed: countEl ? countIn(inlineText(countEl).match(/\d[\d,.]*\s+comments?/i)?.[0]) : null,
    });
  },
};
