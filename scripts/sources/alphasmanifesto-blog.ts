// Alpha's Manifesto (blog.alphasmanifesto.com, earlier .com.ar): the personal blog of "Alpha", an Argentine software
// developer, 2006-2019, mostly in Spanish (some posts in English): programming notes (C#, .NET, PHP, JavaScript,
// AngularJS), how he organises his work with Trello, a daily "Link del día", his own small projects and games, and
// courses he took. Its WordPress export was turned into a Jekyll site (github.com/AlphaGit/alphas-manifesto-blog):
// every post was `_posts/<date>-<slug>.md` with the post's comments in the YAML front matter (`comments:` list of
// {id, author, author_email, author_url, date, date_gmt, content}, in date order, replies flat). Commit 143baa6
// ("Removed comments", 2019-01-19) dropped them, so the reader is pinned to its parent e4894a5.
//
// PAGE RULE (fixed, deterministic): every `_posts/*` file at the pinned commit whose front matter holds at least one
// real comment, in path (= date) order; every real comment of each, in file order (the most on one post is 31).
// Pingbacks/trackbacks (a body opening with "[...]"/"[…]"/"[&#8230;]"), empty comments and the 7 spam comments listed
// in SPAM by their export id (a psoriasis ad, four generic English "great site" posts by SEO names, an essay-writing
// ad, two course-shop ads) are skipped. This gives every real comment of the blog: 238 comments on 75 posts
// (2007-2018).
// page = the file name without `_posts/` and `.md` (date-slug).
//
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>),
// then HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the blog's author, who always comments as "Alpha" (alphagma@gmail.com / alpha@furries.com.ar, linking to
// alphasmanifesto.com or .com.ar).
//
// The reading of every post's front-matter comments (`jekyllWordPressComments`) is shared with the
// carlessanagustin-blog reader, a Jekyll site made from a WordPress export the same way.
import { frontMatterComments } from './front-matter';
import { htmlToText } from './html-text';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wpautop } from './wpautop';

const STAFF = new Set(['Alpha']);
/** Export ids of spam comments. */
const SPAM = new Set([8950, 90800, 9120, 87557, 87719, 88579, 88114]);

interface ExportComment {
  id?: unknown;
  author?: unknown;
  content?: unknown;
}

export interface JekyllWordPressRule {
  /** Export ids of spam comments. */
  spam: ReadonlySet<number>;
  /** The blog author's names. */
  staff: ReadonlySet<string>;
  /** Only the first `most` comments of a post are read (default: all). */
  most?: number;
  /** A comment's content as the reader takes it (default: as exported). */
  content?: (raw: string) => string;
  /** An author's name as the reader takes it (default: as exported). */
  author?: (raw: string) => string;
}

/**
 * Every `_posts/*` file with front-matter comments, in path order; each of its comments in file order, skipping spam,
 * pingbacks and empty ones; text as WordPress displayed it (wpautop, then HTML to text). page = the file name without
 * `_posts/` and the extension.
 */
export function jekyllWordPressComments(
  files: RepositoryFiles,
  { spam, staff, most = Infinity, content = (raw) => raw, author: authorOf = (raw) => raw }: JekyllWordPressRule,
): SourceComment[] {
  const out: SourceComment[] = [];
  for (const path of files.list('_posts/')) {
    const comments = frontMatterComments<ExportComment>(files.read(path));
    if (!comments.length) continue;
    const page = path.replace(/^_posts\//, '').replace(/\.(html|markdown|md)$/, '');
    let i = 0;
    for (const c of comments.slice(0, most)) {
      if (spam.has(Number(c.id))) continue;
      const raw = content(c.content == null ? '' : String(c.content));
      if (isPingbackExcerpt(raw)) continue;
      const text = htmlToText(wpautop(raw));
      if (!text) continue;
      const author = authorOf(c.author == null ? '' : String(c.author));
      out.push({ page, i: i++, text, author, staff: staff.has(author) });
    }
  }
  return out;
}

export default {
  id: 'alphasmanifesto-blog',
  repo: 'AlphaGit/alphas-manifesto-blog',
  commit: 'e4894a5855d383ce9acf27fa957130078a7dbbe9',
  read(files: RepositoryFiles): SourceComment[] {
    return jekyllWordPressComments(files, { spam: SPAM, staff: STAFF, author: (name) => name.trim() });
  },
} satisfies CommentSource;
