// room-303.com/blog: Patryk "Patrys" Zawadzki's Polish blog (2004-2011: PLD Linux, GNOME, Python/Django, the web,
// software and everyday life). Its WordPress export became a Jekyll site (github.com/patrys/patrys.github.io); every
// post is `_posts/<date>-<slug>.markdown` with the post's comments in the YAML front matter (`comments:` list of
// {id, author, author_url, date, date_gmt, content}, in date order, replies flat; no comment type field).
//
// PAGE RULE (fixed, deterministic): list every `_posts/*` file, sorted by path (code-unit order). A comment is "real"
// when its body is non-empty and is not a pingback/trackback excerpt (a body opening with "[...]", "[…]" or
// "[&#8230;]"). Keep the posts with 10 or more real comments, and of those every 11th one, starting with the first
// (indices 0, 11, 22, ...). Of each kept post read the first 20 real comments in front-matter order.
// This gives 23 posts, 2004-2010, and 355 comments.
//
// page = the post file name without `_posts/` and `.markdown` (date + slug/hash).
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>,
// <pre> blocks left alone), then HTML to plain text (tags dropped, entities decoded once, <img> -> alt,
// <blockquote> lines -> "> ").
// STAFF: the blog's author, who comments as "Patrys" (a few times as "Patryk Zawadzki"; once, in 2005-05-11, as
// "Patryk", answering commenters about his own post; no one else uses that name in the export).
import { frontMatterComments } from './front-matter';
import { displayName, htmlToText } from './html-text';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wpautop } from './wpautop';

const REPO = 'patrys/patrys.github.io';
const COMMIT = '74aafd69a4f781b913c5555061d6557aad5f16d7';
const STAFF = new Set(['Patrys', 'Patryk Zawadzki', 'Patryk']);

interface ExportComment {
  author?: unknown;
  content?: unknown;
}

const bodyOf = (c: ExportComment) => (c.content == null ? '' : String(c.content));
const isReal = (c: ExportComment) => {
  const body = bodyOf(c);
  return body.trim() !== '' && !isPingbackExcerpt(body);
};

/** The comment as WordPress showed it: wpautop with <pre> left alone, then HTML to text keeping code's own spacing. */
const textOf = (body: string) => htmlToText(wpautop(body, { keepPre: true }), { keepWhitespaceIn: ['PRE'] });

export default {
  id: 'room303-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles): SourceComment[] {
    const posts = files
      .list('_posts/')
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((path) => ({ path, comments: frontMatterComments<ExportComment>(files.read(path)).filter(isReal) }))
      .filter((p) => p.comments.length >= 10)
      .filter((_, k) => k % 11 === 0);
    const out: SourceComment[] = [];
    for (const post of posts) {
      const page = post.path.replace(/^_posts\//, '').replace(/\.(markdown|md|html)$/, '');
      let i = 0;
      for (const c of post.comments.slice(0, 20)) {
        const text = textOf(bodyOf(c));
        if (!text) continue;
        const author = displayName(c.author);
        out.push({ page, i: i++, text, author, staff: STAFF.has(author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
