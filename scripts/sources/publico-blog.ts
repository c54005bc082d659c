// Publico (publicomag.com): Alexander Wendt's German online magazine on politics, society, media and language
// (2017-2023), with a lively, often harsh reader debate. Its public pages were saved as Markdown files of a Simplified
// Saaze theme example (content/mag/<year>/<mm>-<slug>.md): each file holds the article, then the WordPress comment
// list as it was rendered (`<ul class="commentlist">`, threaded `<li class="comment ...">` with `<ul class="children">`,
// the author in `<h6 class="author">`, the date in `<span class="date">`, the body as unwrapped WordPress text whose
// blank lines are paragraph breaks, then a "Auf diesen Kommentar reagieren" reply link).
//
// Page rule (fixed, deterministic): take every file under `content/mag/`, sorted by path; drop posts with fewer than
// 5 comments; of the remaining posts keep every 35th one, starting with the 18th (0-based index % 35 === 17);
// from each kept post take its first 20 comments in document order (pre-order: a comment, then its replies).
// page = the file path below content/mag/ without `.md` (year/month-slug).
// staff = the comment is signed by the editors: "Alexander Wendt", "A. Wendt", "Publico", "Publico Redaktion",
// "Publico-Redaktion", "Die Redaktion" (the editors post from one WordPress account, `comment-author-julia`, which they
// also use to enter readers' letters under the readers' names, so the account alone does not mark staff), or the
// comment's author is the post's author.
import { parseHTML } from 'linkedom';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { quoteLines, tidyLines } from './text-lines';

export const STAFF_NAMES = new Set(['alexander wendt', 'a. wendt', 'publico', 'publico redaktion', 'publico-redaktion', 'die redaktion']);
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const BLOCK_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'DD', 'DT', 'HR', 'FIGURE']);

function render(node: any): string {
  if (node.nodeType === 3) {
    // Unwrapped WordPress text: a blank line is a paragraph break, any other whitespace a space.
    return (node.textContent ?? '')
      .split(/\n[ \t]*\n\s*/)
      .map((part: string) => part.replace(/\s+/g, ' '))
      .join('\n\n');
  }
  if (node.nodeType !== 1) return '';
  const tag: string = node.tagName.toUpperCase();
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return '';
  if (tag === 'BR') return '\n';
  if (tag === 'IMG') return node.getAttribute('alt') ?? '';
  const inner = () => Array.from(node.childNodes as any[]).map(render).join('');
  if (tag === 'BLOCKQUOTE') return '\n\n' + quoteLines(tidy(inner())) + '\n\n';
  if (tag === 'LI') return '\n- ' + tidy(inner()) + '\n';
  if (BLOCK_TAGS.has(tag)) return '\n\n' + inner() + '\n\n';
  return inner();
}

const tidy = (text: string) => tidyLines(text, (l) => l.replace(/\u00a0/g, ' ').replace(/^[ \t]+/, '').replace(/[ \t]+$/, ''));

interface RawComment {
  author: string;
  text: string;
}

/** Every comment of a post file, in document order (pre-order). */
export function postComments(source: string): { postAuthor: string; comments: RawComment[] } {
  const fm = source.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  const postAuthor = fm?.[1].match(/^author:\s*"?([^"\n]*)"?\s*$/m)?.[1] ?? '';
  const at = source.indexOf('<ul class="commentlist">');
  if (at < 0) return { postAuthor, comments: [] };
  const { document } = parseHTML(`<!doctype html><html><body>${source.slice(at)}</body></html>`);
  const comments: RawComment[] = [];
  for (const li of Array.from(document.querySelectorAll('li.comment')) as any[]) {
    const h6 = Array.from(li.children as any[]).find((c) => c.tagName === 'H6');
    const author = (h6?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The body: the li's own nodes after the date, before the reply link and the replies.
    const parts: string[] = [];
    let started = false;
    for (const child of Array.from(li.childNodes as any[])) {
      if (!started) {
        if (child.nodeType === 1 && child.tagName === 'SPAN' && /\bdate\b/.test(child.getAttribute('class') ?? '')) started = true;
        continue;
      }
      if (child.nodeType === 1 && child.tagName === 'A' && /comment-reply-link/.test(child.getAttribute('class') ?? '')) break;
      if (child.nodeType === 1 && child.tagName === 'UL' && /\bchildren\b/.test(child.getAttribute('class') ?? '')) break;
      parts.push(render(child));
    }
    comments.push({ author, text: tidy(parts.join('')) });
  }
  return { postAuthor, comments };
}

/**
 * The posts with 5 or more comments, sorted by path, whose 0-based index j among them passes `keep`; of each its first
 * 20 comments in document order, empty ones skipped.
 */
export function readPosts(files: RepositoryFiles, keep: (j: number) => boolean): SourceComment[] {
  const posts = files
    .list('content/mag/')
    .filter((p) => p.endsWith('.md'))
    .map((path) => ({ path, ...postComments(files.read(path)) }))
    .filter((p) => p.comments.length >= 5);
  const out: SourceComment[] = [];
  posts.forEach((post, j) => {
    if (!keep(j)) return;
    const page = post.path.replace(/^content\/mag\//, '').replace(/\.md$/, '');
    let i = 0;
    for (const c of post.comments.slice(0, 20)) {
      if (!c.text) continue;
      const staff = STAFF_NAMES.has(norm(c.author)) || (post.postAuthor !== '' && norm(c.author) === norm(post.postAuthor));
      out.push({ page, i: i++, text: c.text, author: c.author, staff });
    }
  });
  return out;
}

export default {
  id: 'publico-blog',
  repo: 'eklausme/saaze-wendt',
  commit: '76aa994fa961b64f40f4f478002f81834316e003',
  read(files: RepositoryFiles) {
    return readPosts(files, (j) => j % 35 === 17);
  },
} satisfies CommentSource;
