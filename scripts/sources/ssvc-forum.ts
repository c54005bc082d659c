// Split Screen Van Club forum (phpBB 3 at ssvc.org.uk/phpbb, 2003-2021), read from splitscreenvanclub/forum-archive,
// the club's recovered archive: one JSON file per recovered topic page, public/thread/f-<forum>-t-<topic>-page-<n>.json
// ({forumId, threadId, title, totalPosts, pageNumber, totalPages, posts: [{author: {username, profileRank}, content,
// lastEdited}]}), where `content` is the post's phpBB HTML (no signature) and `lastEdited` the post's date.
//
// Page rule (fixed, deterministic): a topic is a candidate when every one of its pages was recovered, the pages hold
// exactly totalPosts posts, and it has 3..30 posts after skipping posts whose text is empty (image-only posts). For
// each forum in FORUMS (Technical, Site Problems and Feature Requests, VW Related Chat, Non VW Chat & Discussion),
// candidates are grouped by the year of their opening post; within a year they are ordered by the SHA-1 of the topic
// id (a fixed pseudo-random order). Topics are then taken round-robin over the years (round 0 takes each year's first,
// round 1 each year's second, ...), visiting the years within a round in a spread-out order: the k-th year in
// ascending order (k = 0, 1, ...) is visited by increasing frac(k * 0.618...) (golden-ratio sequence), so a forum that
// stops early still covers early, middle and late years. Taking stops once the forum's taken topics hold at least its
// post quota; the topic that crosses the quota is kept whole. Whole topics are kept, the opening post is i=0. page = "t<topic id>".
//
// Staff: the archive keeps each post's rank as phpBB showed it; staff = the usernames the archive anywhere ranks
// "SSVC Committee Member" or "Moderator" (STAFF below, collected from all 5,747 topic pages at the pinned commit),
// compared case-insensitively as phpBB does (old pages show "vwjim" for the account later shown as "vwJim").
// phpBB administrators are not marked by rank in the archive; the two accounts that its own posts show running the
// forum software are added as admins (ADMINS): Doc ("John", the webmaster: cookie and configuration changes, the
// phpBB upgrade, disabling registration against spammers, creating sub-forums) and wolfie53 (moved the hosting,
// installed the Tapatalk plugin).
//
// Text: phpBB HTML -> plain text with linkedom: <br>/blocks -> line breaks, HTML whitespace collapsed, quotes
// (blockquote, and phpBB 3.0's div.quotetitle + div.quotecontent) kept with each line prefixed "> " and their
// "X wrote:" line (the cite's back-link arrow and date are dropped), smiley images -> alt text, posted images, image attachments (with their file-name/size captions) and embedded players dropped, links -> their
// text. Tapatalk's auto-added "Sent from my ... using Tapatalk" line is removed like a signature.
import { createHash } from 'node:crypto';
import { htmlFragment } from './html-fragment';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { tidyLines } from './text-lines';
import { TextOut } from './text-out';

const ROOT = 'public/thread/';
/** forum id -> post quota. */
const FORUMS: [string, number][] = [
  ['6', 120], // Technical
  ['32', 120], // Site Problems and Feature Requests
  ['2', 75], // VW Related Chat
  ['14', 40], // Non VW Chat & Discussion
];
const STAFF = new Set(
  [
    'Amanda Hugginkiss', 'Babyvan999', 'Dipsy', 'Dougie', 'John', 'Mart', 'Menace', 'MonkeyPants', 'Nige', 'Sally',
    'Steve S', 'blistered', 'eddy', 'paul_f', 'rikki james', 'splitscreensteve', 'stained glass susie', 'vwJim',
    'vwsplitbus',
  ].map((u) => u.toLowerCase()),
);
const ADMINS = new Set(['doc', 'wolfie53']);

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const DROP = new Set(['SCRIPT', 'STYLE', 'OBJECT', 'EMBED', 'PARAM', 'IFRAME', 'VIDEO', 'AUDIO', 'NOSCRIPT']);

// Text runs collapse HTML's own whitespace only (a no-break space stays); only a "- " marker keeps an item's first
// block on its line.
const OUT = { collapse: (t: string) => t.replace(/[ \t\r\n\f]+/g, ' ') };

const cls = (el: Element) => ` ${el.getAttribute('class') ?? ''} `;

function cite(el: Element): string {
  const inner = new TextOut(OUT);
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 1) {
      const c = child as Element;
      if (c.hasAttribute('data-post-id') || cls(c).includes(' responsive-hide ')) continue;
    }
    walk(child, inner);
  }
  return inner.s.replace(/\s+/g, ' ').trim();
}

function quoteBlock(out: TextOut, s: string) {
  out.quote(tidy(s));
}

