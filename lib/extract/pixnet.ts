// PIXNET blogs: one ul.single-post per visitor comment; the blog owner answers inline (li.reply-text).
// Owner answers become comments by the post author, replying to the visitor's comment.
import type { ScrapedComment } from '../thread';
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor } from './types';
import { parseAnyDate } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, readEach } from './page';

export const pixnet: Extractor = {
  id: 'pixnet',
  canExtract(doc) {
    return hasIdMarker(doc, 'comment-text') && hasClassMarker(doc, 'single-post');
  },
  async extract(doc, ctx) {
    let host = '';
    try {
      host = new URL(ctx.url).hostname;
    } catch {
      // saved page without URL
    }
    const ownerLogin = host.match(/^([^.]+)\.pixnet\.net$/)?.[1] ?? null;
    const comments: ScrapedComment[] = [];
    readEach(doc.querySelectorAll('#comment-text ul.single-post'), (el) => {
      const anchorName = el.querySelector('.post-info a[name^="comment-"]')?.getAttribute('name');
      const anchor = anchorName ?? el.querySelector('.post-text [id^="comment-"]')?.id ?? null;
      const secret = /(?:^|\s)secret(?:\s|$)/.test(el.getAttribute('class') ?? '');
      const name = inlineText(el.querySelector('.user-name'));
      const bodyEl = el.querySelector('li.post-text');
      const visitor = makeComment(ctx.url, {
        id: anchor,
        anchor,
        author: secret ? '' : name,
        publishedAt: parseAnyDate(inlineText(el.querySelector('.post-time')).replace(/^於\s*/, ''), ctx.now),
        body: bodyEl ? commentText(bodyEl) : { text: '', quotes: [] },
        hidden: secret,
      });
      comments.push(visitor);
      const reply = el.querySelector('li.reply-text');
      if (reply) {
        const signature = Array.from(reply.children).filter((c) => c.localName === 'p').pop() ?? null;
        const ownerName = inlineText(signature?.querySelector('a'));
        const when = inlineText(signature).match(/(\d{4}\/\d{1,2}\/\d{1,2}\s+\d{1,2}:\d{2})/)?.[1];
        comments.push(
          makeComment(ctx.url, {
            id: `${visitor.id}-reply`,
            anchor,
            author: ownerLogin ?? ownerName,
            authorName: ownerName || undefined,
            publishedAt: parseAnyDate(when, ctx.now),
            body: commentText(reply, { skip: (child) => child === signature }),
            parentId: visitor.id,
            staff: true,
            staffReason: 'post-author',
          }),
        );
      }
      return null;
    });
    return finishResult(doc, ctx, comments, {
      platform: 'pixnet',
      author: ownerLogin,
      title: inlineText(doc.querySelector('.article-head .title, .title h2, li.title h2')) || undefined,
      commentCountClaimed: countIn(inlineText(doc.querySelector('#comment-title span, #comment-title'))),
      // The claim counts visitor comments; the owner's inline answers are read as extra comments.
      commentCountRead: comments.filter((c) => c.parentId === null).length,
    });
  },
};
