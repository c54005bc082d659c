// blog.rom1v.com: Romain Vimont's French blog "~rom1v/blog" (2008-2023: GNU/Linux and Ubuntu how-tos, self-hosting,
// free software, HADOPI/LOPPSI politics, money and basic income, Android, C/C++/Rust; a few later posts in English).
// The site is a Jekyll site (github.com/rom1v/blog.rom1v.com). The comments of the WordPress era (and the few later
// ones) are stored as `_data/comments-<yyyy>-<mm>-<slug>.yaml`, one YAML list per post of {id, author, author-url,
// date, pingback?, contents}, in date order, replies flat. `_includes/comments.html` renders each one with
// `{{ comment.contents | liquify | markdownify }}` (kramdown, Jekyll's GFM input, hard_wrap off), so a body is Markdown
// that may hold Liquid tags (`{% highlight x %}...{% endhighlight %}`, `{% post_url ... %}`).
//
// PAGE RULE (fixed, deterministic): list every `_data/comments-*.yaml` file, sorted by path (code-unit order). A comment
// is "real" when it has no `pingback: true` and its `contents` is not blank. Keep the files with 10 or more real
// comments (60 files), and of those every 3rd one, starting with the first (indices 0, 3, 6, ..., 57). Of each kept
// file read the first 20 real comments in file order (skipping any whose text comes out empty).
// This gives 20 posts, 2008-2017, and 357 comments.
//
// page = the file name without `_data/comments-` and `.yaml` (yyyy-mm-slug, the post's id).
// TEXT: Markdown -> HTML -> plain text, as a reader sees it: paragraphs and <br> -> line breaks, soft line breaks
// inside a paragraph -> spaces (hard_wrap is off), links -> their text, code blocks kept line by line, quotes
// ("> ") kept with each line prefixed "> ", list items on their own lines, entities decoded, tags dropped.
// kramdown's typographic substitutions (smart quotes, "..." -> "…", "--" -> "–") are NOT applied: the text keeps the
// commenter's own characters.
// YAML: one file (2010-01-installer-une-application-apk...) holds a double-quoted pingback author that runs onto an
// unindented line; such a line is folded onto the previous one (what YAML's line folding would do) before parsing.
// STAFF: the blog's author, who comments as "®om" (415 comments in the export; no one else uses that name).
import { parse as parseYaml } from 'yaml';
import { kramdownText } from './kramdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const REPO = 'rom1v/blog.rom1v.com';
export const COMMIT = '05c2ac5e2664221be7f0a66d95fe0c2ca5b96fc8';
export const STAFF = '®om';

interface DataComment {
  id?: unknown;
  author?: unknown;
  pingback?: unknown;
  contents?: unknown;
}

export function commentsOf(text: string): DataComment[] {
  // Fold a line that is neither indented, a list entry, nor empty onto the previous line (broken quoted scalar).
  const fixed = text.replace(/\r\n?/g, '\n').replace(/\n(?![ \n-]|$)/g, ' ');
  const data = parseYaml(fixed);
  return Array.isArray(data) ? (data as DataComment[]) : [];
}

export const bodyOf = (c: DataComment) => (c.contents == null ? '' : String(c.contents));
export const isReal = (c: DataComment) => c.pingback !== true && bodyOf(c).trim() !== '';

// ---- Liquid, as far as comment bodies use it ----

function liquify(body: string): string {
  return body
    .replace(/\{%\s*post_url\s+(\d{4})-(\d{2})-\d{2}-([^\s%]+)\s*%\}/g, '/$1/$2/$3/')
    .replace(/\{%\s*highlight\s+[^%]*%\}\n?([\s\S]*?)\{%\s*endhighlight\s*%\}/g, (_m, code: string) => `\n~~~\n${code.replace(/\n$/, '')}\n~~~\n`);
}

/** A body as the site shows it: Liquid first (as `liquify` does), then kramdown's Markdown as text. */
export const commentText = (body: string) => kramdownText(liquify(body.replace(/\r\n?/g, '\n')));

/**
 * The `_data/comments-*.yaml` files with 10 or more real comments, sorted by path, whose 0-based index j among them
 * passes `keep`; of each its first `perPost` real comments in file order (those whose text comes out empty dropped).
 */
export function readPosts(files: RepositoryFiles, keep: (j: number) => boolean, perPost: number): SourceComment[] {
  const posts = files
    .list('_data/comments-')
    .filter((p) => p.endsWith('.yaml'))
    .map((path) => ({ path, comments: commentsOf(files.read(path)).filter(isReal) }))
    .filter((p) => p.comments.length >= 10);
  const out: SourceComment[] = [];
  posts.forEach((post, j) => {
    if (!keep(j)) return;
    const page = post.path.replace(/^_data\/comments-/, '').replace(/\.yaml$/, '');
    let i = 0;
    for (const c of post.comments.slice(0, perPost)) {
      const text = commentText(bodyOf(c));
      if (!text) continue;
      const author = String(c.author ?? '').trim();
      out.push({ page, i: i++, text, author, staff: author === STAFF });
    }
  });
  return out;
}

export default {
  id: 'rom1v-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles) {
    return readPosts(files, (j) => j % 3 === 0, 20);
  },
} satisfies CommentSource;
