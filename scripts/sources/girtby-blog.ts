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
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

interface RawComment {
  id?: number;
  author?: string;
  author_email?: string;
  content?: unknown;
}

const isPingback = (body: string) => /^\s*(<p>)?\s*(\[\.\.\.\]|\[…\]|\[&#8230;\])/.test(body);
const isStaff = (author: string) => /^alastair$/i.test(author.trim());

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---- A small Markdown -> HTML step, enough for the comments of this blog (kramdown-like reading) ----

const BLOCK_HTML = /^\s*<\/?(p|div|blockquote|pre|ul|ol|li|table|h[1-6]|hr|dl)\b/i;
const LIST_ITEM = /^\s{0,6}([-*+]|\d+\.)\s+/;

function inlineMarkdown(text: string): string {
  const codes: string[] = [];
  let s = text.replace(/`+([^`]+?)`+/g, (_m, code: string) => {
    codes.push(`<code>${escapeHtml(code)}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(/\[([^\]]+)\]\(\s*<?[^)\s>]*>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1');
  s = s.replace(/\[([^\]]+)\]\s?\[[^\]]*\]/g, '$1');
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1');
  s = s.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>');
  s = s.replace(/__(?=\S)([\s\S]*?\S)__(?!\w)/g, '<strong>$1</strong>');
  s = s.replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1<em>$2</em>');
  s = s.replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_])_(?!\w)/g, '$1<em>$2</em>');
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
  s = s.replace(/ {2,}\n/g, '<br>\n');
  return s.replace(/\u0000(\d+)\u0000/g, (_m, k: string) => codes[Number(k)]);
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

// ---- HTML -> plain text as a reader sees it ----

const BLOCK_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'DD', 'DT', 'HR']);
const KEEP_SPACE = '\u0003';
const KEEP_TAB = '\u0004';

function render(node: any, inPre: boolean): string {
  if (node.nodeType === 3) {
    const t: string = node.textContent ?? '';
    return inPre ? t.replace(/^[ ]+/gm, (m) => KEEP_SPACE.repeat(m.length)).replace(/\t/g, KEEP_TAB) : t.replace(/\s+/g, ' ');
  }
  if (node.nodeType !== 1) return '';
  const tag: string = node.tagName.toUpperCase();
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
  if (tag === 'LI') {
    const parent = node.parentNode;
    let mark = '- ';
    if (parent && parent.tagName && parent.tagName.toUpperCase() === 'OL') {
      const items = Array.from(parent.children as any[]).filter((c) => c.tagName.toUpperCase() === 'LI');
      const start = Number(parent.getAttribute('start') ?? '1') || 1;
      mark = `${items.indexOf(node) + start}. `;
    }
    return '\n' + mark + tidy(inner()) + '\n';
  }
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
  const html = markdownToHtml(body);
  const { document } = parseHTML(`<!doctype html><html><body><div id="c">${html}</div></body></html>`);
  const root = document.getElementById('c');
  const text = tidy(render(root, false));
  return text.split(KEEP_SPACE).join(' ').split(KEEP_TAB).join('\t').replace(/\u00a0/g, ' ').trim();
}

function postComments(files: RepositoryFiles, path: string): RawComment[] {
  const m = files.read(path).match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  if (!m) return [];
  const fm = parseYaml(m[1]) as { comments?: RawComment[] } | null;
  return (fm?.comments ?? []).filter((c) => {
    const body = String(c.content ?? '');
    return body.trim() !== '' && !isPingback(body);
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
