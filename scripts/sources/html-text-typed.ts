// Comment bodies that are text typed into a comment box with a little HTML in it (Hatena Diary, WordPress before
// wpautop): the typed line breaks are newlines in the text and must stay line breaks, so the text is not collapsed the
// way a browser would; only tags become text (<img> -> alt, <br> -> newline, a block -> a line break after it) and
// blanks within a line are squeezed.
import { parseHTML } from 'linkedom';
import { squeezeLine, tidyLines } from './text-lines';

export interface TypedHtmlOptions {
  /** CSS selector of the elements that end a line ('p, div, li' for Hatena; WordPress adds the headings). */
  blocks?: string;
  /** <blockquote> -> its trimmed lines, each "> " + the line trimmed, set apart by line breaks. Off: its text as is. */
  quotes?: boolean;
}

export function typedHtmlToText(html: string, { blocks = 'p, div, li', quotes = false }: TypedHtmlOptions = {}): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="c">${html.replace(/\r\n?/g, '\n')}</div></body></html>`);
  const root = document.getElementById('c')!;
  for (const img of [...root.querySelectorAll('img')]) img.replaceWith(document.createTextNode(img.getAttribute('alt') ?? ''));
  for (const br of [...root.querySelectorAll('br')]) br.replaceWith(document.createTextNode('\n'));
  // Innermost quotes first (reversed document order), so an outer one reads its inner ones already as text.
  if (quotes)
    for (const q of [...root.querySelectorAll('blockquote')].reverse()) {
      const inner = (q.textContent ?? '').trim().split('\n').map((l: string) => `> ${l.trim()}`).join('\n');
      q.replaceWith(document.createTextNode(`\n${inner}\n`));
    }
  for (const b of [...root.querySelectorAll(blocks)]) b.append(document.createTextNode('\n'));
  return tidyLines(root.textContent ?? '', squeezeLine);
}

/**
 * A WordPress comment's HTML as stored (typed line breaks kept as newlines): headings end a line too, and quotes are
 * marked "> ". Shared by the readers of WXR exports that keep comments as typed.
 */
export const wordpressTypedText = (html: string) =>
  typedHtmlToText(html, { blocks: 'p, div, li, h1, h2, h3, h4, h5, h6', quotes: true });
