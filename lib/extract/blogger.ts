// Blogger's threaded comments widget: li.comment#c<ID>, timestamps in the ?showComment=<epoch ms> link.
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor } from './types';
import { fromEpoch, parseAnyDate } from './dates';
import { commentText, inlineText } from './text';
import { childMatching, countIn, finishResult, makeComment, readEach } from './page';

const COMMENT_SEL = '.comment-thread li.comment[id^="c"], #comments li.comment[id^="c"]';

export const blogger: Extractor = {
  id: 'blogger',
  canExtract(doc) {
    return hasIdMarker(doc, 'comment-holder') || hasClassMarker(doc, 'comment-thread');
  },
  async extract(doc, ctx) {
    const elements = Array.from(doc.querySelectorAll(COMMENT_SEL)).filter((el) => /^c\d+$/.test(el.id));
    const comments = readEach(elements, (el) => {
      const block = childMatching(el, '.comment-block') ?? el;
      const cite = block.querySelector('.comment-header cite.user, cite.user');
      const name = inlineText(cite);
      const profile = cite?.querySelector('a')?.getAttribute('href')?.match(/profile\/(\d+)/)?.[1];
      const stamp = block.querySelector('.datetime a, a[href*="showComment="]');
      const ms = stamp?.getAttribute('href')?.match(/showComment=(\d+)/)?.[1];
      const bodyEl = block.querySelector('.comment-content');
      const parent = el.parentElement?.closest('li.comment[id^="c"]');
      const isAuthor = !!cite && /(?:^|\s)blog-author(?:\s|$)/.test(cite.getAttribute('class') ?? '');
      return makeComment(ctx.url, {
        id: el.id,
        anchor: el.id,
        author: name,
        authorName: profile ? name : undefined,
        publishedAt: (ms ? fromEpoch(ms) : null) ?? parseAnyDate(inlineText(stamp), ctx.now, { dayFirst: false }),
        body: bodyEl ? commentText(bodyEl) : { text: '', quotes: [] },
        parentId: parent ? parent.id : null,
        staff: isAuthor,
        staffReason: 'post-author',
        deleted: !bodyEl && /deleted/i.test(inlineText(block)),
      });
    });
    const postAuthor = inlineText(doc.querySelector('.post-author .fn, .post-footer .fn, .g-profile span, [itemprop="author"] [itemprop="name"]')) || null;
    return finishResult(doc, ctx, comments, {
      platform: 'blogger',
      author: postAuthor,
      title: inlineText(doc.querySelector('.post-title, h3.entry-title')) || undefined,
      commentCountClaimed: countIn(inlineText(doc.querySelector('#comments > h4, .comments > h4, .comments h3.title'))),
    });
  },
};
