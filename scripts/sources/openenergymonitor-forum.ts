// OpenEnergyMonitor forum (Drupal 6 at openenergymonitor.org/emon/forum, 2010-2016, frozen May 2016), read from
// openenergymonitor/forum-archive, the project's own static HTTrack mirror: one page per topic, node/<id>.html, with
// the opening post in div.node > div.comment (title, span.submitted "Submitted by <user> on Ddd, dd/mm/yyyy - hh:mm",
// div.content) and the replies as div.comment.comment-published inside div#comments (all on one page: the mirror
// was taken with 300 comments per page; a threaded reply sits in div.indented, kept in document order).
//
// Page rule (fixed, deterministic): a topic is a candidate when its file is node/<digits>.html, its breadcrumb names
// one of the FORUMS below, and it has 3..30 posts (opening post + replies) after skipping posts whose text is empty.
// For each forum, candidates are grouped by the year of the opening post; within a year they are ordered by the SHA-1
// of the node id (a fixed pseudo-random order). Topics are then taken round-robin over the years (round 0 takes each
// year's first, round 1 each year's second, ...), years in ascending order within a round, until the forum's taken
// topics hold at least its post quota (the topic that crosses the quota is kept whole). Whole topics, opening post i=0.
// page = "n<node id>".
//
// Staff: the archive marks no roles. staff = the project's founders and owners, Trystan Lea ("TrystanLea") and Glyn
// Hudson ("glyn.hudson"), and the forum moderator Robert Wall (his own posts speak of "moderator's privilege" and "my
// moderator colleagues"). No other account identifies itself as a moderator in the archive.
//
// Text: Drupal HTML -> plain text with linkedom: <br>/blocks -> line breaks, HTML whitespace collapsed, <blockquote>
// kept with each line prefixed "> ", smiley images (CKEditor/FCKeditor smiley plugins) -> their alt text, other
// images and embedded players dropped, links -> their text, <pre>/<code> kept verbatim. The opening post's
// "previous/next topic" navigation block is removed. Replies listed in SPAM (found while labelling) are skipped.
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { TextOut } from './text-out';

/** breadcrumb forum name -> post quota. */
const FORUMS: [string, number][] = [
  ['Archived: Software', 95],
  ['Archived: Hardware', 85],
  ['Archived: Questions and support', 85],
  ['Archived: General Discussion', 65],
];
const STAFF = new Set(['TrystanLea', 'glyn.hudson', 'Robert Wall']);
/** Spam replies found while labelling (Drupal comment anchors): comment-2285 only adds a link to a supplement shop. */
const SPAM = new Set(['comment-2285']);

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const DROP = new Set(['SCRIPT', 'STYLE', 'OBJECT', 'EMBED', 'PARAM', 'IFRAME', 'VIDEO', 'AUDIO', 'NOSCRIPT']);

// Text runs collapse spaces, tabs and line breaks but keep no-break spaces (dropped only at line ends by tidy).
const OUT = { collapse: (t: string) => t.replace(/[ \t\r\n\f]+/g, ' ') };

const cls = (el: Element) => ` ${el.getAttribute('class') ?? ''} `;

