// phpBB 3.x (prosilver and styles built on it): div.post#pN. On page 1 the first post is the topic itself.
import type { ScanNote, ScrapedComment } from '../thread';
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, readEach } from './page';
import { readAllPages, pageNumberIn } from './pagination';

/** Default group colours of phpBB's administrators and global moderators. */
const STAFF_COLOURS = /#?(aa0000|00aa00)\b/i;

interface Post {
  comment: ScrapedComment;
}

function readPosts(doc: Document, ctx: ExtractContext, pageUrl: string): ScrapedComment[] {
  const elements = Array.from(doc.querySelectorAll('div.post[id^="p"]')).filter((el) => /^p\d+$/.test(el.id));
  return readEach(elements, (el) => {
    const nameEl = el.querySelector('.postprofile .username, .postprofile .username-coloured, p.author .username, p.author .username-coloured, p.author strong a, p.author strong');
    const name = inlineText(nameEl);
    const authorLine = el.querySelector('p.author');
    const time = authorLine?.querySelector('time[datetime]');
    const lineText = inlineText(authorLine);
    const afterName = lineText.split('»').pop() ?? lineText;
    // Forumotion's phpBB skins hold the text in .post-entry.
    const bodyEl = el.querySelector('.postbody .content, .content, .postbody .post-entry, .post-entry');
    const style = nameEl?.getAttribute('style') ?? '';
    const rank = inlineText(el.querySelector('.profile-rank'));
    const staff = STAFF_COLOURS.test(style) || /\b(admin|administrator|moderator|staff|team)\b/i.test(rank);
    const post: Post = {
      comment: makeComment(pageUrl, {
        id: el.id,
        anchor: el.id,
        author: name,
        publishedAt: parseDateAttribute(time?.getAttribute('datetime')) ?? parseAnyDate(afterName, ctx.now, { dayFirst: true }),
        body: bodyEl ? commentText(bodyEl, { skip: (child) => child.matches('.signature, .notice, .post-buttons') }) : { text: '', quotes: [] },
        staff,
        staffReason: 'platform-role',
      }),
    };
    return post.comment;
  }).filter((comment) => comment.text.trim() || comment.author); // ad slots styled as posts carry neither
}

function paging(doc: Document, pageUrl: string): { current: number; total: number; size: number; urlFor: (n: number) => string } | null {
  const links = Array.from(doc.querySelectorAll('.pagination a[href*="start="]'));
  if (!links.length) return null;
  const starts = links.map((a) => pageNumberIn(a.getAttribute('href') ?? '', /[?&;]start=(\d+)/) ?? 0);
  const positive = starts.filter((s) => s > 0).sort((a, b) => a - b);
  if (!positive.length) return null;
  // The page size: the page-jump box states it (3.2+); else a numbered link gives it (start = (page - 1) * size);
  // else the smallest gap between linked start offsets.
  const perPage = Number(doc.querySelector('.pagination [data-per-page]')?.getAttribute('data-per-page'));
  const numbered = links
    .map((a) => ({ page: Number(inlineText(a)), start: pageNumberIn(a.getAttribute('href') ?? '', /[?&;]start=(\d+)/) ?? 0 }))
    .find((l) => Number.isInteger(l.page) && l.page > 1 && l.start > 0);
  let size = positive[0];
  for (let i = 1; i < positive.length; i++) size = Math.min(size, positive[i] - positive[i - 1] || size);
  if (numbered) size = numbered.start / (numbered.page - 1);
  if (Number.isInteger(perPage) && perPage > 0) size = perPage;
  const current = countIn(inlineText(doc.querySelector('.pagination li.active span, .pagination strong'))) ?? 1;
  const linkedPages = links.map((a) => Number(inlineText(a))).filter((n) => Number.isInteger(n) && n > 0);
  const total = Math.max(current, Math.round(Math.max(...positive) / size) + 1, ...linkedPages);
  const template = links[0].getAttribute('href') ?? '';
  // The thread's own address, not doc.URL: a page fetched and parsed in the background has the extension's address.
  const base = pageUrl;
  return {
    current,
    total,
    size,
    urlFor: (n) => new URL(template.replace(/([?&;]start=)\d+/, `$1${(n - 1) * size}`), base).href,
  };
}

export const phpbb: Extractor = {
  id: 'phpbb',
  canExtract(doc) {
    return hasClassMarker(doc, 'postprofile') && hasClassMarker(doc, 'postbody');
  },
  async extract(doc, ctx) {
    let posts = readPosts(doc, ctx, ctx.url);
    const warnings: ScanNote[] = [];
    let pages: { read: number[]; total: number | null } | undefined;
    const plan = paging(doc, ctx.url);
    if (plan) {
      const result = await readAllPages(doc, ctx, { ...plan, read: (d, url) => readPosts(d, ctx, url) });
      posts = result.comments(posts);
      pages = result.pages;
      warnings.push(...result.warnings);
    }
    // The first post of page 1 opens the topic: it is the post, not a comment on it.
    const startsAtTopic = !plan || (pages?.read.includes(1) ?? false);
    const topic = startsAtTopic ? posts.shift() : undefined;
    if (topic) {
      for (const post of posts) {
        if (post.author === topic.author && !post.staff) {
          post.staff = true;
          post.staffReason = 'post-author';
        }
      }
    }
    const claimed = countIn(inlineText(doc.querySelector('.pagination'))?.match(/(\d[\d.,]*)\s+(posts?|Beiträge|messages|mensajes|messaggi|berichten|mensagens)/i)?.[1]);
    return finishResult(doc, ctx, posts, {
      platform: 'phpbb',
      author: topic?.author ?? null,
      title: inlineText(doc.querySelector('h2.topic-title, h2 a, h2')) || undefined,
      excerpt: topic?.text.slice(0, 280),
      // The topic's count holds its opening post, which is not a comment, on whichever page the scan started.
      commentCountClaimed: claimed === null ? null : claimed - 1,
      pages,
      warnings,
    });
  },
};
