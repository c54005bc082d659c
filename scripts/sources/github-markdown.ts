// GitHub-flavoured Markdown of an issue or comment body as a reader sees it rendered, for the issue-tracker readers:
// HTML comments (issue-template hints) dropped, fenced and indented code kept verbatim, emphasis, link and image syntax
// reduced to their text, tables to their cells, list marks dropped, line breaks kept.
import { htmlToText } from './html-text';
import { escapeHtml, Stash } from './markdown-text';

function inline(text: string): string {
  const codes = new Stash();
  let s = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _r, code: string) => codes.put(escapeHtml(code.trim())));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(/\[([^\]]+)\]\(\s*<?[^\s>]*?>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1');
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1');
  s = s
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
    .replace(/__(?=\S)([\s\S]*?\S)__(?!\w)/g, '$1')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, '$1$2');
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');
  // A "<" that does not open a tag is text.
  s = s.replace(/<(?![a-zA-Z/!])/g, '&lt;');
  return codes.restore(s);
}

/** GitHub Markdown of one comment as HTML for htmlToText. */
function gfmToHtml(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?(-->|$)/g, '').split('\n');
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
      out.push(`<blockquote>${gfmToHtml(quoted.join('\n'))}</blockquote>`);
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
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator row
    if (/^\s{0,3}(=+|-+)\s*$/.test(line)) continue; // setext underline
    let l = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
    l = l.replace(/^\s*[-*+]\s+(?=\[[ xX]\])/, '').replace(/^\s*[-*+]\s+/, '');
    out.push(`${inline(l)}<br>`);
  }
  return out.join('\n');
}

export const githubMarkdownToText = (md: string) => htmlToText(gfmToHtml(md), { keepWhitespaceIn: ['PRE'] });
