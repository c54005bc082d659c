// arzebiu.com: a European Portuguese personal blog (2010-2013: home loans, savings, recipes, diving, aquariums,
// running, office life). Its WordPress export was turned into a Jekyll site; every post is
// `_posts/<date>-<slug>.html` with the post's comments in the YAML front matter (`comments:` list of
// {id, author, author_url, date, content}, in date order, replies flat).
//
// PAGE RULE (fixed, deterministic): take every `_posts/*` file whose front matter has 3 or more comments, sort
// those paths by code-unit order, and keep every 2nd one starting with the first (indices 0, 2, 4, ...). Of each
// kept post, read the first 20 comments in file order (the export's order) and skip empty ones and
// pingbacks/trackbacks (content opening with "[...]"/"[…]", or a `type` field of pingback/trackback; the export
// at the pinned commit has none). This gives 66 posts, 2010-2012.
//
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline ->
// <br>), then HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the blog's author, who comments as "Arzebiuzado" (once as "Arzebiu").
import { frontMatterComments } from './front-matter';
import { htmlToText } from './html-text';
import { isPingbackExcerpt, isPingbackType } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wpautop } from './wpautop';

export const STAFF = new Set(['Arzebiuzado', 'Arzebiu']);

interface ExportComment {
  author?: unknown;
  content?: unknown;
  type?: unknown;
}

export const isPingback = (c: ExportComment, body: string) => isPingbackType(c.type) || isPingbackExcerpt(body);

/** A `_posts/*` file with the comments of its front matter. */
export interface PostFile {
  path: string;
  comments: ExportComment[];
}

export const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The comments of the posts `choose` picks from every `_posts/*` file: of each, the first 20 comments in file order,
 * without empty ones and pingbacks. The sets of this blog differ only in that choice.
 */
export function readPosts(files: RepositoryFiles, choose: (all: PostFile[]) => PostFile[]): SourceComment[] {
  const all = files.list('_posts/').map((path) => ({ path, comments: frontMatterComments<ExportComment>(files.read(path)) }));
  const out: SourceComment[] = [];
  for (const post of choose(all)) {
    const page = post.path.replace(/^_posts\//, '').replace(/\.(html|markdown|md)$/, '');
    let i = 0;
    for (const c of post.comments.slice(0, 20)) {
      const raw = c.content == null ? '' : String(c.content);
      if (isPingback(c, raw)) continue;
      const text = htmlToText(wpautop(raw));
      if (!text) continue;
      const author = c.author == null ? '' : String(c.author);
      out.push({ page, i: i++, text, author, staff: STAFF.has(author) });
    }
  }
  return out;
}

export default {
  id: 'arzebiu-blog',
  repo: 'donbonifacio/arzebiu',
  commit: '68806859161606d951bf7660db58afae23538a69',
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (all) => all.filter((p) => p.comments.length >= 3).sort(byPath).filter((_, k) => k % 2 === 0));
  },
} satisfies CommentSource;
