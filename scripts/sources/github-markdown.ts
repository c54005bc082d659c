// Markdown of an issue or comment body as a reader sees it rendered, for the issue-tracker readers. Two dialects:
// - github: GitHub-flavoured Markdown. HTML comments (issue-template hints) dropped, fenced and indented code kept
//   verbatim, emphasis, strikethrough, link, autolink and image syntax reduced to their text, tables to their cells,
//   list marks dropped, line breaks kept.
// - sourceforge: the Markdown SourceForge (Allura) made when it imported old trackers: every Markdown character escaped
//   with "\" (backticks too), so backslash escapes are read first and stand for the character itself; no HTML
//   comments, strikethrough, autolinks, tables or setext headings; a link's target ends at the first ")".
// The block structure (code, quotes, headings, lists, rules, line breaks) and the other inline rules are the same.
import { htmlToText } from './html-text';
import { escapeHtml, Stash } from './markdown-text';

type Dialect = 'github' | 'sourceforge';

function inline(text: string, dialect: Dialect): string {
  const sf = dialect === 'sourceforge';
  const kept = new Stash();
  let s = text;
  // Backslash escapes stand for the character itself and take no part in the rules below.
  if (sf) s = s.replace(/\\([\\`*_{}[\]()#+\-.!>|~<])/g, (_m, c: string) => kept.put(escapeHtml(c)));
  s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _r, code: string) => kept.put(escapeHtml(code.trim())));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = sf
    ? s.replace(/\[([^\]]+)\]\(\s*<?[^\s>)]*>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1')
    : s
        .replace(/\[([^\]]+)\]\(\s*<?[^\s>]*?>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1')
        .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1'); // autolinks
  s = s.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1').replace(/__(?=\S)([\s\S]*?\S)__(?!\w)/g, '$1');
  if (!sf) s = s.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  s = s
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, '$1$2');
  if (!sf) s = s.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');
  // A "<" that does not open a tag is text.
  s = s.replace(/<(?![a-zA-Z/!])/g, '&lt;');
  return kept.restore(s);
}

/** The Markdown of one comment as HTML for htmlToText. */
function markdownToHtml(md: string, dialect: Dialect): string {
  const gfm = dialect === 'github';
  const lines = (gfm ? md.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?(-->|$)/g, '') : md).split('\n');
  const out: string[] = [];
  let k = 0;
  let prevBlank = true;
  while (k < lines.length) {
    const line = lines[k];
    const fence = line.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fence) {
      const code: string[] = [];
      k++;
      while (k < lines.length && !lines[k].trimStart().startsWith(fence[1])) code.push(lines[k++]);
      k++;
      out.push(`<pre>${escapeHtml(code.join('\n'))}</pre>`);
      prevBlank = false;
      continue;
    }
    if (prevBlank && /^( {4}|\t)/.test(line) && line.trim()) {
      const code: string[] = [];
      while (k < lines.length && (/^( {4}|\t)/.test(lines[k]) || !lines[k].trim())) code.push(lines[k++].replace(/^( {4}|\t)/, ''));
      out.push(`<pre>${escapeHtml(code.join('\n').replace(/\n+$/, ''))}</pre>`);
      prevBlank = true;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (k < lines.length && /^\s{0,3}>/.test(lines[k])) quoted.push(lines[k++].replace(/^\s{0,3}> ?/, ''));
      out.push(`<blockquote>${markdownToHtml(quoted.join('\n'), dialect)}</blockquote>`);
      prevBlank = false;
      continue;
    }
    k++;
    if (!line.trim()) {
      out.push('<br>');
      prevBlank = true;
      continue;
    }
    prevBlank = false;
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rule
    if (gfm && /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator row
    if (gfm && /^\s{0,3}(=+|-+)\s*$/.test(line)) continue; // setext underline
    // List marks dropped (a task list's "[ ]"/"[x]" stays).
    const l = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').replace(/^\s*[-*+]\s+/, '');
    out.push(`${inline(l, dialect)}<br>`);
  }
  return out.join('\n');
}

const markdownToText = (md: string, dialect: Dialect) =>
  htmlToText(markdownToHtml(md, dialect), { keepWhitespaceIn: ['PRE'] });
export const githubMarkdownToText = (md: string) => markdownToText(md, 'github');
export const sourceForgeMarkdownToText = (md: string) => markdownToText(md, 'sourceforge');
