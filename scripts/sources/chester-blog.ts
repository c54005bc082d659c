// chester.me: the personal blog of Carlos Duarte do Nascimento ("Chester", chesterbr), a Brazilian developer (2002-,
// Brazilian Portuguese until his move to Canada in 2012, mostly English after). Tech, gadgets, his own games and apps
// (miniTruco, the Truco card game for phones; cruzalinhas; Atari 2600 homebrew), humour and trivia. The Jekyll site
// (github.com/chesterbr/chesterbr.github.io) keeps every comment as one Staticman YAML file
// `_data/comments/<slug>/entry<ms>.yml` ({_id, _parent (the post URL), replying_to_uid, message, name, email (md5),
// date (unix seconds)}): the old Movable Type / Disqus comments were imported that way in 2024, later ones came
// through Staticman. `_includes/comments.html` shows a post's top-level comments (replying_to_uid '') sorted by date,
// each followed by its replies (replying_to_uid = the parent's _id), recursively, sorted by date; the body as
// `message | sanitize_html | markdownify` (most bodies are HTML: <p>, <br>, <blockquote>).
//
// PAGE RULE (fixed, deterministic): the comment directories (one per post) whose post URL (`_parent`,
// /archives/<yyyy>/...) is from 2012 or earlier (the Portuguese-language years of the blog), sorted by name
// (code-unit order); of these every 2nd one (the 1st, 3rd, 5th, ...); of each, the first 8 real comments in the
// page's display order. A comment is not real when its text comes out empty or when its _id is in SKIP (spam).
// Posts left without real comments drop out.
//
// page = the directory name (the post's slug). i = position among the post's real comments, in display order.
// TEXT: Markdown/HTML -> plain text (scripts/sources/kramdown-text.ts): paragraphs and <br> -> line breaks, links ->
// their text, quotes kept with each line prefixed "> ", entities decoded, tags dropped.
// STAFF: the blog's author, who signs his comments "Chester", "chester" or "chesterbr".
import { parse } from 'yaml';
import { displayName } from './html-text';
import { kramdownText } from './kramdown-text';
import { threadOrder } from './thread-order';
import { commentFilesByPost } from './comment-folders';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const ROOT = '_data/comments/';
export const PER_POST = 8;
// _id values of spam comments (not a reader's comment on the post).
export const SKIP = new Set<string>([
  '1039935932', // meebo_im_na_era: "viagara" link spam
  '1039935789', // quadrados_magic: off-topic English link spam ("Xio Dibin speaks English")
  '1039936906', // the-happy-mutant-handbook: Russian SEO link spam
  '5044142852', // truzio: SEO spam ("Fashion Write For Us blogs")
]);

export interface DataComment {
  path: string;
  id: string;
  parent: string;
  post: string;
  name: string;
  message: string;
  date: number;
}

export const isStaff = (name: string) => /^(chester|chesterbr)$/i.test(name.trim());
export const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function load(files: RepositoryFiles, path: string): DataComment {
  const c = (parse(files.read(path).replace(/\r\n?/g, '\n')) ?? {}) as Record<string, unknown>;
  return {
    path,
    id: String(c._id ?? ''),
    parent: String(c.replying_to_uid ?? ''),
    post: String(c._parent ?? ''),
    name: c.name == null ? '' : String(c.name),
    message: c.message == null ? '' : String(c.message),
    date: Number(c.date ?? 0),
  };
}

/**
 * The comments of the pre-2013 posts (in name order) whose position passes `keep`: of each, the first `perPost` real
 * comments in display order, leaving out the ids in `skip`. The sets of this blog differ only in those three.
 */
export function readPosts(
  files: RepositoryFiles,
  keep: (position: number) => boolean,
  { perPost = PER_POST, skip = SKIP }: { perPost?: number; skip?: ReadonlySet<string> } = {},
): SourceComment[] {
  const posts: { slug: string; comments: DataComment[] }[] = [];
  for (const { post: slug, paths } of commentFilesByPost(files, ROOT)) {
    const comments = paths.map((p) => load(files, p));
    const year = Number(comments[0].post.match(/\/archives\/(\d{4})\//)?.[1] ?? 0);
    if (year && year <= 2012) posts.push({ slug, comments });
  }
  const out: SourceComment[] = [];
  posts.forEach(({ slug, comments }, k) => {
    if (!keep(k)) return;
    const ordered = threadOrder(comments, {
      id: (c) => c.id,
      parent: (c) => c.parent,
      compare: (a, b) => a.date - b.date || byName(a.path, b.path),
    });
    let i = 0;
    for (const c of ordered) {
      if (i >= perPost) break;
      if (skip.has(c.id)) continue;
      const text = kramdownText(c.message);
      if (!text) continue;
      const author = displayName(c.name);
      out.push({ page: slug, i: i++, text, author, staff: isStaff(author) });
    }
  });
  return out;
}

export default {
  id: 'chester-blog',
  repo: 'chesterbr/chesterbr.github.io',
  commit: '7c4670d83b30513eefd8793382e798dbddb2b7d4',
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (k) => k % 2 === 0);
  },
} satisfies CommentSource;
