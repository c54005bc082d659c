// girtby.net: Alastair Rankine's blog (Sydney, 2004-2009: Mac/Windows annoyances, C++, shell, blog engines, ISPs),
// kept as a Jekyll site whose posts carry their comments in the YAML front matter (`comments:` list of
// {id, author, author_email, author_url, date, content}). The site renders each comment with
// `{{ comment.content | markdownify }}`, so a comment body is either HTML (WordPress era) or Markdown (Mephisto era).
//
// Page rule (fixed, deterministic): take every file under `_posts/`, sorted by path; drop posts that have no real
// comment (real = non-empty and not a pingback/trackback excerpt, i.e. a body that opens with "[...]");
// of the remaining posts keep every 3rd one, starting with the 2nd (0-based index % 3 === 1);
// from each kept post take its first 20 real comments in front-matter order.
// page = the post file name without the `.markdown` extension (date + slug); staff = the comment author is the
// blog's owner, Alastair.
import { frontMatterComments } from './front-matter';
import { listHtmlToText } from './html-text-lists';
import { emphasisToHtml, escapeHtml, Stash } from './markdown-text';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

interface RawComment {
  id?: number;
  author?: string;
  author_email?: string;
  content?: unknown;
}

const isStaff = (author: string) => /^alastair$/i.test(author.trim());

// ---- A small Markdown -> HTML step, enough for the comments of this blog (kramdown-like reading) ----

const BLOCK_HTML = /^\s*<\/?(p|div|blockquote|pre|ul|ol|li|table|h[1-6]|hr|dl)\b/i;
const LIST_ITEM = /^\s{0,6}([-*+]|\d+\.)\s+/;

function inlineMarkdown(text: string): string {
  const codes = new Stash();
  let s = text.replace(/`+([^`]+?)`+/g, (_m, code: string) => codes.put(`<code>${escapeHtml(code)}</code>`));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(/\[([^\]]+)\]\(\s*<?[^)\s>]*>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1');
  s = s.replace(/\[([^\]]+)\]\s?\[[^\]]*\]/g, '$1');
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1');
  s = emphasisToHtml(s);
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
  s = s.replace(/ {2,}\n/g, '<br>\n');
  return codes.restore(s);
}

function markdownBlocks(lines: string[]): string {
  const out: string[] = [];
  let k = 0;
  const blank = (l: string) => /^\s*$/.test(l);
  while (k < lines.length) {
    if (blank(lines[k])) {
      k++;
      continue;
    }
    const start = k;
    while (k < lines.length && !blank(lines[k])) k++;
    const block = lines.slice(start, k);
    const first = block[0];
    if (BLOCK_HTML.test(first)) {
      out.push(block.join('\n'));
    } else if (block.every((l) => /^( {4}|\t)/.test(l))) {
      // Indented code: continue across blank lines while the next block is indented too.
      const code = [...block];
      while (k < lines.length) {
        let j = k;
        while (j < lines.length && blank(lines[j])) j++;
        if (j < lines.length && /^( {4}|\t)/.test(lines[j])) {
          code.push(...lines.slice(k, j).map(() => ''));
          k = j;
          while (k < lines.length && !blank(lines[k]) && /^( {4}|\t)/.test(lines[k])) code.push(lines[k++]);
        } else break;
      }
      out.push(`<pre><code>${escapeHtml(code.map((l) => l.replace(/^( {4}|\t)/, '')).join('\n'))}</code></pre>`);
    } else if (/^\s{0,3}>/.test(first)) {
      const inner = block.map((l) => l.replace(/^\s{0,3}> ?/, ''));
      out.push(`<blockquote>${markdownBlocks(inner)}</blockquote>`);
    } else if (LIST_ITEM.test(first)) {
      const items: string[] = [];
      for (const l of block) {
        if (LIST_ITEM.test(l)) items.push(l.replace(LIST_ITEM, ''));
        else items[items.length - 1] += '\n' + l.trim();
      }
      const num = first.match(/^\s*(\d+)\./);
      const open = num ? `<ol start="${Number(num[1])}">` : '<ul>';
      out.push(`${open}${items.map((it) => `<li>${inlineMarkdown(it)}</li>`).join('')}${num ? '</ol>' : '</ul>'}`);
    } else {
      // A paragraph; a line opening a list item or a quote starts a new line of its own.
      const parts = block.map((l, j) => (j > 0 && (LIST_ITEM.test(l) || /^\s{0,3}>/.test(l)) ? '<br>' + l : l));
      out.push(`<p>${inlineMarkdown(parts.join('\n'))}</p>`);
    }
  }
  return out.join('\n');
}

function markdownToHtml(body: string): string {
  // Comments of the WordPress era are already HTML: kramdown leaves an HTML block alone.
  if (/^\s*<p[\s>]/i.test(body)) return body;
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => !/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(l)); // reference link definitions
  return markdownBlocks(lines);
}

/** A body as the site shows it: Markdown (or the WordPress era's HTML) -> HTML -> plain text; lists numbered from
 * their start, as kramdown writes it. */
export const commentText = (body: string) => listHtmlToText(markdownToHtml(body), { olStart: true });

function postComments(files: RepositoryFiles, path: string): RawComment[] {
  return frontMatterComments<RawComment>(files.read(path), { closedByLine: true }).filter((c) => {
    const body = String(c.content ?? '');
    return body.trim() !== '' && !isPingbackExcerpt(body, { inParagraph: true });
  });
}

export default {
  id: 'girtby-blog',
  repo: 'randomphrase/girtby.net',
  commit: '05155d558b599f86593791b29be1b1e48b7c7b4d',
  read(files) {
    const posts = files
      .list('_posts/')
      .filter((p) => p.endsWith('.markdown') || p.endsWith('.md'))
      .map((path) => ({ path, comments: postComments(files, path) }))
      .filter((p) => p.comments.length > 0);
    const out: SourceComment[] = [];
    posts.forEach((post, j) => {
      if (j % 3 !== 1) return;
      const page = post.path.replace(/^_posts\//, '').replace(/\.(markdown|md)$/, '');
      let i = 0;
      for (const c of post.comments.slice(0, 20)) {
        const text = commentText(String(c.content));
        if (!text) continue;
        const author = String(c.author ?? '').trim();
        out.push({ page, i: i++, text, author, staff: isStaff(author) });
      }
    });
    return out;
  },
} satisfies CommentSource;
