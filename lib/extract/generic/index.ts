// The fallback for platforms nobody wrote an extractor for. A comment thread is a set of repeated blocks
// (same tag and class signature) placed after the post, each carrying an author, a time and some text.
// Navigation, sidebars, related posts and the comment form are never candidates.
// The comments are found without Readability: the post is located by its <article>/<h1>. Readability may still give
// the post's excerpt (page.ts pageExcerpt, on a page with neither a meta description nor an <article>), so the page
// reader's bundle carries it.
//
// The steps, one module each:
//   candidates.ts   group the blocks after the post by signature (signature.ts), leaving out zones (zones.ts)
//   scoring.ts      read each group's blocks as comments (comment-parts.ts: author.ts, time.ts; comment-words.ts),
//                   drop groups that are mostly teasers (teasers.ts), keep the best
//   merge.ts        let kindred groups (replies, guests) join the best one
//   this file       read each block as a comment, thread replies under their parents, mark staff (staff.ts)
//   page-facts.ts   the post's author and the comment count the page claims
// scan-cache.ts holds what one scan learns about the page's elements; tree.ts the plain tree walks; links.ts tells
// a link to another page from a profile link or a permalink.
import type { Extractor, ExtractContext } from '../types';
import type { ExtractResult } from '../../thread';
import { inlineText } from '../text';
import { finishResult, makeComment, readEach } from '../page';
import { looksLikeForumPosts, showsTopicStart } from '../generic-forum';
import { candidateGroups } from './candidates';
import { isAnchor } from './comment-parts';
import { bodyText } from './comment-words';
import { mergeKindred } from './merge';
import { claimedCount, pageAuthor } from './page-facts';
import { beginScan, descendants, endScan } from './scan-cache';
import { scoreCandidates, type Scored } from './scoring';
import { staffOf } from './staff';

/** Finds the best group, then reads each of its blocks as a comment, replies threaded under their parents. */
function readThread(doc: Document, ctx: ExtractContext): ExtractResult {
  const dayFirst = !/^en/i.test(doc.documentElement?.getAttribute('lang') ?? 'en');
  const scoredGroups = scoreCandidates(candidateGroups(doc), ctx.now, dayFirst);
  let best: Scored | null = null;
  for (const scored of scoredGroups) if (!best || scored.score > best.score) best = scored;
  if (!best) return finishResult(doc, ctx, [], { platform: 'generic' });
  const merged = mergeKindred(best, scoredGroups);
  // Texts read while scoring skipped that group's blocks; after a merge, other blocks nest inside.
  const wordsStillValid = merged === best;
  best = merged;
  const members = new Set(best.members);
  const idOf = new Map<Element, string>();
  const comments = readEach(best.members, (member) => {
    const parts = best!.parts.get(member)!;
    const anchorEl = member.id ? member : descendants(member).find(isAnchor);
    const anchor = anchorEl?.id || anchorEl?.getAttribute('name') || null;
    const body = (wordsStillValid && parts.words) || bodyText(member, parts, members);
    let parent: Element | null = member.parentElement;
    while (parent && !members.has(parent)) parent = parent.parentElement;
    const comment = makeComment(ctx.url, {
      id: anchor && /\d/.test(anchor) ? anchor : null,
      anchor: anchor && /\d/.test(anchor) ? anchor : null,
      author: parts.authorText,
      publishedAt: parts.publishedAt,
      body,
      parentId: parent ? idOf.get(parent) ?? null : null,
      ...staffOf(member),
    });
    idOf.set(member, comment.id);
    return comment;
  });
  // A forum topic's page 1 opens with the topic itself: its author is the thread's author (staff as post author).
  const topic =
    looksLikeForumPosts(doc, best.group.signature, best.members[0]) && showsTopicStart(doc, best.members[0], ctx.url) ? comments.shift() : undefined;
  if (topic) {
    for (const c of comments) {
      if (c.parentId === topic.id) c.parentId = null;
      if (c.author === topic.author && !c.staff) {
        c.staff = true;
        c.staffReason = 'post-author';
      }
    }
  }
  return finishResult(doc, ctx, comments, {
    platform: 'generic',
    author: topic?.author ?? (inlineText(pageAuthor(doc)) || null),
    excerpt: topic?.text.slice(0, 280),
    commentCountClaimed: claimedCount(doc),
  });
}

export const generic: Extractor = {
  id: 'generic',
  canExtract(doc) {
    return !!doc.body;
  },
  async extract(doc, ctx: ExtractContext) {
    beginScan();
    try {
      return readThread(doc, ctx);
    } finally {
      endScan();
    }
  },
};
