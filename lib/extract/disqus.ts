// Disqus, read inside its own frame (disqus.com/embed/comments/?...&t_u=<thread page>): ul#post-list > li.post,
// replies nested in ul.children. The reader must run in that frame document: the host page only holds an
// iframe. The thread is the host page named by the frame's t_u parameter, and permalinks point there
// (#comment-<id>, as Disqus links them). .badge.moderator => staff; Disqus marks no post author.
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, hasClass, makeComment, readEach } from './page';
import { withoutHash } from './ids';

const DELETED_TEXT = /^(this comment was deleted\.?|this comment has been removed\.?|comment removed\.?)$/i;

/**
 * The host page the frame belongs to: the t_u query parameter of the embed URL, else the frame URL. Only Disqus's own
 * frame names its host page: any other page could put another site's thread address in its own URL and have its
 * comments filed under that thread.
 */
function hostThreadUrl(frameUrl: string): { url: string | null; title: string | null } {
  try {
    const u = new URL(frameUrl);
    if (!/(^|\.)disqus\.com$/i.test(u.hostname)) return { url: null, title: null };
    const tu = u.searchParams.get('t_u');
    return { url: tu && /^https?:/.test(tu) ? withoutHash(tu) : null, title: u.searchParams.get('t_t') };
  } catch {
    return { url: null, title: null };
  }
}

function parentPost(li: Element): string | null {
  const list = li.parentElement;
  if (!list || !hasClass(list, 'children')) return null;
  const parent = list.closest('li.post');
  return parent?.id || null;
}

function timeOf(li: Element, ctx: ExtractContext): string | null {
  const link = li.querySelector('.post-meta a.time-ago, a.time-ago, [data-role="relative-time"]');
  if (!link) return null;
  // The title is the local date ("Tuesday, January 2, 2024 10:00 AM"); the text is relative ("2 years ago").
  const title = link.getAttribute('title');
  return parseDateAttribute(link.getAttribute('datetime')) ?? parseAnyDate(title, ctx.now) ?? parseAnyDate(inlineText(link), ctx.now);
}

export const disqus: Extractor = {
  id: 'disqus',
  canExtract(doc) {
    return hasIdMarker(doc, 'post-list') && hasClassMarker(doc, 'post-message');
  },
  async extract(doc, ctx) {
    const host = hostThreadUrl(ctx.url);
    const threadUrl = host.url ?? withoutHash(ctx.url);
    const posts = Array.from(doc.querySelectorAll('#post-list li.post')).filter((li) => /^post-\d+$/.test(li.id));
    const comments = readEach(posts, (li) => {
      const num = li.id.slice('post-'.length);
      // Only this post's own parts: the first .post-content child, never a reply's.
      const own = Array.from(li.children).find((c) => hasClass(c, 'post-content')) ?? li;
      const byline = own.querySelector('.post-byline');
      const userLink = byline?.querySelector('.author a[data-username]');
      const login = userLink?.getAttribute('data-username') ?? '';
      const name = inlineText(userLink ?? byline?.querySelector('.author'));
      const message = own.querySelector('.post-message');
      const body = message ? commentText(message) : { text: '', quotes: [] };
      const deleted = hasClass(li, 'deleted') || DELETED_TEXT.test(body.text.trim()) || (!message && !name);
      const timeLink = own.querySelector('a.time-ago[href]');
      const href = timeLink?.getAttribute('href');
      const staff = !!byline?.querySelector('.badge.moderator, .badge.mod') || Array.from(byline?.querySelectorAll('.badge') ?? []).some((b) => /^mod(erator)?$/i.test(inlineText(b)));
      return makeComment(threadUrl, {
        id: `post-${num}`,
        permalink: href && /^https?:/.test(href) ? href : `${threadUrl}#comment-${num}`,
        author: login || name,
        authorName: name || undefined,
        publishedAt: timeOf(own, ctx),
        body: deleted ? { text: '', quotes: [] } : body,
        parentId: parentPost(li),
        staff,
        staffReason: 'platform-role',
        deleted,
        hidden: hasClass(li, 'minimized') && !deleted,
      });
    });
    const claimed = countIn(inlineText(doc.querySelector('.comment-count, #main-nav .nav-tab--primary a, [data-role="post-count"]')));
    return finishResult(doc, ctx, comments, {
      platform: 'disqus',
      url: threadUrl,
      title: host.title ?? (doc.title && !/^disqus/i.test(doc.title) ? doc.title : threadUrl),
      excerpt: '',
      author: null,
      commentCountClaimed: claimed,
    });
  },
};
