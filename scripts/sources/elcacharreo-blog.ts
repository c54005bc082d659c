// El Cacharreo (blog.elcacharreo.com): José Antonio Vacas' ("javacasm") Spanish blog about Arduino, electronics,
// Raspberry Pi and his courses (Arduino and Android courses at the Universidad de Granada/OSL and elsewhere), with a few
// posts by co-authors ("migama"). Spanish (Spain), posts 2011-2015, comments 2011-2014. Readers ask how to build or
// wire the projects, report code that fails to compile, ask about the courses; the author answers most of them.
// Its WordPress blog became a Jekyll site, github.com/javacasm/elcacharreo_static; every post is
// `_posts/<date>-<slug>.markdown` (later posts `.md`) with its comments in the YAML front matter (`comments:` list of
// {id, author, author_email, author_url, date, date_gmt, content}, in date order, replies flat, no comment type
// field). This old jekyll-import wrote the front matter in its own way, which the reader undoes:
//   - the opening line is "--- " (a trailing space), so the front matter is `---` + blanks, a line, ..., `---` line;
//   - non-ASCII text inside double-quoted scalars was written as UTF-8 bytes escaped one by one ("\xC3\xB3" for "ó"),
//     which a YAML parser reads as one Latin-1 character per byte ("Ã³"). A parsed string made only of characters up to
//     U+00FF that holds one above U+007F, and whose characters taken as bytes are valid UTF-8, is decoded as UTF-8
//     (a genuine Latin-1 text such as "año" is not valid UTF-8 that way and stays as it is);
//   - a few 2015+ posts written by hand have front matter that is not valid YAML; none has comments, they count as
//     having none.
//
// PAGE RULE (fixed, deterministic): every `_posts/*` file, sorted by path (code-unit order); of each, its real comments
// in front-matter order, at most the first 20 (no post has more than 14). A comment is real when its plain text
// (below) is non-empty, its body is not a pingback/trackback excerpt (a body opening with "[...]", "[…]" or
// "[&#8230;]"), and it is not WordPress's install sample comment (author "Sr WordPress" / "Mr WordPress" linking to
// wordpress.org, "Hola, esto es un comentario..."). The whole blog holds only 134 real comments on 33 posts (27 of them
// with 2 or more), so no page is sampled: the set is all of them.
//
// page = the file name without `_posts/` and the extension (date + slug).
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>,
// <pre> kept whole), then HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines ->
// "> ", whitespace kept inside <pre>).
// STAFF: the blog's own people, i.e. a comment whose author e-mail is at elcacharreo.com: javacasm@ (the author,
// who writes nearly every post and answers, also as "Jose Antonio Vacas"), elcacharreo@ (the site's admin account),
// migama@ (co-author of posts), magarogar@ ("marco"/"Magarogar") and marco.antonio@ ("MA"), the blog's team; or the
// author's own other address javacasm@gmail.com (once, "javacasm" answering the workshop attendees). Readers never
// use that domain.
import { parse as parseYaml } from 'yaml';
import { displayName, htmlToText } from './html-text';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wpautop } from './wpautop';

const MAX_PER_PAGE = 20;
const isStaffEmail = (email: string) => /@elcacharreo\.com$/i.test(email) || /^javacasm@gmail\.com$/i.test(email);

interface ExportComment {
  author?: unknown;
  author_email?: unknown;
  author_url?: unknown;
  content?: unknown;
}

/** Undoes the importer's byte-by-byte escapes: "Ã³" (U+00C3 U+00B3) back to "ó" when the bytes are valid UTF-8. */
function fixBytes(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(s, (ch) => ch.charCodeAt(0)));
  } catch {
    return s;
  }
}

const str = (v: unknown) => (v == null ? '' : fixBytes(String(v)));

/** The `comments:` list of a post ([] when the front matter is missing, has none, or is not YAML). */
function postComments(text: string): ExportComment[] {
  const m = text.match(/^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!m) return [];
  let fm: unknown;
  try {
    fm = parseYaml(m[1]);
  } catch {
    return [];
  }
  const c = (fm as { comments?: unknown } | null)?.comments;
  return Array.isArray(c) ? (c as ExportComment[]) : [];
}

const isSampleComment = (c: ExportComment) =>
  /^(sr|mr)\.? wordpress$/i.test(str(c.author).trim()) && /wordpress\.org/i.test(str(c.author_url));
const textOf = (body: string) => htmlToText(wpautop(body, { keepPre: true }), { keepWhitespaceIn: ['PRE'] });
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export default {
  id: 'elcacharreo-blog',
  repo: 'javacasm/elcacharreo_static',
  commit: 'd2208e9137e11fb0e2d379a3da52637418773331',
  read(files: RepositoryFiles): SourceComment[] {
    const out: SourceComment[] = [];
    for (const path of files.list('_posts/').sort(byCodeUnit)) {
      const page = path.replace(/^_posts\//, '').replace(/\.(markdown|md|html)$/, '');
      postComments(files.read(path))
        .filter((c) => !isPingbackExcerpt(str(c.content)) && !isSampleComment(c))
        .map((c) => ({ c, text: textOf(str(c.content)) }))
        .filter((x) => x.text !== '')
        .slice(0, MAX_PER_PAGE)
        .forEach(({ c, text }, i) => {
          const staff = isStaffEmail(str(c.author_email).trim());
          out.push({ page, i, text, author: displayName(str(c.author)), staff });
        });
    }
    return out;
  },
} satisfies CommentSource;
