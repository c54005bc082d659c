// Twinoid (twinoid.com), the game portal of the French browser-game company Motion Twin: its French "Ambassade"
// forum (2012-2014), where the Augures (players elected by each game's community) and Ambassadeurs talk to each other
// and to Motion Twin's admins ("Invocation" threads named after one admin, bug and community reports, news threads
// per game, general "Bla" threads). Source: cmnemoi/twinoid-forum-archive, which keeps a scrape of that forum as
// data/fr/mush/ambassade.json: {threads: [{id, title, minorTag, majorTag, states, comments: [{authorID, id,
// deducedDate, states, content (the post's HTML as Twinoid rendered it), contentWarning}]}]}. It is the only forum the
// archive holds as structured data (the other file, Forum_beta.odt, is an office document).
//
// Page rule (fixed, deterministic): every thread of the file with 3 to 30 posts (the opener included), in file order;
// all posts of each kept thread, the opener as i = 0 (comment id order; a post whose text is empty is skipped).
// page = "t<thread id>". At this commit: 31 threads, 2012-10 .. 2014-03.
//
// Staff: the scrape keeps only numeric author ids. Twinoid's first accounts belong to the Motion Twin team; those seen
// in the archive are 2 deepnight, 3 kiroukou, 4 gyhyom, 5 (answers in the admin Yoshi's thread), 6 bumdum, 7 irvie,
// 8 skool, 9 Mr_Hk_, 11 znarf, 12 Eole (community manager, opens every Invocation thread), 14 epoq, 15 hiko,
// 17 blackmagic. So staff = author id 1..17, plus a post without author id whose text is a moderator note
// (span.tid_mod, a moderator-only format). Author = the name other posts give that id in their user mentions
// (span.tid_user_<id>, most frequent name), else "#<id>".
//
// Text: Twinoid HTML -> plain text with linkedom: <p>/<div>/<li> -> lines, <br> -> line break, quotes (<cite>, with
// the quoted author's span.tid_preCite before it) kept with each line prefixed "> ", smileys (img.tid_ico) -> alt text,
// other images dropped, a role-play speaker (span.tid_preRoleplay) on its own line before the bubble's text,
// spoilers / side notes / role-play / announce spans kept as text, poll modules -> one
// "- option (votes)" line per option plus the footer ("Les votes sont clos."). contentWarning is not used: in this
// scrape it holds stray text (a poll option, a moderator note), not a warning the reader saw.
import { listMark } from './list-mark';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { tidyLines } from './text-lines';
import { layOut, TextOut } from './text-out';

const FILE = 'data/fr/mush/ambassade.json';

interface RawComment {
  authorID: number | null;
  id: number;
  deducedDate: string;
  states: string[] | null;
  content: string;
}
interface RawThread {
  id: number;
  title: string;
  comments: RawComment[];
}
/** What the page rule, author names and text need of a thread (both of the archive's forums have it). */
export interface ForumThread {
  id: number;
  comments: { authorID: number | null; id: number; content: string }[];
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'HR', 'BLOCKQUOTE', 'PRE']);
const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED']);

// Text runs collapse to one space, but a run of only no-break spaces stays one no-break space, as the poster typed it;
// only a "- " marker keeps an item's first block on its line.
const OUT = {
  collapse: (t: string) => t.replace(/[\s\u00a0]+/g, (m) => (m.includes('\u00a0') && !/[\n\t ]/.test(m) ? '\u00a0' : ' ')),
};

const cls = (el: Element) => ` ${el.getAttribute('class') ?? ''} `;
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function quoteBlock(out: TextOut, inner: string) {
  out.quote(tidyLines(inner, (l) => l.replace(/[ \t]+$/, '')));
}

function poll(el: Element, out: TextOut) {
  out.nl();
  for (const line of Array.from(el.querySelectorAll('.tid_questionLine'))) {
    const text = flat(line.querySelector('.tid_under')?.textContent ?? line.querySelector('.tid_questionText')?.textContent);
    const votes = flat(line.querySelector('.tid_value')?.textContent);
    out.raw(`- ${text}${votes ? ` (${votes})` : ''}\n`);
  }
  const footer = flat(el.querySelector('.tid_footer')?.textContent);
  if (footer) out.raw(footer + '\n');
}

