// The line builder of the forum readers that walk a post's HTML node by node (Discourse, phpBB, Twinoid): text is
// appended with HTML's whitespace collapsing (no space at a line start, never two spaces in a row), blocks start on a
// fresh line, <br> breaks the line where it is. The readers differ in which characters a text run collapses and in
// which list markers keep a following block on the item's line; those are options.
import { htmlFragment } from './html-fragment';
import { quoteLines, tidyLines } from './text-lines';

export interface TextOutOptions {
  /**
   * A text node's whitespace collapsed to what a browser shows. Default: every whitespace run (no-break spaces too)
   * -> one space.
   */
  collapse?: (text: string) => string;
  /** "1. " as well as "- " is a list marker that a block inside the item (<li><p>…) stays next to. */
  numbered?: boolean;
}

export class TextOut {
  s = '';
  constructor(private readonly options: TextOutOptions = {}) {}
  /** A builder of the same kind, for a quote's text that is laid out apart and then added quoted. */
  fresh(): TextOut {
    return new TextOut(this.options);
  }
  /**
   * What every walker does first with a node: a text node is appended, a <br> breaks the line, an element in `drop`
   * (scripts, players, ...) and any other node (comments) is skipped. Gives back the element that is left to read.
   */
  element(node: Node, drop: ReadonlySet<string>): Element | undefined {
    if (node.nodeType === 3) {
      this.text(node.textContent ?? '');
      return undefined;
    }
    if (node.nodeType !== 1) return undefined;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (drop.has(tag)) return undefined;
    if (tag === 'BR') {
      this.br();
      return undefined;
    }
    return el;
  }
  text(t: string) {
    t = this.options.collapse ? this.options.collapse(t) : t.replace(/\s+/g, ' ');
    if (this.s === '' || this.s.endsWith('\n')) t = t.replace(/^ /, '');
    else if (this.s.endsWith(' ') && t.startsWith(' ')) t = t.slice(1);
    this.s += t;
  }
  raw(t: string) {
    this.s += t;
  }
  /** Start a fresh line, unless the line is empty or holds only a list marker. */
  nl() {
    if ((this.options.numbered ? /(^|\n)(- |\d+\. )$/ : /(^|\n)- $/).test(this.s)) return;
    this.s = this.s.replace(/ +$/, '');
    if (this.s !== '' && !this.s.endsWith('\n')) this.s += '\n';
  }
  br() {
    this.s = this.s.replace(/ +$/, '');
    this.s += '\n';
  }
  /** A code block's text as typed, on lines of its own (blank lines at its ends dropped). */
  verbatim(text: string) {
    this.nl();
    this.raw(text.replace(/^\n+|\n+$/g, ''));
    this.raw('\n');
  }
  /** A quote's text (already laid out) on lines of its own, each prefixed "> "; nothing when it is empty. */
  quote(body: string) {
    if (!body) return;
    this.nl();
    this.raw(quoteLines(body));
    this.raw('\n');
  }
}

/**
 * A post's HTML laid out by a reader's walker into a fresh TextOut; then each line's trailing blanks dropped, at most
 * one blank line in a row, nothing blank at either end.
 */
export function layOut(html: string, walk: (node: Node, out: TextOut) => void, options: TextOutOptions = {}): string {
  const out = new TextOut(options);
  walk(htmlFragment(html), out);
  return tidyLines(out.s, (l) => l.replace(/[ \t\u00a0]+$/, ''));
}
