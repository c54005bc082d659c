// Element -> the text a reader sees: <br> and blocks become line breaks, emoji images become their alt text,
// UI chrome (reply/report/like links, screen-reader labels) is dropped, and quoted text is kept apart.
// Only standard DOM (childNodes, nodeType, getAttribute): works in browsers, jsdom and linkedom. Never innerText.

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'input', 'textarea', 'select',
  'iframe', 'object', 'video', 'audio', 'canvas', 'head', 'meta', 'link',
]);
const PARAGRAPH_TAGS = new Set(['p', 'blockquote', 'pre', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'dl', 'figure', 'aside']);
const LINE_TAGS = new Set(['div', 'cite', 'li', 'tr', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'figcaption', 'details', 'summary', 'main', 'nav', 'address', 'center']);

/** Class tokens of chrome inside comment bodies (WordPress, WordPress.com likes, Epoch report links, GitHub, phpBB). */
const CHROME_CLASS =
  /(?:^|\s)(reply|comment-reply-link|comment-reply|reply-link|comment-likes|comment-like-link|sharedaddy|sd-like|pmcc-comments-report-link|report-link|comment-actions|post-buttons|edit-link|comment-edit-link|sr-only|screen-reader-text|visually-hidden|js-post-menu|post-menu-area|reactions|social-reactions|quote-controls)(?:\s|$)/;
const EMOJI_CLASS = /emoji|smil|emoticon|wp-smiley/i;
const QUOTE_SELECTOR_TAGS = new Set(['blockquote']);
const QUOTE_CLASS = /(?:^|\s)(quote|bbCodeBlock--quote)(?:\s|$)/;

/** Whole lines that are chrome when they open or close a comment ("Reply", "Antworten", "says:", "Report"). */
const CHROME_LINE =
  /^(reply|antworten|antwort|répondre|repondre|responder|rispondi|antwoorden|返信|回覆|回复|report|melden|signaler|denunciar|like|liked|gefällt mir|j'aime|me gusta|liked by \d+ (people|person)|\d+ likes?|says:|sagt:|dit\s?:|dice:|diz:|dice|schreibt:|wrote:|share|edit|delete|flag|permalink|quote)$/i;

export interface CommentText {
  /** The author's own words. */
  text: string;
  /** Quoted passages (blockquote, aside.quote), each as plain text. */
  quotes: string[];
}

export interface TextOptions {
  /** Elements to leave out (author line, metadata, nested replies...). */
  skip?: (el: Element) => boolean;
  /** Pull blockquotes into `quotes` (default true). */
  splitQuotes?: boolean;
  /** The element's class attribute, when the caller already holds it (reading it is slow in linkedom). */
  classOf?: (el: Element) => string | null;
}

// Break tokens, kept out of band (numbers beside the text strings) so any character of the text survives.
const NL = 1; // block boundary
const PARA = 2; // paragraph boundary
const BR = 3; // <br>
type Piece = string | number;

function isQuote(tag: string, cls: string | null): boolean {
  if (QUOTE_SELECTOR_TAGS.has(tag)) return true;
  if (tag === 'aside' || tag === 'div') return !!cls && QUOTE_CLASS.test(cls);
  return false;
}

function walk(node: Node, out: Piece[], quotes: string[] | null, opts: TextOptions, pre: boolean): void {
  // firstChild/nextSibling: indexed NodeList access is slow in jsdom.
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      const value = child.nodeValue ?? '';
      if (!pre) out.push(value.replace(/[ \t\n\r\f]+/g, ' '));
      else value.split('\n').forEach((line, j) => (j ? out.push(BR, line) : out.push(line)));
      continue;
    }
    if (type !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) continue;
    if (el.hasAttribute('hidden')) continue;
    const cls = opts.classOf ? opts.classOf(el) : el.getAttribute('class');
    if (cls && CHROME_CLASS.test(cls)) continue;
    if (opts.skip && opts.skip(el)) continue;
    if (tag === 'br') {
      out.push(BR);
      continue;
    }
    if (tag === 'img') {
      const alt = el.getAttribute('alt');
      if (alt && ((cls && EMOJI_CLASS.test(cls)) || isSymbolic(alt))) out.push(alt);
      continue;
    }
    if (quotes && isQuote(tag, cls)) {
      const q = tidy(collect(el, null, opts, false));
      if (q) quotes.push(q);
      out.push(PARA);
      continue;
    }
    const block = PARAGRAPH_TAGS.has(tag) ? PARA : LINE_TAGS.has(tag) ? NL : '';
    if (block) out.push(block);
    walk(el, out, quotes, opts, pre || tag === 'pre' || tag === 'textarea');
    if (block) out.push(block);
  }
}

/** Emoji or emoticon alt text (":?", "😂", ":-)") rather than a description of a photo. */
function isSymbolic(alt: string): boolean {
  return alt.length <= 8 && !/[A-Za-z]{3,}/.test(alt);
}

function collect(el: Element, quotes: string[] | null, opts: TextOptions, pre: boolean): Piece[] {
  const out: Piece[] = [];
  walk(el, out, quotes, opts, pre);
  return out;
}

/**
 * Resolves break tokens: a run of breaks (with only spaces between) becomes one line break, or a blank line
 * when it holds a paragraph boundary or two <br>. Lines are trimmed of spaces.
 */
function tidy(pieces: Piece[]): string {
  let text = '';
  let brs = 0;
  let para = false;
  let inRun = false;
  for (const piece of pieces) {
    if (typeof piece === 'number') {
      inRun = true;
      if (piece === BR) brs++;
      else if (piece === PARA) para = true;
      continue;
    }
    if (inRun) {
      if (!piece.trim()) continue;
      text = text.replace(/ +$/, '') + (text ? (para || brs >= 2 ? '\n\n' : '\n') : '');
      text += piece.replace(/^ +/, '');
      inRun = false;
      brs = 0;
      para = false;
    } else text += piece;
  }
  return text
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

function dropChromeLines(text: string): string {
  const lines = text.split('\n');
  while (lines.length && (CHROME_LINE.test(lines[lines.length - 1].trim()) || !lines[lines.length - 1].trim())) lines.pop();
  while (lines.length && (CHROME_LINE.test(lines[0].trim()) || !lines[0].trim())) lines.shift();
  return lines.join('\n');
}

/** The comment's own words and its quotes. */
export function commentText(el: Element, opts: TextOptions = {}): CommentText {
  const quotes: string[] = [];
  const raw = collect(el, opts.splitQuotes === false ? null : quotes, opts, el.localName === 'pre');
  return { text: dropChromeLines(tidy(raw)), quotes };
}

/** One line of text (names, dates): whitespace collapsed, no chrome filtering. */
export function inlineText(el: Element | null | undefined): string {
  if (!el) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Collapses whitespace the way the labelled data and the tests compare texts. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
