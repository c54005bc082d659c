// WordPress comment HTML (after wpautop) as the plain text a reader sees, read with linkedom: tags dropped, entities
// decoded once, <br> and blocks -> line breaks, <img> -> its alt text, <blockquote> lines prefixed "> ", runs of
// blanks squeezed. Shared by the readers of WordPress exports (WXR files, and Jekyll front matter converted from them).
import { parseHTML } from 'linkedom';
import { htmlFragment } from './html-fragment';
import { quoteLines, tidyLines } from './text-lines';

const BLOCK = new Set(['P', 'DIV', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR']);

export interface HtmlTextOptions {
  /**
   * Elements whose text keeps its own spaces and line breaks, e.g. ['PRE'] (code as typed). Empty by default: the
   * first readers collapsed whitespace everywhere, and their labelled texts are what that gave.
   */
  keepWhitespaceIn?: readonly string[];
  /** Further elements that stand apart as blocks, e.g. ['TEXTAREA'] (code pasted in a box on the page). */
  moreBlocks?: readonly string[];
}

/** No-break spaces as spaces, runs of spaces squeezed, lines trimmed, at most one blank line. */
const tidy = (text: string) => tidyLines(text, (l) => l.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ').trim());

export function htmlToText(html: string, { keepWhitespaceIn = [], moreBlocks = [] }: HtmlTextOptions = {}): string {
  const keep = new Set(keepWhitespaceIn);
  const blocks = new Set([...BLOCK, ...moreBlocks]);
  const walk = (node: any, verbatim: boolean): string => {
    if (node.nodeType === 3) return verbatim ? String(node.textContent) : String(node.textContent).replace(/[ \t\n\r\f]+/g, ' ');
    if (node.nodeType !== 1) return '';
    const tag = String(node.tagName).toUpperCase();
    if (tag === 'BR') return '\n';
    if (tag === 'IMG') return node.getAttribute('alt') ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE') return '';
    let inner = '';
    for (const child of node.childNodes) inner += walk(child, verbatim || keep.has(tag));
    if (tag === 'BLOCKQUOTE') return `\n\n${quoteLines(tidy(inner))}\n\n`;
    return blocks.has(tag) ? `\n\n${inner}\n\n` : inner;
  };
  return tidy(walk(htmlFragment(html), false));
}

/**
 * An author's name as the page showed it: exports keep it as WordPress stored it, entities and all (e.g. "&nbsp;"),
 * so it is decoded once, no-break spaces as spaces, trimmed.
 */
export function displayName(raw: unknown): string {
  if (raw == null) return '';
  // Parsed as the text of a <p> (a name is inline text), the way the readers first read names.
  const { document } = parseHTML(`<!doctype html><html><body><p id="n">${String(raw)}</p></body></html>`);
  return String(document.getElementById('n')!.textContent).replace(/\u00a0/g, ' ').trim();
}
