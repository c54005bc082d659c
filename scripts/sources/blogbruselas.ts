// blogbruselas.com ("Blog Bruselas en español", earlier "Comer, hablar, amar"): a Spanish blog about living in
// Brussels, 2006-2011. Its owner Ramón Suárez kept a static WordPress export (Disqus-style comment list) in his
// site repository; the HTML pages sit under content/project/blogbruselas/ at commit 04e3511d (2022-10-10, "Add
// blogbruselas as folder"; later commits turned them into Markdown and then removed them).
//
// Page rule (fixed, deterministic):
//   1. posts = every content/project/blogbruselas/blog/YYYY/MM/DD/<slug>/index.html, sorted by path (= by date);
//   2. keep the posts that have at least 1 real comment (after dropping pingbacks/trackbacks, empty and spam);
//   3. within each year, number those posts 0, 1, 2, ... in path order and take every 2nd one (0, 2, 4, ...) for
//      2006, 2007, 2008, 2011 and 2012, and every 6th one (0, 6, 12, ...) for the busy years 2009 and 2010;
//   4. from each chosen post take its first 20 comments in reading order (threads pre-order: a parent, then its
//      replies).
// page = "YYYY-MM-DD/<slug>".
//
// staff: the blog's owner and its co-authors. A comment is staff when its <li> has WordPress' `byuser` class (only the
// blog's registered authors have accounts) or its author name is one of the owner's/co-authors' names as they
// signed comments (Ramón's aliases "Comer, hablar, amar", "Ramón Suárez (administrador de Blog Bruselas)", "admin",
// and the co-authors' display names from the post bylines), or is the post's own author (the byline name or its first
// word: "Eduardo" replying under Eduardo Lamas Delgado's post).
import { parseHTML } from 'linkedom';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { quoteLines, squeezeLine, tidyLines } from './text-lines';

export const ROOT = 'content/project/blogbruselas/blog/';
export const POST = /^content\/project\/blogbruselas\/blog\/(\d{4})\/(\d\d)\/(\d\d)\/([^/]+)\/index\.html$/;
export const STEP: Record<string, number> = { '2009': 6, '2010': 6 };
export const MAX_PER_POST = 20;

const norm = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Names under which the owner and the co-authors signed comments. */
const STAFF_NAMES = new Set(
  [
    'Comer, hablar, amar',
    'Comer, hablar, amar; vivir al fin y al cabo',
    'Ramón Suárez',
    'Ramón Suárez (administrador de Blog Bruselas)',
    'Ramón',
    'admin',
    'Blog Bruselas',
    'Álvaro Marín',
    'Manuel Pueyo',
    'easysun',
    'Eduardo Lamas Delgado',
    'Eduardo Lamas',
    'Almudena',
    'Bernal Revert',
    'Alberto Segarra Ruíz',
    'Alberto Segarra',
    'María Ivorra Ruiz',
    'Objetivo Bruselas',
    'Jorge – Objetivo Bruselas',
    'Hispagenda',
  ].map(norm),
);

const BLOCK = new Set([
  'P', 'DIV', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'PRE', 'BLOCKQUOTE', 'HR',
]);

/** Plain text of an HTML fragment: blocks and <br> become line breaks, quotes are prefixed with "> ". */
function toText(node: any): string {
  let out = '';
  const walk = (n: any) => {
    if (n.nodeType === 3) {
      out += n.textContent.replace(/\s+/g, ' ');
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = n.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (tag === 'IMG') {
      out += n.getAttribute('alt') ?? '';
      return;
    }
    if (tag === 'BLOCKQUOTE') {
      const inner = toText(n);
      if (inner) out += '\n' + quoteLines(inner) + '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out += '\n';
    for (const c of n.childNodes) walk(c);
    if (block) out += '\n';
  };
  for (const c of node.childNodes) walk(c);
  return tidyLines(out, squeezeLine);
}

const child = (el: any, cls: string) => [...el.children].find((c: any) => c.classList?.contains(cls));

export function postComments(html: string) {
  const { document } = parseHTML(html);
  const list = document.querySelector('#dsq-comments');
  if (!list) return [];
  // The post's own author signs replies with the full name or just the first name ("Eduardo", "Alvaro").
  const byline = norm(document.querySelector('.byline .author a')?.textContent ?? '');
  const bylineNames = new Set(byline ? [byline, byline.split(' ')[0]] : []);
  const out: { text: string; author: string; staff: boolean }[] = [];
  for (const li of list.querySelectorAll('li') as any) {
    const cls = li.classList;
    if (!cls.contains('comment') || cls.contains('pingback') || cls.contains('trackback')) continue;
    const header = child(li, 'dsq-comment-header');
    const body = child(li, 'dsq-comment-body');
    const msg = body && child(body, 'dsq-comment-message');
    if (!msg) continue;
    const text = toText(msg);
    // A pingback the list does not mark as one still opens with WordPress's excerpt marker.
    if (!text || isPingbackExcerpt(text)) continue;
    const author = (header?.querySelector('cite')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const staff = cls.contains('byuser') || STAFF_NAMES.has(norm(author)) || bylineNames.has(norm(author));
    out.push({ text, author, staff });
  }
  return out;
}

/** A post with at least 1 real comment. */
export interface CommentedPost {
  page: string;
  comments: ReturnType<typeof postComments>;
}

/** The first set's step in a year: every 2nd post, every 6th in the busy years. */
export const stepOf = (year: string) => STEP[year] ?? 2;

/**
 * The comments of the posts `choose` picks from each year's posts with comments (years in order, posts in path
 * order): of each, the first MAX_PER_POST comments in reading order. The sets of this blog differ only in that choice.
 */
export function readByYear(files: RepositoryFiles, choose: (year: string, posts: CommentedPost[]) => CommentedPost[]): SourceComment[] {
  const byYear = new Map<string, CommentedPost[]>();
  for (const path of files.list(ROOT)) {
    const m = POST.exec(path);
    if (!m) continue;
    const comments = postComments(files.read(path));
    if (comments.length === 0) continue;
    const year = m[1];
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push({ page: `${m[1]}-${m[2]}-${m[3]}/${m[4]}`, comments });
  }
  const result: SourceComment[] = [];
  for (const year of [...byYear.keys()].sort()) {
    for (const post of choose(year, byYear.get(year)!)) {
      post.comments.slice(0, MAX_PER_POST).forEach((c, i) =>
        result.push({ page: post.page, i, text: c.text, author: c.author, staff: c.staff }),
      );
    }
  }
  return result;
}

export default {
  id: 'blogbruselas',
  repo: 'ramonsuarez/ramonsuarez.github.io',
  commit: '04e3511d27fa081be18f44f68486d9f6c1e77841',
  read(files) {
    return readByYear(files, (year, posts) => posts.filter((_, k) => k % stepOf(year) === 0));
  },
} satisfies CommentSource;
