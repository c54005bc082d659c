// German YaCy forum (forum.yacy-websuche.de, phpBB, 2012-09..2018-02), read from yacy/yacy_forum_archive: the forum's
// RSS feed items converted by pandoc to Markdown, one file per post: content/<YYYY-MM-DDhh:mm:ss><title prefix>.md with
// a header "<Forum> • <Topic>" (replies "<Forum> • Re: <Topic>"), "Date: YYYY-MM-DD hh:mm:ss", the body, and a footer
// "Statistik: Verfasst von [<user>](…memberlist…) --- <date>" that is dropped.
//
// Topics: the archive keeps no topic id, so posts are grouped by (forum, title without the leading "Re: "). A group is a
// usable topic when exactly one post has the title without "Re:" and that post is the earliest (the opening post, i=0)
// and the group has 3..30 posts. Posts are ordered by their Date line (ties by path).
//
// Page rule (fixed, deterministic): sort the usable topics by the opening post's date (ties by path) and take every
// STEP-th one, starting with the first (indices 0, STEP, 2*STEP, …), plus, to reach ~370 posts, the topics at indices
// EXTRA_OFFSET + k*EXTRA_STEP (5, 60, 115, …). Whole topics are kept. page = "t<opener date,
// YYYYMMDD-hhmmss>".
//
// Posts by the spam accounts in SPAM_AUTHORS are skipped (after selection, so they do not change which topics are
// taken); empty posts too.
//
// Staff: the feed does not mark roles, so staff = YaCy's core developers / forum team: Orbiter (Michael Christen, the
// project founder and forum owner), Low012 (Marc Nause, developer and moderator), sixcooler, reger, luc (luccioman),
// Lotus (YaCy committers) and daburna (Oliver Wunder, packager/translator, listed in YaCy's AUTHORS).
//
// Text: pandoc Markdown -> plain text: hard breaks ("\" at line end) -> line breaks, soft-wrapped lines joined, blank
// lines between blocks -> one line break, block quotes (phpBB "X hat geschrieben:" boxes, pandoc "> " + <div>) kept
// with each line prefixed "> ", "Code:" boxes kept with their code, list items "- ", smiley images -> their alt text,
// other images -> their alt text, links -> their text, styled spans -> their text, backslash escapes undone.
import { CODE_SPAN, Stash } from './markdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { quoteLines } from './text-lines';

const ROOT = 'content/';
export const STEP = 11;
export const EXTRA_STEP = 55;
export const EXTRA_OFFSET = 5;
export const STAFF = new Set(['Orbiter', 'Low012', 'sixcooler', 'reger', 'luc', 'Lotus', 'daburna']);
/** Spam accounts (advertising signatures, copied text); their posts are dropped after topic selection. */
export const SPAM_AUTHORS = new Set(['zailaiboke', 'Admin010']);

export interface Post {
  path: string;
  date: string;
  forum: string;
  topic: string;
  reply: boolean;
  author: string;
  body: string[];
}

