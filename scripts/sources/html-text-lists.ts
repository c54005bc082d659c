// HTML as plain text for the readers that keep a comment's structure visible: list items marked "- " / "1. ", code
// (<pre>) kept line by line with its indentation, quotes prefixed "> ", paragraphs apart by a blank line; elsewhere
// whitespace collapses as in a browser. Used for HTML that a Markdown step produced and for WordPress HTML alike.
import { htmlFragment } from './html-fragment';
import { listMark } from './list-mark';
import { quoteLines, tidyLines } from './text-lines';

const BLOCK_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'DD', 'DT', 'HR']);
// Indentation inside <pre> is held as these characters while lines are tidied (which strips leading spaces), then
// turned back into spaces and tabs.
const KEEP_SPACE = '\u0003';
const KEEP_TAB = '\u0004';

export interface ListTextOptions {
  /**
   * 'line' (default): an item on a line of its own. 'indented': an item's further lines indented two spaces under its
   * marker, and a list keeps only its items (stray text between them dropped), as a Markdown renderer shows it.
   */
  items?: 'line' | 'indented';
  /** Number <ol> items from the list's `start` attribute (see listMark). */
  olStart?: boolean;
  /** false: every item is marked "- ", in numbered lists too (rarous's reader read them so). Default true. */
  numbered?: boolean;
  /** With items 'line': an item's further lines indented two spaces under its marker (Texy's nested lists). */
  hanging?: boolean;
}

/** Leading spaces of each line dropped, trailing blanks dropped, at most one blank line. */
const tidy = (text: string) => tidyLines(text, (l) => l.replace(/^[ ]+/, '').replace(/[ \t]+$/, ''));

function render(node: any, inPre: boolean, options: ListTextOptions): string {
  if (node.nodeType === 3) {
    const t: string = node.textContent ?? '';
    return inPre ? t.replace(/^[ ]+/gm, (m) => KEEP_SPACE.repeat(m.length)).replace(/\t/g, KEEP_TAB) : t.replace(/\s+/g, ' ');
  }
  if (node.nodeType !== 1) return '';
  const tag: string = String(node.tagName).toUpperCase();
  if (tag === 'SCRIPT' || tag === 'STYLE') return '';
  if (tag === 'BR') return '\n';
  if (tag === 'IMG') return node.getAttribute('alt') ?? '';
  const inner = () => Array.from(node.childNodes as any[]).map((c) => render(c, inPre || tag === 'PRE', options)).join('');
  if (tag === 'PRE') {
    const text = Array.from(node.childNodes as any[]).map((c) => render(c, true, options)).join('');
    return '\n\n' + text.replace(/^\n+|\s+$/g, '') + '\n\n';
  }
  if (tag === 'BLOCKQUOTE') return '\n\n' + quoteLines(tidy(inner())) + '\n\n';
  const indented = options.items === 'indented';
  if (tag === 'LI') {
    const mark = options.numbered === false ? '- ' : listMark(node, { fromStart: options.olStart });
    if (indented) return mark + tidy(inner()).replace(/\n/g, '\n  ') + '\n';
    return '\n' + mark + (options.hanging ? tidy(inner()).replace(/\n/g, '\n  ') : tidy(inner())) + '\n';
  }
  if (indented && (tag === 'UL' || tag === 'OL')) {
    const items = Array.from(node.childNodes as any[]).filter((c) => c.nodeType === 1).map((c) => render(c, inPre, options));
    return '\n\n' + items.join('') + '\n\n';
  }
  if (BLOCK_TAGS.has(tag)) return '\n\n' + inner() + '\n\n';
  return inner();
}

export function listHtmlToText(html: string, options: ListTextOptions = {}): string {
  const text = tidy(render(htmlFragment(html), false, options));
  return text.split(KEEP_SPACE).join(' ').split(KEEP_TAB).join('\t').replace(/\u00a0/g, ' ').trim();
}
