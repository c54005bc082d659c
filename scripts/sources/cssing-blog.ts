// cssing.org.ua: Yuri Artyukh's ("akella") Russian-language blog about CSS/HTML markup and web development
// (Kiev, 2004-2017), kept as an Eleventy site (akella/cssing_11ty) whose posts `posts/<yyyy>/<mm>/<slug>/index.md`
// carry their WordPress comments in the YAML front matter (`comments:` list of {author, id, url, date, humandate,
// content, email}). The front matter as a whole is often not valid YAML (the `excerpt:` string has unescaped quotes),
// so only the `comments:` block (up to the next top-level key) is parsed.
//
// A comment body is WordPress comment text: HTML fragments with line breaks that WordPress turned into <br>/<p>
// (wpautop). We read it the same way: a blank line = paragraph, a single newline = line break.
//
// Page rule (fixed, deterministic): take every `posts/**/index.md`, sorted by path; drop posts that have no real
// comment (real = non-empty, not a pingback/trackback excerpt, i.e. a body that opens with "[...]"/"[…]", and not
// spam, see isSpam); of the remaining 174 posts keep every 8th one, starting with the first (0-based index % 8 === 0), which spreads
// 22 posts over 2004-2012; from each kept post take its first 20 real comments in reading order. The front matter
// lists comments in no stable order, so reading order is the order the blog showed them: by date, then by numeric id.
// page = the post path without `posts/` and `/index.md` (yyyy/mm/slug); staff = the comment author is the blog's
// owner, "akella" (also spelt "akela", "акелла"; every such comment carries his e-mail).
import { parse as parseYaml } from 'yaml';
import { listHtmlToText } from './html-text-lists';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

interface RawComment {
  author?: unknown;
  id?: unknown;
  date?: unknown;
  content?: unknown;
}

// A pingback's excerpt may follow an opening <p> and the linking page's title in <strong>.
const isPingback = (body: string) => isPingbackExcerpt(body, { inParagraph: true, afterTitle: true });
// Spam: the mass wave of 2021-01-30 (pharmacy, casino, merchandise texts), link drops marked rel="nofollow ugc", and
// comments from 2015 on with no Cyrillic letter at all (the blog's late spam: "Thank you for ... <three names>").
const CYRILLIC = /[а-яёіїєґ]/i;
const isSpam = (c: RawComment, body: string) =>
  String(c.date ?? '').startsWith('2021-01-30') || /nofollow ugc/.test(body) || (String(c.date ?? '') >= '2015' && !CYRILLIC.test(body));
export const isStaff = (author: string) => /^(akella|akela|акелла)$/i.test(author.trim());

/** WordPress comment text -> what a reader sees: newlines are line breaks (outside <pre>), HTML read as HTML. */
export function commentText(body: string): string {
  const parts = body.replace(/\r\n?/g, '\n').split(/(<pre[\s>][\s\S]*?<\/pre>)/i);
  const html = parts
    .map((part, k) => (k % 2 === 1 ? part : part.trim().replace(/\n\s*\n+/g, '<p></p>').replace(/\n/g, '<br>\n')))
    .join('');
  // <ol> items are numbered from 1 (a start attribute is not read), as this reader has always counted them.
  return listHtmlToText(html);
}

export function postComments(files: RepositoryFiles, path: string): RawComment[] {
  const lines = files.read(path).replace(/\r\n?/g, '\n').split('\n');
  const end = lines.indexOf('---', 1);
  const start = lines.findIndex((l, k) => k < end && /^comments:\s*$/.test(l));
  if (start < 0) return [];
  let stop = start + 1;
  while (stop < end && !/^[A-Za-z_]+:/.test(lines[stop])) stop++;
  const block = parseYaml(lines.slice(start, stop).join('\n')) as { comments?: RawComment[] } | null;
  return (block?.comments ?? [])
    .filter((c) => {
      const body = String(c.content ?? '');
      return body.trim() !== '' && !isPingback(body) && !isSpam(c, body);
    })
    .map((c, k) => ({ c, k }))
    .sort((a, b) => {
      const da = String(a.c.date ?? ''), db = String(b.c.date ?? '');
      if (da !== db) return da < db ? -1 : 1;
      const ia = Number(a.c.id), ib = Number(b.c.id);
      return ia !== ib ? ia - ib : a.k - b.k;
    })
    .map(({ c }) => c);
}

/**
 * The posts with at least one real comment, sorted by path, whose 0-based index j among them passes `keep`; of each its
 * first 20 real comments in reading order (those whose text comes out empty dropped).
 */
export function readPosts(files: RepositoryFiles, keep: (j: number) => boolean): SourceComment[] {
  const posts = files
    .list('posts/')
    .filter((p) => p.endsWith('/index.md'))
    .map((path) => ({ path, comments: postComments(files, path) }))
    .filter((p) => p.comments.length > 0);
  const out: SourceComment[] = [];
  posts.forEach((post, j) => {
    if (!keep(j)) return;
    const page = post.path.replace(/^posts\//, '').replace(/\/index\.md$/, '');
    let i = 0;
    for (const c of post.comments.slice(0, 20)) {
      const text = commentText(String(c.content));
      if (!text) continue;
      const author = String(c.author ?? '').trim();
      out.push({ page, i: i++, text, author, staff: isStaff(author) });
    }
  });
  return out;
}

export default {
  id: 'cssing-blog',
  repo: 'akella/cssing_11ty',
  commit: 'f948707228426c585ed6b5af5ad88f9042f3aa26',
  read(files) {
    return readPosts(files, (j) => j % 8 === 0);
  },
} satisfies CommentSource;