const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function inline(s: string): string {
  // Protect code spans (`…` or ``…``): their content is verbatim.
  const codes = new Stash();
  s = s.replace(CODE_SPAN, (_m, _t, c: string) => codes.put(c.trim()));
  // Images -> alt text.
  s = s.replace(/!\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"(?:\\.|[^"\\])*")?\)(\{[^}]*\})?/g, (_m, alt: string) => alt);
  // Styled spans and links, innermost first.
  let prev: string;
  do {
    prev = s;
    s = s.replace(/\[((?:\\.|[^[\]\\])*)\]\{[^}]*\}/g, '$1');
    s = s.replace(/\[((?:\\.|[^[\]\\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"(?:\\.|[^"\\])*")?\)(\{[^}]*\})?/g, '$1');
  } while (s !== prev);
  // Autolinks.
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1');
  s = s.replace(/<([^>\s@]+@[^>\s@]+\.[^>\s@]+)>/g, '$1');
  // Emphasis.
  s = s.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1');
  s = s.replace(/(^|[^\\*\w])\*(?=\S)([^*]*?[^\s\\*])\*(?!\w)/g, '$1$2');
  s = s.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  s = unescape(s);
  return codes.restore(s);
}

/** A run of paragraph lines: "\" at line end is a hard break, other line ends are soft wraps. */
function paragraph(lines: string[]): string {
  let s = '';
  for (const line of lines) {
    const hard = /(^|[^\\])(\\\\)*\\$/.test(line);
    const t = hard ? line.slice(0, -1) : line;
    s += t + (hard ? '\n' : ' ');
  }
  // Inline markup may span a hard break (a link text with a line break), so it is resolved on the whole paragraph.
  return inline(s)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n');
}

export function blocks(lines: string[]): string {
  const out: string[] = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k];
    if (/^\s*$/.test(line) || /^\s*<\/?div>\s*$/.test(line)) {
      k++;
      continue;
    }
    if (/^>/.test(line)) {
      const q: string[] = [];
      while (k < lines.length && /^>/.test(lines[k])) q.push(lines[k++].replace(/^> ?/, ''));
      const inner = blocks(q);
      if (inner) out.push(quoteLines(inner));
      continue;
    }
    if (/^: {3}\S/.test(line)) {
      // Definition-list body: pandoc's rendering of phpBB's "Code:" box (term line = "Code:").
      const d: string[] = [line.replace(/^: {3}/, '')];
      k++;
      while (k < lines.length && (/^ {4}/.test(lines[k]) || (/^\s*$/.test(lines[k]) && /^ {4}\S/.test(lines[k + 1] ?? '')))) d.push(lines[k++].replace(/^ {4}/, ''));
      out.push(blocks(d));
      continue;
    }
    if (/^(-|\*|\+|\d+[.)]) {1,4}\S/.test(line)) {
      const m = /^(-|\*|\+|\d+[.)]) {1,4}/.exec(line)!;
      const marker = /^\d/.test(m[1]) ? m[1] : '-';
      const item: string[] = [line.slice(m[0].length)];
      k++;
      while (k < lines.length && (/^ {4}/.test(lines[k]) || (/^\s*$/.test(lines[k]) && /^ {4}\S/.test(lines[k + 1] ?? '')))) item.push(lines[k++].replace(/^ {4}/, ''));
      out.push(`${marker} ${blocks(item)}`);
      continue;
    }
    if (/^ {4}/.test(line)) {
      // Indented code block.
      const c: string[] = [];
      while (k < lines.length && (/^ {4}/.test(lines[k]) || (/^\s*$/.test(lines[k]) && /^ {4}/.test(lines[k + 1] ?? '')))) c.push(lines[k++].replace(/^ {4}/, ''));
      out.push(c.join('\n'));
      continue;
    }
    const p: string[] = [];
    while (
      k < lines.length &&
      !/^\s*$/.test(lines[k]) &&
      !/^\s*<\/?div>\s*$/.test(lines[k]) &&
      !/^>/.test(lines[k]) &&
      !(p.length > 0 && /^: {3}\S/.test(lines[k]))
    )
      p.push(lines[k++]);
    out.push(paragraph(p));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function parse(path: string, raw: string): Post | undefined {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let k = 0;
  const title: string[] = [];
  while (k < lines.length && !/^=+$/.test(lines[k])) title.push(lines[k++]);
  if (k >= lines.length) return undefined;
  k++;
  while (k < lines.length && !/^Date: /.test(lines[k])) k++;
  const date = lines[k]?.slice(6).trim();
  if (!date) return undefined;
  k++;
  const end = lines.findIndex((l, j) => j >= k && /^Statistik: Verfasst von/.test(l));
  if (end < 0) return undefined;
  const footer = lines.slice(end, end + 3).join(' ');
  const author = unescape(/Verfasst von\s*\[((?:\\.|[^\]\\])*)\]/.exec(footer)?.[1] ?? '');
  const head = unescape(title.join(' ').trim());
  const sep = head.indexOf(' • ');
  if (sep < 0) return undefined;
  const forum = head.slice(0, sep);
  let topic = head.slice(sep + 3);
  const reply = /^Re: ?/.test(topic);
  topic = topic.replace(/^Re: ?/, '').trim();
  return { path, date, forum, topic, reply, author, body: lines.slice(k, end) };
}

/** The usable topics (see the header), each as its posts in order, sorted by the opener's date (ties by path). */
export function usableTopics(files: RepositoryFiles): Post[][] {
  const groups = new Map<string, Post[]>();
  for (const path of files.list(ROOT)) {
    if (!path.endsWith('.md')) continue;
    const post = parse(path, files.read(path));
    if (!post) continue;
    const key = `${post.forum}\u0001${post.topic}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(post);
  }
  const order = (a: Post, b: Post) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const topics: Post[][] = [];
  for (const posts of groups.values()) {
    posts.sort(order);
    if (posts.length < 3 || posts.length > 30) continue;
    if (posts.filter((p) => !p.reply).length !== 1 || posts[0].reply) continue;
    topics.push(posts);
  }
  return topics.sort((a, b) => order(a[0], b[0]));
}

/** The comments of one chosen topic: spam accounts and empty posts skipped (after the choice of topics). */
export function topicComments(posts: Post[]): SourceComment[] {
  const page = `t${posts[0].date.replace(/-/g, '').replace(' ', '-').replace(/:/g, '')}`;
  const out: SourceComment[] = [];
  let i = 0;
  for (const p of posts) {
    if (SPAM_AUTHORS.has(p.author)) continue;
    const text = blocks(p.body);
    if (!text) continue;
    out.push({ page, i: i++, text, author: p.author, staff: STAFF.has(p.author) });
  }
  return out;
}

/** Whether the first set takes the usable topic at position `t`. */
export const inFirstSet = (t: number) => t % STEP === 0 || t % EXTRA_STEP === EXTRA_OFFSET;

function read(files: RepositoryFiles): SourceComment[] {
  return usableTopics(files)
    .filter((_, t) => inFirstSet(t))
    .flatMap(topicComments);
}

export default {
  id: 'yacy-forum',
  repo: 'yacy/yacy_forum_archive',
  commit: 'b5cc041bc17d600aa90535d66c38aa7a36df5d2f',
  read,
} satisfies CommentSource;
