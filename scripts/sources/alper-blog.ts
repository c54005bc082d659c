// alper.nl: Alper Çuğun's personal blog (Delft/Amsterdam/Berlin, 2007-2025; Dutch and English: web, open data,
// public transport, games, cities). The Hugo site keeps every WordPress-era comment in one file, data/comments.yaml
// (list of {id, author_name, author_email, author_url, published, parent_id, content, post_url, post_id}), and renders
// a post's comments threaded (top level in file order, each followed by its replies, pre-order) with
// `{{ .content | markdownify }}` (goldmark, raw HTML allowed), so a body is plain text/Markdown with some inline HTML.
//
// Page rule (fixed, deterministic): group the comments of data/comments.yaml by post_url; drop pingbacks/trackbacks
// (a body that opens with "[...]") and empty bodies; sort the post_urls that keep at least 1 real comment as strings
// (they begin /dingen/YYYY/MM/, so this is by date) and keep those whose 0-based index j has j % 5 === 0 or 2
// (2 of every 5 posts, spread over all years); from each kept post take its first 20 real comments in reading order.
// page = post_url without "/dingen/" and slashes turned into "-" (YYYY-MM-slug); staff = the blog's owner
// (author "alper", e-mail alper@alper.nl).
// Note: goldmark's typographer (smart quotes, dashes, ellipses) is not imitated; mojibake in the data is kept as shown.
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

interface RawComment {
  id: string;
  author_name?: string;
  author_email?: string;
  parent_id?: string;
  content?: unknown;
  post_url: string;
}

const isPingback = (body: string) => /^\s*(<p>)?\s*(\[\.\.\.\]|\[…\]|\[&#8230;\])/.test(body);
const isStaff = (c: RawComment) => String(c.author_email ?? '').trim().toLowerCase() === 'alper@alper.nl';

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

export default {
  id: 'alper-blog',
  repo: 'alper/alpernl',
  commit: 'f1746b100ea46e594b9d2dc1e24c85b116418cb3',
  read(files) {
    const all = (parseYaml(files.read('data/comments.yaml')) as RawComment[]).map((c) => ({
      ...c,
      id: String(c.id),
      parent_id: String(c.parent_id ?? '0'),
      body: String(c.content ?? ''),
    }));
    const isReal = (c: { body: string }) => c.body.trim() !== '' && !isPingback(c.body);
    const byPost = new Map<string, typeof all>();
    for (const c of all) {
      if (!byPost.has(c.post_url)) byPost.set(c.post_url, []);
      byPost.get(c.post_url)!.push(c);
    }
    const urls = [...byPost.keys()].filter((u) => byPost.get(u)!.some(isReal)).sort();
    const out: SourceComment[] = [];
    urls.forEach((url, j) => {
      if (j % 5 !== 0 && j % 5 !== 2) return;
      const post = byPost.get(url)!;
      const ids = new Set(post.map((c) => c.id));
      // Reading order as the template shows it: top-level comments in file order, each followed by its replies.
      const ordered: typeof all = [];
      const visit = (parent: string) => {
        for (const c of post) {
          const top = c.parent_id === '0' || !ids.has(c.parent_id);
          if (parent === '0' ? top : c.parent_id === parent) {
            ordered.push(c);
            visit(c.id);
          }
        }
      };
      visit('0');
      const page = url.replace(/^\/dingen\//, '').replace(/\/+$/, '').replace(/\//g, '-');
      let i = 0;
      for (const c of ordered) {
        if (i >= 20) break;
        if (!isReal(c)) continue;
        const text = commentText(c.body);
        if (!text) continue;
        out.push({ page, i: i++, text, author: String(c.author_name ?? '').trim(), staff: isStaff(c) });
      }
    });
    return out;
  },
} satisfies CommentSource;
