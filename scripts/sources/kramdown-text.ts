// A small kramdown-like Markdown -> HTML step, for the Jekyll blogs whose comment bodies are shown with
// `markdownify` (kramdown, hard_wrap off): paragraphs, fenced and indented code, quotes, lists (numbered from their
// start), headings, rules; links and images give their text; typographic substitutions are not applied. Two blogs
// (binfalse, rom1v) render the same way, so they share it; the text step is listHtmlToText with kramdown's layout of
// list items.
import { listHtmlToText } from './html-text-lists';
import { emphasisToHtml, escapeHtml, Stash } from './markdown-text';

const LIST_ITEM = /^\s{0,3}([-*+]|\d+\.)\s+/;
const FENCE = /^\s{0,3}(~~~+|```+)/;
const HR = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

function inlineMarkdown(text: string, refs: Set<string>): string {
  const keep = new Stash();
  let s = text.replace(/(`+)([\s\S]+?)\1/g, (_m, _t, code: string) => keep.put(`<code>${escapeHtml(code.trim())}</code>`));
  // Backslash escapes are literal characters.
  s = s.replace(/\\([\\.*_+\-=`()[\]{}#!:|"'$%&<>~^])/g, (_m, ch: string) => keep.put(escapeHtml(ch)));
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, (_m, url: string) => keep.put(escapeHtml(url)));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  // Links: [text](url "title"), [text][ref], [text][]; the link text stays.
  for (let k = 0; k < 3; k++) {
    s = s.replace(/\[((?:[^\][]|\[[^\]]*\])*)\]\(\s*<?[^)\s>]*>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1');
    s = s.replace(/\[((?:[^\][]|\[[^\]]*\])*)\]\s?\[[^\]]*\]/g, '$1');
  }
  // Shortcut reference links: [text] with a definition [text]: url.
  s = s.replace(/\[([^\][]+)\](?!\s?[[(:])/g, (m, t: string) => (refs.has(t.replace(/\s+/g, ' ').toLowerCase()) ? t : m));
  s = emphasisToHtml(s);
  s = s.replace(/ {2,}\n/g, '<br>\n').replace(/\\\n/g, '<br>\n');
  return keep.restore(s);
}

function markdownBlocks(lines: string[], refs: Set<string>): string {
  const out: string[] = [];
  const blank = (l: string) => /^\s*$/.test(l);
  const indented = (l: string) => /^( {4}|\t)/.test(l);
  let k = 0;
  while (k < lines.length) {
    const line = lines[k];
    if (blank(line)) {
      k++;
      continue;
    }
    const fence = line.match(FENCE);
    if (fence) {
      const close = new RegExp(`^\\s{0,3}${fence[1][0] === '~' ? '~' : '`'}{${fence[1].length},}\\s*$`);
      const code: string[] = [];
      k++;
      while (k < lines.length && !close.test(lines[k])) code.push(lines[k++]);
      k++;
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (indented(line)) {
      const code: string[] = [];
      while (k < lines.length) {
        if (indented(lines[k])) code.push(lines[k++]);
        else if (blank(lines[k])) {
          let j = k;
          while (j < lines.length && blank(lines[j])) j++;
          if (j < lines.length && indented(lines[j])) {
            while (k < j) {
              code.push('');
              k++;
            }
          } else break;
        } else break;
      }
      out.push(`<pre><code>${escapeHtml(code.map((l) => l.replace(/^( {4}|\t)/, '')).join('\n'))}</code></pre>`);
      continue;
    }
    if (HR.test(line)) {
      out.push('<hr>');
      k++;
      continue;
    }
    const heading = line.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    if (heading) {
      out.push(`<h3>${inlineMarkdown(heading[1], refs)}</h3>`);
      k++;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      // A quote runs until a blank line (lazy continuation lines belong to it).
      const inner: string[] = [];
      while (k < lines.length && !blank(lines[k])) inner.push(lines[k++].replace(/^\s{0,3}> ?/, ''));
      out.push(`<blockquote>${markdownBlocks(inner, refs)}</blockquote>`);
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const num = line.match(/^\s*(\d+)\./);
      const items: string[] = [];
      while (k < lines.length) {
        const l = lines[k];
        if (LIST_ITEM.test(l)) items.push(l.replace(LIST_ITEM, ''));
        else if (!blank(l)) items[items.length - 1] += '\n' + l.trim();
        else {
          let j = k;
          while (j < lines.length && blank(lines[j])) j++;
          if (j < lines.length && LIST_ITEM.test(lines[j])) {
            k = j;
            continue;
          }
          if (j < lines.length && /^\s{2,}\S/.test(lines[j]) && !indented(lines[j])) {
            items[items.length - 1] += '\n\n';
            k = j;
            continue;
          }
          break;
        }
        k++;
      }
      const open = num ? `<ol start="${Number(num[1])}">` : '<ul>';
      const body = items.map((it) => `<li>${it.split(/\n\s*\n/).map((p) => inlineMarkdown(p.trim(), refs)).join('<br><br>')}</li>`).join('');
      out.push(`${open}${body}${num ? '</ol>' : '</ul>'}`);
      continue;
    }
    // A paragraph: up to a blank line, a fence, a quote or a list item.
    const para: string[] = [];
    while (k < lines.length && !blank(lines[k])) {
      const l = lines[k];
      if (para.length && (FENCE.test(l) || /^\s{0,3}>/.test(l) || LIST_ITEM.test(l) || /^\s{0,3}#{1,6}\s/.test(l))) break;
      para.push(l);
      k++;
    }
    out.push(`<p>${inlineMarkdown(para.join('\n'), refs)}</p>`);
  }
  return out.join('\n');
}


/** Markdown -> HTML; reference link definitions are dropped and make their [id] links. */
export function kramdownToHtml(body: string): string {
  const refs = new Set<string>();
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => {
      // Reference link definitions are not shown; their ids make [id] a link.
      const def = l.match(/^\s{0,3}\[([^\]]+)\]:\s*\S+/);
      if (def) refs.add(def[1].replace(/\s+/g, ' ').toLowerCase());
      return !def;
    });
  return markdownBlocks(lines, refs);
}

/** A body as the site shows it: Markdown -> HTML -> plain text, list items indented as kramdown lays them out and
 * numbered from their start; blank-only code lines left without their spaces. */
export function kramdownText(body: string): string {
  return listHtmlToText(kramdownToHtml(body), { items: 'indented', olStart: true }).replace(/[ \t]+$/gm, '').trim();
}
