// iNaturalist blog and journal posts (any regional domain, any locale). See fixtures/inaturalist/MARKUP.md:
// the real login is in .item_user a[title] (the visible name is lower-cased and truncated); no staff markers,
// so the post author (from #postmeta) is the staff member of the thread.
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, readEach } from './page';

const COMMENT_SEL = '.comment_activity_item[id^="activity_comment_"], #comments [id^="activity_comment_"]';

function loginFromHref(href: string | null | undefined): string | null {
  const m = href?.match(/\/people\/([^/?#]+)/);
  return m && !/^\d+$/.test(m[1]) ? decodeURIComponent(m[1]) : null;
}

export const inaturalist: Extractor = {
  id: 'inaturalist',
  canExtract(doc) {
    return hasClassMarker(doc, 'comment_activity_item') || (hasIdMarker(doc, 'postmeta') && hasIdMarker(doc, 'comments'));
  },
  async extract(doc, ctx) {
    const postLink = doc.querySelector('#postmeta a[href*="/people/"]');
    const postAuthor = loginFromHref(postLink?.getAttribute('href')) ?? (inlineText(postLink) || null);
    const comments = readEach(doc.querySelectorAll(COMMENT_SEL), (el) => {
      const userLink = el.querySelector('.item_user a[title]');
      const login = userLink?.getAttribute('title')?.trim() || loginFromHref(userLink?.getAttribute('href')) || inlineText(el.querySelector('.meta a'));
      const when = el.querySelector('.meta abbr.timeago, abbr[title], time[datetime]');
      const bodyEl = el.querySelector('.readable.body, .body');
      const isPostAuthor = !!postAuthor && login.toLowerCase() === postAuthor.toLowerCase();
      return makeComment(ctx.url, {
        id: el.id,
        anchor: el.id,
        author: login,
        publishedAt:
          parseDateAttribute(when?.getAttribute('title') ?? when?.getAttribute('datetime')) ?? parseAnyDate(inlineText(when), ctx.now),
        body: bodyEl ? commentText(bodyEl) : { text: '', quotes: [] },
        staff: isPostAuthor,
        staffReason: 'post-author',
        hidden: !!bodyEl && /(?:^|\s)content-hidden(?:\s|$)/.test(bodyEl.getAttribute('class') ?? ''),
      });
    });
    return finishResult(doc, ctx, comments, {
      platform: 'inaturalist',
      author: postAuthor,
      title: inlineText(doc.querySelector('.post h1, .post h2, h1, h2.title')) || undefined,
      excerpt: inlineText(doc.querySelector('.post .body, .post')).slice(0, 280) || undefined,
      commentCountClaimed: countIn(inlineText(doc.querySelector('.comments-count .count, span.count'))),
    });
  },
};
