// yasoob.me: the English programming blog of Yasoob Khalid, a Pakistani Python developer and author of "Intermediate
// Python" and "Practical Python Projects" (2013-; earlier at pythontips.com / freepythontips.wordpress.com: Python
// tutorials (*args and **kwargs, decorators, pickle, self, sockets, py2exe, Tkinter), book news, giveaways, reverse
// engineering, web scraping, later Hugo/Staticman and personal posts). The Hugo site (github.com/yasoob/personal_blog)
// keeps every comment as one Staticman YAML file `data/comments/<post file name>/comment-<unix time>.yml`
// ({_id, comment, date, email (md5), name, reply_to (the parent's _id), _parent, name_try}); the WordPress comments
// were imported that way (their string values tagged `!!python/unicode`), later ones came through Staticman.
// `themes/hugo-zen/layouts/partials/comments.html` shows a post's comments without reply_to, each followed by its
// replies, the body as `.comment | markdownify` (Goldmark, raw HTML allowed).
//
// PAGE RULE (fixed, deterministic): the post folders under data/comments/ holding 2 or more comment files, sorted by
// folder name (code-unit order); of these every 3rd one starting with the first (indices 0, 3, 6, ...); of each, the
// first 20 comments in thread order. Thread order: comments without a parent (or whose parent is not in the folder)
// in file-name order (= time), each followed by its replies, recursively (pre-order), siblings in file-name order.
// Comments whose text comes out empty and pingbacks/trackbacks are dropped.
//
// page = the folder name (the post's file name, e.g. 2013-08-04-args-and-kwargs-in-python-explained). i = position
// among the post's kept comments in thread order.
// TEXT: Markdown/HTML -> plain text (scripts/sources/kramdown-text.ts): paragraphs and <br> -> line breaks, links ->
// their text, quotes kept with each line prefixed "> ", entities decoded, tags dropped.
// STAFF: the blog's author, who comments as "Yasoob" or "Yasoob Khalid".
import { parse } from 'yaml';
import { displayName } from './html-text';
import { kramdownText } from './kramdown-text';
import { threadOrder } from './thread-order';
import { commentFilesByPost } from './comment-folders';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const ROOT = 'data/comments/';
export const PER_POST = 20;

interface DataComment {
  path: string;
  id: string;
  parent: string;
  name: string;
  body: string;
}

// The WordPress import wrote its strings as `!!python/unicode '...'`: plain strings.
const PYTHON_UNICODE = { tag: 'tag:yaml.org,2002:python/unicode', resolve: (s: string) => s };

export const isStaff = (name: string) => /^yasoob( khalid)?$/i.test(name.trim());
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function load(files: RepositoryFiles, path: string): DataComment {
  const source = files.read(path).replace(/\r\n?/g, '\n');
  let c: Record<string, unknown>;
  try {
    c = (parse(source, { customTags: [PYTHON_UNICODE] }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    // The set stops here, naming the file: rebuilt without it, the set would silently lack its comments.
    throw new Error(`${path}: YAML the reader cannot parse (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
  return {
    path,
    id: String(c._id ?? ''),
    parent: c.reply_to == null ? '' : String(c.reply_to),
    name: c.name == null ? '' : String(c.name),
    body: c.comment == null ? '' : String(c.comment),
  };
}

export function readPosts(files: RepositoryFiles, keep: (k: number) => boolean, perPost = PER_POST): SourceComment[] {
  const posts = commentFilesByPost(files, ROOT).filter(({ paths }) => paths.length >= 2);
  const out: SourceComment[] = [];
  posts.forEach(({ post, paths }, k) => {
    if (!keep(k)) return;
    const ordered = threadOrder(
      paths.map((p) => load(files, p)),
      { id: (c) => c.id, parent: (c) => c.parent, compare: (a, b) => byName(a.path, b.path) },
    );
    let i = 0;
    for (const c of ordered) {
      if (i >= perPost) break;
      if (isPingbackExcerpt(c.body)) continue;
      const text = kramdownText(c.body);
      if (!text) continue;
      const author = displayName(c.name);
      out.push({ page: post, i: i++, text, author, staff: isStaff(author) });
    }
  });
  return out;
}

export default {
  id: 'yasoob-blog',
  repo: 'yasoob/personal_blog',
  commit: '37ab2e8b2450a29377e09f9c65939e59e1931f0d',
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (k) => k % 3 === 0);
  },
} satisfies CommentSource;
