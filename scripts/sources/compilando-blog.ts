// compilando.org: Diogo "Mandrake" Scudelletti's Brazilian Portuguese blog of short Linux (Ubuntu), Ruby/Rails, MySQL,
// Git and web how-tos (posts 2010-2014, comments 2010-2015). Its WordPress export became a Jekyll site
// (github.com/scudelletti/compilando-org-blog); every post is `_posts/<date>-<slug>.markdown` and the "Sobre o Autor"
// page is `about.md`, each with its comments in the YAML front matter (`comments:` list of {id, author, author_email,
// author_url, date, date_gmt, content}, in date order, replies flat, no comment type field).
//
// PAGE RULE (fixed, deterministic): every `_posts/*` file and `about.md`, sorted by path (code-unit order); of each,
// every real comment in front-matter order. A comment is real when its plain text (below) is non-empty and its body is
// not a pingback/trackback excerpt (a body opening with "[...]", "[…]" or "[&#8230;]"). The whole blog holds only
// about 66 comments, so no page is sampled: the set is all of them (19 pages).
//
// page = the file name without `_posts/` and the extension (date + slug; `about` for the about page).
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>),
// then HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the blog's author, who comments with the e-mail admin@compilando.org (name empty or "Mandrake6"), the post
// author's address cadastro@scudelletti.com counted too. "Rafa" (rafa@compilando.org) writes no post and comments as
// a reader, so he is not staff.
import { frontMatterComments } from './front-matter';
import { displayName, htmlToText } from './html-text';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wpautop } from './wpautop';

const STAFF_EMAILS = new Set(['admin@compilando.org', 'cadastro@scudelletti.com']);

interface ExportComment {
  author?: unknown;
  author_email?: unknown;
  content?: unknown;
}

const bodyOf = (c: ExportComment) => (c.content == null ? '' : String(c.content));
const textOf = (body: string) => htmlToText(wpautop(body, { keepPre: true }), { keepWhitespaceIn: ['PRE'] });
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export default {
  id: 'compilando-blog',
  repo: 'scudelletti/compilando-org-blog',
  commit: '9b72d992fc03c7e6caf6cc5c222b9a7c58e3327a',
  read(files: RepositoryFiles): SourceComment[] {
    const paths = [...files.list('_posts/'), ...files.list('').filter((p) => p === 'about.md')].sort(byCodeUnit);
    const out: SourceComment[] = [];
    for (const path of paths) {
      const page = path.replace(/^_posts\//, '').replace(/\.(markdown|md|html)$/, '');
      frontMatterComments<ExportComment>(files.read(path))
        .filter((c) => !isPingbackExcerpt(bodyOf(c)))
        .map((c) => ({ c, text: textOf(bodyOf(c)) }))
        .filter((x) => x.text !== '')
        .forEach(({ c, text }, i) => {
          const email = String(c.author_email ?? '').trim().toLowerCase();
          const staff = STAFF_EMAILS.has(email);
          out.push({ page, i, text, author: displayName(c.author) || (staff ? 'Mandrake' : ''), staff });
        });
    }
    return out;
  },
} satisfies CommentSource;
