// blog.novoj.net: "Myšlenky dne otce Fura", the blog of Jan Novotný (Novoj, "Otec Fura"), a Prague Java developer
// (2006-2017: Spring, Maven, iBatis, testing, IntelliJ IDEA, MySQL, JavaScript, conferences such as jOpenSpace and GeeCON;
// mostly Czech, some posts in English). The blog was converted from WordPress to Hugo (github.com/novoj/Blog); each
// post `content/posts/<yyyy-mm-dd-slug>.md` keeps its WordPress comments in the YAML front matter as `comments:`, a
// flat list of {id, author, author_email, author_url, date, date_gmt, content} in date order (replies are flat too).
// `content` is the raw WordPress comment body: text with \r\n line breaks and a little inline HTML (a, b, i, code,
// pre, cite), which WordPress shows through wpautop (blank line -> new paragraph, single line break -> <br>).
//
// PAGE RULE (fixed, deterministic): list every `content/posts/*.md` file, sorted by path (code-unit order). A comment
// is "real" when it has a non-empty `author_email` (every pingback/trackback and the one spam comment in the export
// have an empty e-mail), a non-blank `content` and is not one of the two template spam comments that do carry an e-mail
// (SPAM_IDS: id 75523 "free list building software", "I absolutely love your site.. Very nice colors & theme...";
// id 48543 "Stacie Brostrom", "...the font looks somewhat skewed in safari", author URL yahoo.co.uk). Keep the posts with 5 or more real comments (72 posts) and of those
// every 2nd one, starting with the first (indices 0, 2, 4, ..., 70). Of each kept post read the first 20 real
// comments in file order (skipping any whose text comes out empty). This gives 36 posts, 2007-2015, 346 comments.
//
// page = the file name without `content/posts/` and `.md` (yyyy-mm-dd-slug).
// TEXT: wpautop-like: \r\n -> \n; outside <pre> a blank line starts a new paragraph and a single line break is a
// <br>; then HTML -> plain text as a reader sees it: paragraphs and <br> -> line breaks, <pre> kept line by line,
// <blockquote> lines prefixed "> ", links -> their text, entities decoded, unknown tags dropped (as a browser does).
// WordPress's typographic substitutions (wptexturize) are NOT applied: the text keeps the commenter's own characters.
// Text smileys (":-)") stay as typed, which is also the alt text of WordPress's smiley images.
// STAFF: the blog's author, who comments as "Otec Fura", "Novoj", "novoj", "Honza Novotný" or "Jan Novotný", always
// with one of his e-mail addresses (novotnaci@gmail.com, novotnaci@megasphera.cz, novotny@fg.cz); staff = that e-mail.
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const REPO = 'novoj/Blog';
export const COMMIT = 'e6d9754989d6f5b7754e1a16a34e2cf4c7f40ebc';
const SPAM_IDS = new Set([75523, 48543]);
export const STAFF_EMAILS = new Set(['novotnaci@gmail.com', 'novotnaci@megasphera.cz', 'novotny@fg.cz']);

export interface WpComment {
  id?: unknown;
  author?: unknown;
  author_email?: unknown;
  content?: unknown;
}

export function commentsOf(text: string): WpComment[] {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!m) return [];
  const data = parseYaml(m[1]) as { comments?: unknown };
  return Array.isArray(data?.comments) ? (data.comments as WpComment[]) : [];
}

export const str = (v: unknown) => (v == null ? '' : String(v));
export const isReal = (c: WpComment) =>
  str(c.author_email).trim() !== '' && str(c.content).trim() !== '' && !SPAM_IDS.has(Number(c.id));

// ---- wpautop, as far as comment bodies need it ----

function autop(body: string): string {
  const text = body.replace(/\r\n?/g, '\n');
  // Keep <pre> blocks whole; elsewhere blank lines split paragraphs and single line breaks become <br>.
  const parts = text.split(/(<pre[\s>][\s\S]*?<\/pre>)/i);
  return parts
    .map((part, k) => {
      if (k % 2 === 1) return part;
      return part
        .split(/\n\s*\n/)
        .map((p) => p.replace(/^\n+|\n+$/g, ''))
        .filter((p) => p.trim() !== '')
        .map((p) => `<p>${p.replace(/\n/g, '<br>\n')}</p>`)
        .join('\n');
    })
    .join('\n');
}

// ---- HTML -> plain text as a reader sees it ----

const BLOCK_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'DD', 'DT', 'HR']);
const KEEP_SPACE = '\u0003';
const KEEP_TAB = '\u0004';

function render(node: any, inPre: boolean): string {
  if (node.nodeType === 3) {
    const t: string = node.textContent ?? '';
    return inPre ? t.replace(/ /g, KEEP_SPACE).replace(/\t/g, KEEP_TAB) : t.replace(/\s+/g, ' ');
  }
  if (node.nodeType !== 1) return '';
  const tag: string = String(node.tagName).toUpperCase();
  if (tag === 'SCRIPT' || tag === 'STYLE') return '';
  if (tag === 'BR') return '\n';
  if (tag === 'IMG') return node.getAttribute('alt') ?? '';
  const inner = () => Array.from(node.childNodes as any[]).map((c) => render(c, inPre || tag === 'PRE')).join('');
  if (tag === 'PRE') {
    const text = Array.from(node.childNodes as any[]).map((c) => render(c, true)).join('');
    return '\n\n' + text.replace(/^\n+|\s+$/g, '') + '\n\n';
  }
  if (tag === 'BLOCKQUOTE') {
    const text = tidy(inner());
    return '\n\n' + text.split('\n').map((l) => (l ? '> ' + l : '>')).join('\n') + '\n\n';
  }
  if (tag === 'LI') return '- ' + tidy(inner()).replace(/\n/g, '\n  ') + '\n';
  if (BLOCK_TAGS.has(tag)) return '\n\n' + inner() + '\n\n';
  return inner();
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^[ ]+/, '').replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function commentText(body: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="c">${autop(body)}</div></body></html>`);
  // Spaces outside <pre> collapse across adjacent text nodes too (as a browser shows them, e.g. around a dropped tag).
  const text = tidy(render(document.getElementById('c'), false)).replace(/ {2,}/g, ' ');
  return text.split(KEEP_SPACE).join(' ').split(KEEP_TAB).join('\t').replace(/\u00a0/g, ' ').replace(/[ \t]+$/gm, '').trim();
}

/**
 * The comments of the posts with 5 or more real comments (in path order) whose position passes `keep`: of each, the
 * first 20 real comments. The sets of this blog differ only in that rule.
 */
export function readPosts(files: RepositoryFiles, keep: (position: number) => boolean): SourceComment[] {
  const posts = files
    .list('content/posts/')
    .filter((p) => p.endsWith('.md'))
    .map((path) => ({ path, comments: commentsOf(files.read(path)).filter(isReal) }))
    .filter((p) => p.comments.length >= 5);
  const out: SourceComment[] = [];
  posts.forEach((post, j) => {
    if (!keep(j)) return;
    const page = post.path.replace(/^content\/posts\//, '').replace(/\.md$/, '');
    let i = 0;
    for (const c of post.comments.slice(0, 20)) {
      const text = commentText(str(c.content));
      if (!text) continue;
      out.push({ page, i: i++, text, author: str(c.author).trim(), staff: STAFF_EMAILS.has(str(c.author_email).trim().toLowerCase()) });
    }
  });
  return out;
}

export default {
  id: 'novoj-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles) {
    return readPosts(files, (j) => j % 2 === 0);
  },
} satisfies CommentSource;