function walk(node: Node, out: TextOut) {
  const el = out.element(node, DROP);
  if (!el) return;
  const tag = el.tagName.toUpperCase();
  const c = cls(el);
  if (tag === 'IMG') {
    if (c.includes(' smilies ') || /\/smilies\//.test(el.getAttribute('src') ?? '')) out.text(el.getAttribute('alt') ?? '');
    return;
  }
  if (tag === 'DIV' && (c.includes(' inline-attachment ') || c.includes(' attachcontent ')) && el.querySelector('img')) return;
  if (tag === 'DIV' && c.includes(' attachtitle ')) {
    const next = el.nextElementSibling;
    if (next && cls(next).includes(' attachcontent ') && next.querySelector('img')) return;
  }
  // Old phpBB 3.0 quotes: <div class="quotetitle">X wrote:</div><div class="quotecontent">...</div>.
  if (tag === 'DIV' && c.includes(' quotetitle ')) {
    const next = el.nextElementSibling;
    if (next && cls(next).includes(' quotecontent ')) return;
  }
  if (tag === 'DIV' && c.includes(' quotecontent ')) {
    const inner = out.fresh();
    const prev = el.previousElementSibling;
    if (prev && cls(prev).includes(' quotetitle ')) {
      const t = cite(prev);
      if (t) inner.raw(t + '\n');
    }
    for (const child of Array.from(el.childNodes)) walk(child, inner);
    return quoteBlock(out, inner.s);
  }
  if (tag === 'BLOCKQUOTE') {
    const inner = out.fresh();
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'DIV') {
        for (const grand of Array.from(child.childNodes)) {
          if (grand.nodeType === 1 && (grand as Element).tagName.toUpperCase() === 'CITE') {
            const t = cite(grand as Element);
            if (t) inner.raw(t + '\n');
          } else walk(grand, inner);
        }
      } else if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'CITE') {
        const t = cite(child as Element);
        if (t) inner.raw(t + '\n');
      } else walk(child, inner);
    }
    return quoteBlock(out, inner.s);
  }
  if (tag === 'CODE' || tag === 'PRE') {
    out.verbatim(el.textContent ?? '');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.nl();
  if (tag === 'LI') out.raw('- ');
  for (const child of Array.from(el.childNodes)) walk(child, out);
  if (block) out.nl();
}

const tidy = (s: string) => tidyLines(s, (l) => l.replace(/[ \t\u00a0]+$/, '').replace(/^[ \u00a0]+/, ''));

const TAPATALK = /^\s*Sent from my .{0,60}? using Tapatalk( \d+)?( HD)?\s*$/gim;

export function htmlToText(html: string): string {
  const out = new TextOut(OUT);
  walk(htmlFragment(html), out);
  return tidy(tidy(out.s).replace(TAPATALK, ''));
}

interface Post {
  author: { username: string; profileRank?: string };
  content: string;
  lastEdited?: string;
}
interface TopicPage {
  forumId: string;
  threadId: string;
  totalPosts: number;
  pageNumber: number;
  totalPages: number;
  posts: Post[];
}

interface Candidate {
  id: string;
  year: number;
  hash: string;
  comments: SourceComment[];
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;
const NAME = /^public\/thread\/f-(\d+)-t-(\d+)-page-(\d+)\.json$/;

function read(files: RepositoryFiles): SourceComment[] {
  const byTopic = new Map<string, Map<number, string>>();
  for (const path of files.list(ROOT)) {
    const m = NAME.exec(path);
    if (!m) continue;
    const key = `${m[1]}:${m[2]}`;
    if (!byTopic.has(key)) byTopic.set(key, new Map());
    byTopic.get(key)!.set(Number(m[3]), path);
  }
  const all: SourceComment[] = [];
  for (const [forum, quota] of FORUMS) {
    const byYear = new Map<number, Candidate[]>();
    for (const [key, pagePaths] of byTopic) {
      const [f, id] = key.split(':');
      if (f !== forum) continue;
      const pages = [...pagePaths.keys()].sort((a, b) => a - b);
      const first: TopicPage = JSON.parse(files.read(pagePaths.get(pages[0])!));
      if (pages.length !== first.totalPages || pages.some((p, k) => p !== k + 1)) continue;
      const posts: Post[] = [];
      for (const p of pages) posts.push(...(p === pages[0] ? first : (JSON.parse(files.read(pagePaths.get(p)!)) as TopicPage)).posts);
      if (posts.length !== first.totalPosts) continue;
      const page = `t${id}`;
      const comments: SourceComment[] = [];
      for (const post of posts) {
        const text = htmlToText(post.content ?? '');
        if (!text) continue;
        const author = post.author.username;
        comments.push({ page, i: comments.length, text, author, staff: STAFF.has(author.toLowerCase()) || ADMINS.has(author.toLowerCase()) });
      }
      if (comments.length < 3 || comments.length > 30) continue;
      const year = Number(/\b(\d{4})\b/.exec(posts[0].lastEdited ?? '')?.[1] ?? 0);
      const hash = createHash('sha1').update(id).digest('hex');
      if (!byYear.has(year)) byYear.set(year, []);
      byYear.get(year)!.push({ id, year, hash, comments });
    }
    const sorted = [...byYear.keys()].sort((a, b) => a - b);
    const frac = (k: number) => (k * GOLDEN) % 1;
    const years = sorted.map((y, k) => ({ y, k })).sort((a, b) => frac(a.k) - frac(b.k)).map((x) => x.y);
    for (const y of years) byYear.get(y)!.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    let taken = 0;
    for (let round = 0; taken < quota; round++) {
      const row = years.map((y) => byYear.get(y)![round]).filter((c): c is Candidate => !!c);
      if (!row.length) break;
      for (const c of row) {
        if (taken >= quota) break;
        all.push(...c.comments);
        taken += c.comments.length;
      }
    }
  }
  return all;
}

export default {
  id: 'ssvc-forum',
  repo: 'splitscreenvanclub/forum-archive',
  commit: '469e5eccbcbb2cfa22187a8aec6b9f7a3a2003be',
  read,
} satisfies CommentSource;