function walk(node: Node, out: TextOut) {
  const el = out.element(node, DROP);
  if (!el) return;
  const tag = el.tagName.toUpperCase();
  if (tag === 'DIV' && cls(el).includes(' forum-topic-navigation ')) return;
  if (tag === 'IMG') {
    if (/smil/i.test(el.getAttribute('src') ?? '')) out.text(el.getAttribute('alt') ?? '');
    return;
  }
  if (tag === 'BLOCKQUOTE') {
    const inner = out.fresh();
    for (const child of Array.from(el.childNodes)) walk(child, inner);
    return out.quote(tidy(inner.s));
  }
  if (tag === 'PRE') {
    out.verbatim(el.textContent ?? '');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.nl();
  if (tag === 'LI') out.raw('- ');
  for (const child of Array.from(el.childNodes)) walk(child, out);
  if (block) out.nl();
}

function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+$/, '').replace(/^[ \u00a0]+/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function toText(el: Element): string {
  const out = new TextOut(OUT);
  walk(el, out);
  return tidy(out.s);
}

function author(submitted: Element | null): string {
  const a = submitted?.querySelector('a');
  if (a) return (a.textContent ?? '').trim();
  const m = /Submitted by (.*?) on /.exec(submitted?.textContent ?? '');
  return (m?.[1] ?? '').replace(/\s*\(not verified\)\s*$/, '').trim();
}

function topic(html: string, id: string): SourceComment[] {
  const { document } = parseHTML(html);
  const page = `n${id}`;
  const posts: { author: string; el: Element | null }[] = [];
  const opener = document.querySelector('div.node > div.comment');
  if (!opener) return [];
  posts.push({ author: author(opener.querySelector('.submitted')), el: opener.querySelector(':scope > div.content') });
  for (const c of Array.from(document.querySelectorAll('#comments div.comment'))) {
    if (SPAM.has(c.previousElementSibling?.getAttribute('id') ?? '')) continue;
    posts.push({ author: author(c.querySelector(':scope > .submitted')), el: c.querySelector(':scope > div.content') });
  }
  const comments: SourceComment[] = [];
  for (const p of posts) {
    const text = p.el ? toText(p.el) : '';
    if (!text) continue;
    comments.push({ page, i: comments.length, text, author: p.author, staff: STAFF.has(p.author) });
  }
  return comments;
}

interface Candidate {
  id: string;
  hash: string;
  html: string;
}

const NAME = /^node\/(\d+)\.html$/;

function read(files: RepositoryFiles): SourceComment[] {
  const byForum = new Map<string, Map<number, Candidate[]>>();
  for (const path of files.list('node/')) {
    const m = NAME.exec(path);
    if (!m) continue;
    const html = files.read(path);
    const bc = /<div class="breadcrumb">(.*?)<\/div>/s.exec(html);
    if (!bc) continue;
    const forum = bc[1].replace(/<[^>]*>/g, '').split('»').pop()!.replace(/\s+/g, ' ').trim();
    if (!FORUMS.some(([f]) => f === forum)) continue;
    const replies = html.split('<div class="comment comment-published"').length - 1;
    if (replies + 1 < 3 || replies + 1 > 30) continue;
    const date = /<span class="submitted">Submitted by .*? on \w+, \d\d\/\d\d\/(\d{4})/.exec(html);
    const year = Number(date?.[1] ?? 0);
    if (!byForum.has(forum)) byForum.set(forum, new Map());
    const byYear = byForum.get(forum)!;
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push({ id: m[1], hash: createHash('sha1').update(m[1]).digest('hex'), html });
  }
  const all: SourceComment[] = [];
  for (const [forum, quota] of FORUMS) {
    const byYear = byForum.get(forum) ?? new Map<number, Candidate[]>();
    const years = [...byYear.keys()].sort((a, b) => a - b);
    for (const y of years) byYear.get(y)!.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    const pos = new Map(years.map((y) => [y, 0]));
    let taken = 0;
    while (taken < quota) {
      let any = false;
      for (const y of years) {
        if (taken >= quota) break;
        const list = byYear.get(y)!;
        // Next candidate of this year whose parsed posts (empty ones skipped) still number 3..30.
        while (pos.get(y)! < list.length) {
          const c = list[pos.get(y)!];
          pos.set(y, pos.get(y)! + 1);
          const comments = topic(c.html, c.id);
          if (comments.length < 3 || comments.length > 30) continue;
          all.push(...comments);
          taken += comments.length;
          any = true;
          break;
        }
      }
      if (!any) break;
    }
  }
  return all;
}

export default {
  id: 'openenergymonitor-forum',
  repo: 'openenergymonitor/forum-archive',
  commit: 'e0a42e321b9faca872ff9ef3f617757c3d97ef12',
  read,
} satisfies CommentSource;
