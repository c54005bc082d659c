// GitHub issues and pull requests: the React issue viewer (2025) and the classic timeline.
// The issue/PR body is the post; comments are the timeline entries. Owner/Member/Collaborator => staff.
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor } from './types';
import { parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { finishResult, makeComment, readEach } from './page';

const REACT_SEL = '[data-wrapper-timeline-id] .react-issue-comment';
const CLASSIC_SEL = '.js-timeline-item .timeline-comment, .js-discussion .timeline-comment, .review-comment';
const STAFF_ROLES = /^(owner|member|collaborator)$/i;

export const github: Extractor = {
  id: 'github',
  canExtract(doc) {
    return hasClassMarker(doc, 'react-issue-comment') || hasClassMarker(doc, 'timeline-comment') || hasClassMarker(doc, 'react-issue-body');
  },
  async extract(doc, ctx) {
    // Classic markup wraps the issue/PR description in #issue-N / #pullrequest-N: that is the post, not a comment.
    const isOpeningPost = (el: Element) => {
      for (let up: Element | null = el; up; up = up.parentElement) if (/^(issue|pullrequest)-\d+$/.test(up.id)) return true;
      return false;
    };
    const elements = Array.from(doc.querySelectorAll(`${REACT_SEL}, ${CLASSIC_SEL}`)).filter(
      (el) =>
        !el.closest('[data-testid="issue-body"], .js-command-palette-pjax-meta-data') &&
        !el.querySelector('[data-testid="issue-body"]') &&
        !isOpeningPost(el),
    );
    const opener = inlineText(doc.querySelector('[data-testid="issue-body-header-author"], .gh-header-meta .author, .timeline-comment-header .author'));
    const comments = readEach(elements, (el) => {
      const header = el.querySelector('[id^="issuecomment-"], [id^="discussion_r"], [id^="pullrequestreview-"]');
      const ownId = /^(issuecomment-|discussion_r|pullrequestreview-)\d+$/.test(el.id) ? el.id : null;
      const anchor = ownId ?? header?.id ?? el.closest('[id^="issuecomment-"]')?.id ?? null;
      const author =
        inlineText(el.querySelector('a[data-testid="avatar-link"], a.author, .author')) ||
        (el.querySelector('img[data-testid="github-avatar"]')?.getAttribute('alt') ?? '').replace(/^@/, '');
      const roles = Array.from(el.querySelectorAll('[data-testid="comment-author-association"], .timeline-comment-label, .author-association'))
        .map((b) => inlineText(b));
      const role = roles.some((r) => STAFF_ROLES.test(r));
      const isOpener = !!opener && author === opener;
      const bodyEl = el.querySelector('[data-testid="markdown-body"] .markdown-body, [data-testid="markdown-body"], .comment-body.markdown-body, .comment-body');
      return makeComment(ctx.url, {
        id: anchor,
        anchor,
        author,
        publishedAt: parseDateAttribute(el.querySelector('relative-time[datetime], time[datetime]')?.getAttribute('datetime')),
        body: bodyEl ? commentText(bodyEl) : { text: '', quotes: [] },
        staff: role || isOpener,
        staffReason: role ? 'platform-role' : 'post-author',
        hidden: !bodyEl && /hidden|minimized/i.test(inlineText(el).slice(0, 200)),
      });
    });
    const title = inlineText(doc.querySelector('[data-testid="issue-title"], bdi.markdown-title, .js-issue-title'));
    const body = doc.querySelector('[data-testid="issue-body"] [data-testid="markdown-body"], .js-comment-body');
    return finishResult(doc, ctx, comments, {
      platform: 'github',
      author: opener || null,
      title: title || undefined,
      excerpt: body ? commentText(body).text.slice(0, 280) : undefined,
      commentCountClaimed: null,
    });
  },
};