function walk(node: Node, out: TextOut) {
  const el = out.element(node, DROP);
  if (!el) return;
  const tag = el.tagName.toUpperCase();
  const c = cls(el);
  if (tag === 'IMG') {
    if (c.includes(' tid_ico ')) out.text(el.getAttribute('alt') ?? '');
    return;
  }
  if (c.includes(' tid_questionModule ')) return poll(el, out);
  if (c.includes(' tid_preCite ')) {
    // The quoted author's name; it heads the <cite> that follows (like phpBB's "X wrote:").
    const name = flat(el.textContent);
    out.nl();
    if (name) out.raw(`> ${name}\n`);
    return;
  }
  if (c.includes(' tid_preRoleplay ')) {
    // The speaker's name over a role-play bubble: its own line, the bubble's text on the next one.
    const name = flat(el.textContent);
    out.nl();
    if (name) out.raw(`${name}\n`);
    return;
  }
  if (tag === 'CITE' || tag === 'BLOCKQUOTE') {
    const inner = out.fresh();
    for (const child of Array.from(el.childNodes)) walk(child, inner);
    return quoteBlock(out, inner.s);
  }
  const block = BLOCK.has(tag);
  if (block) out.nl();
  if (tag === 'LI') out.raw(listMark(el));
  for (const child of Array.from(el.childNodes)) walk(child, out);
  if (block) out.nl();
}

export function htmlToText(html: string): string {
  return layOut(html, walk, OUT);
}

export function authorNames(threads: ForumThread[]): Map<number, string> {
  const counts = new Map<number, Map<string, number>>();
  const re = /class="tid_user tid_user_(\d+)[^"]*"[^>]*>([^<]*)</g;
  for (const t of threads)
    for (const c of t.comments)
      for (const m of c.content.matchAll(re)) {
        const id = Number(m[1]);
        const name = m[2].trim();
        if (!name) continue;
        const byName = counts.get(id) ?? new Map<string, number>();
        byName.set(name, (byName.get(name) ?? 0) + 1);
        counts.set(id, byName);
      }
  const names = new Map<number, string>();
  for (const [id, byName] of counts) {
    // Most frequent name; ties -> the first one seen (Map keeps insertion order).
    let best = '';
    let n = 0;
    for (const [name, k] of byName) if (k > n) [best, n] = [name, k];
    names.set(id, best);
  }
  return names;
}

/**
 * The comments of the threads with `minPosts` to `maxPosts` posts, in the given order, pages "<pagePrefix><thread id>";
 * author names are counted over all `threads`. The sets of this archive differ in the forum and those three.
 */
export function forumComments(
  threads: ForumThread[],
  { pagePrefix, minPosts, maxPosts }: { pagePrefix: string; minPosts: number; maxPosts: number },
): SourceComment[] {
  const names = authorNames(threads);
  const out: SourceComment[] = [];
  for (const t of threads) {
    if (t.comments.length < minPosts || t.comments.length > maxPosts) continue;
    const page = `${pagePrefix}${t.id}`;
    const comments = [...t.comments].sort((a, b) => a.id - b.id);
    let i = 0;
    for (const c of comments) {
      const text = htmlToText(c.content);
      if (!text) continue;
      const id = c.authorID;
      const staff = id !== null ? id >= 1 && id <= 17 : /class="tid_mod"/.test(c.content);
      const author = id === null ? undefined : (names.get(id) ?? `#${id}`);
      out.push({ page, i: i++, text, author, staff });
    }
  }
  return out;
}

function read(files: RepositoryFiles): SourceComment[] {
  const data = JSON.parse(files.read(FILE)) as { threads: RawThread[] };
  return forumComments(data.threads, { pagePrefix: 't', minPosts: 3, maxPosts: 30 });
}

export default {
  id: 'twinoid-forum',
  repo: 'cmnemoi/twinoid-forum-archive',
  commit: '80ee49462383e655069032f9dc46545629a6fc9d',
  read,
} satisfies CommentSource;
