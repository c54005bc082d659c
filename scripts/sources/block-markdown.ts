// A small kramdown-like Markdown -> HTML step that reads a body block by block (blocks set apart by blank lines):
// HTML blocks kept, indented code, quotes, lists (an <ol> keeps its first number), paragraphs; links and images give
// their text. Enough for the comments of the Jekyll blogs that store them as Markdown (alper, girtby,
// spinningnumbers); where one blog's comments need a different reading, that is an option.
import { emphasisToHtml, escapeHtml, Stash } from './markdown-text';

export interface BlockMarkdownOptions {
  /** How far a list marker may be indented: 6 (default, the first readers) or 3 (CommonMark). */
  listIndent?: number;
  /** The inline link rule (groups: 1 = link text). Default: a target without parentheses. */
  link?: RegExp;
  /** [text][ref] links give their text (default true). */
  referenceLinks?: boolean;
  /** Any other "<" is text, not a tag (for comments that hold no HTML). */
  tagsAsText?: boolean;
  /** Indented code goes on across blank lines while the next block is indented too (default true). */
  codeAcrossBlanks?: boolean;
}

const BLOCK_HTML = /^\s*<\/?(p|div|blockquote|pre|ul|ol|li|table|h[1-6]|hr|dl)\b/i;
const LINK = /\[([^\]]+)\]\(\s*<?[^)\s>]*>?(?:\s+["'][^"']*["'])?\s*\)/g;

function inlineMarkdown(text: string, o: BlockMarkdownOptions): string {
  const codes = new Stash();
  let s = text.replace(/`+([^`]+?)`+/g, (_m, code: string) => codes.put(`<code>${escapeHtml(code)}</code>`));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(o.link ?? LINK, '$1');
  if (o.referenceLinks ?? true) s = s.replace(/\[([^\]]+)\]\s?\[[^\]]*\]/g, '$1');
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1');
  if (o.tagsAsText) s = s.replace(/</g, '&lt;');
  s = emphasisToHtml(s);
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
  s = s.replace(/ {2,}\n/g, '<br>\n');
  return codes.restore(s);
}

/** Markdown lines (line breaks already "\n") as HTML. */
export function blockMarkdown(lines: string[], options: BlockMarkdownOptions = {}): string {
  const LIST_ITEM = new RegExp(String.raw`^\s{0,${options.listIndent ?? 6}}([-*+]|\d+\.)\s+`);
  const codeAcrossBlanks = options.codeAcrossBlanks ?? true;
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
      while (codeAcrossBlanks && k < lines.length) {
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
      out.push(`<blockquote>${blockMarkdown(inner, options)}</blockquote>`);
    } else if (LIST_ITEM.test(first)) {
      const items: string[] = [];
      for (const l of block) {
        if (LIST_ITEM.test(l)) items.push(l.replace(LIST_ITEM, ''));
        else items[items.length - 1] += '\n' + l.trim();
      }
      const num = first.match(/^\s*(\d+)\./);
      const open = num ? `<ol start="${Number(num[1])}">` : '<ul>';
      out.push(`${open}${items.map((it) => `<li>${inlineMarkdown(it, options)}</li>`).join('')}${num ? '</ol>' : '</ul>'}`);
    } else {
      // A paragraph; a line opening a list item or a quote starts a new line of its own.
      const parts = block.map((l, j) => (j > 0 && (LIST_ITEM.test(l) || /^\s{0,3}>/.test(l)) ? '<br>' + l : l));
      out.push(`<p>${inlineMarkdown(parts.join('\n'), options)}</p>`);
    }
  }
  return out.join('\n');
}

/**
 * A body of a blog whose comments of the WordPress era are already HTML (kramdown leaves an HTML block alone) and the
 * later ones Markdown; reference link definitions are not shown.
 */
export function markdownOrHtmlToHtml(body: string): string {
  if (/^\s*<p[\s>]/i.test(body)) return body;
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => !/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(l)); // reference link definitions
  return blockMarkdown(lines);
}
