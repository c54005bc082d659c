// Hacker News item pages: comments are flat rows (tr.athing.comtr) whose nesting is only an indent, so parents
// come from a stack of the last comment seen at each depth. The story submitter (.fatitem .hnuser) is the
// post author; HN shows no staff marker. "[deleted]"/"[flagged]"/"[dead]" rows are kept and marked.
// Long threads continue on "More" pages (a.morelink, rel=next), followed when the caller can fetch.
import type { ScrapedComment } from '../thread';
import { hasClassMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { fromEpoch, parseDateAttribute, parseRelativeTime } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, readEach } from './page';
import { followNextPages, nextLinkUrl } from './pagination';
import { permalinkBase } from './thread-url';

/** Indent in levels: td.ind[indent], else the spacer image width / 40 (older markup). */
function depthOf(row: Element): number {
  const ind = row.querySelector('td.ind');
  const attr = ind?.getAttribute('indent');
  if (attr && /^\d+$/.test(attr)) return +attr;
  const width = ind?.querySelector('img')?.getAttribute('width');
  return width && /^\d+$/.test(width) ? Math.round(+width / 40) : 0;
}

/** HN's title is "2024-01-02T11:00:00 1704193200" (UTC ISO, then epoch seconds); the text is "2 hours ago". */
function timeOf(row: Element, now: Date): string | null {
  const age = row.querySelector('.age');
  if (!age) return null;
  const title = age.getAttribute('title') ?? '';
  const epoch = title.match(/\s(\d{9,11})$/)?.[1];
  if (epoch) return fromEpoch(epoch);
  const iso = title.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?/)?.[0];
  if (iso) return parseDateAttribute(`${iso}Z`);
  return parseRelativeTime(inlineText(age), now);
}

/** HN has no quote markup: commenters quote with lines that start with ">". */
function splitQuoteLines(text: string): { text: string; quotes: string[] } {
  const own: string[] = [];
  const quotes: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    if (/^\s*>/.test(paragraph)) quotes.push(paragraph.replace(/^\s*>\s?/gm, '').trim());
    else own.push(paragraph);
  }
  return { text: own.join('\n\n').trim(), quotes: quotes.filter(Boolean) };
}

function readRows(doc: Document, ctx: ExtractContext, pageUrl: string, submitter: string | null): ScrapedComment[] {
  const base = permalinkBase(doc, pageUrl);
  let origin = 'https://news.ycombinator.com';
  try {
    if (/^https?:/.test(base)) origin = new URL(base).origin;
  } catch {
    // keep the default origin
  }
  // The parent at each depth; a row at depth d replies to the last row seen at depth d-1.
  const stack: string[] = [];
  return readEach(doc.querySelectorAll('tr.athing.comtr'), (row) => {
    const id = row.id;
    if (!/^\d+$/.test(id)) return null;
    const depth = depthOf(row);
    stack.length = depth;
    const parentId = depth > 0 ? (stack[depth - 1] ?? null) : null;
    stack[depth] = id;
    const author = inlineText(row.querySelector('.comhead .hnuser, .hnuser'));
    const bodyEl = row.querySelector('.commtext');
    const commentBox = row.querySelector('.comment');
    const textEl = bodyEl ?? commentBox;
    const raw = textEl ? commentText(textEl, { splitQuotes: false }) : { text: '', quotes: [] };
    const marker = raw.text.match(/^\[(deleted|flagged|dead)\]$/i)?.[1]?.toLowerCase();
    const comhead = inlineText(row.querySelector('.comhead'));
    const body = marker ? { text: '', quotes: [] } : splitQuoteLines(raw.text);
    const isSubmitter = !!submitter && author === submitter;
    return makeComment(base, {
      id,
      permalink: `${origin}/item?id=${id}`,
      author,
      publishedAt: timeOf(row, ctx.now),
      body,
      parentId,
      staff: isSubmitter,
      staffReason: 'post-author',
      deleted: marker === 'deleted' || (!author && !bodyEl),
      // Flagged and dead comments are hidden from most readers; "c5a"-style grey text marks downvoted ones.
      hidden: marker === 'flagged' || marker === 'dead' || /\[(flagged|dead)\]/.test(comhead),
    });
  });
}

const moreUrl = (doc: Document, pageUrl: string) => nextLinkUrl(doc, pageUrl, 'a.morelink[href], a[rel~="next"][href]');

export const hackernews: Extractor = {
  id: 'hackernews',
  canExtract(doc) {
    return hasClassMarker(doc, 'comtr') && hasClassMarker(doc, 'athing');
  },
  async extract(doc, ctx) {
    const story = doc.querySelector('.fatitem');
    const submitter = inlineText(story?.querySelector('.subtext .hnuser, .hnuser')) || null;
    const { comments, pages, warnings } = await followNextPages(doc, ctx, {
      read: (pageDoc, url) => readRows(pageDoc, ctx, url, submitter),
      nextUrl: moreUrl,
    });
    // Comment links on the story line read "87 comments" (or "discuss" when there are none).
    const countLink = Array.from(story?.querySelectorAll('.subtext a, .subline a') ?? []).find((a) => /comment/i.test(inlineText(a)));
    const claimed = countLink ? countIn(inlineText(countLink)) : null;
    const title = inlineText(story?.querySelector('.titleline > a, .titleline a, .storylink'));
    const storyText = inlineText(story?.querySelector('.toptext'));
    const multiPage = pages.read.length > 1 || pages.total === null;
    return finishResult(doc, ctx, comments, {
      platform: 'hackernews',
      author: submitter,
      title: title || undefined,
      excerpt: storyText ? storyText.slice(0, 280) : title || undefined,
      commentCountClaimed: claimed,
      pages: multiPage ? pages : undefined,
      warnings,
    });
  },
};
