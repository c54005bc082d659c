// Discourse's cooked post HTML as plain text, laid out with TextOut: <br>/blocks -> line breaks, quotes (aside.quote
// with its "username:" title line, blockquote) prefixed "> ", link-preview cards (onebox, lazyYT) reduced to their URL,
// emoji images -> alt text, other images and their lightbox captions dropped, <pre> kept verbatim, numbered items
// counted from the list's start. The same for every Discourse forum read (Slicer, FoundationDB, Urho3D, Redash).
import { listMark } from './list-mark';
import { layOut, TextOut } from './text-out';

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'HR',
  'DETAILS', 'SUMMARY', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD',
]);
const DROP = new Set(['SCRIPT', 'STYLE', 'SVG', 'NOSCRIPT', 'IFRAME', 'VIDEO', 'AUDIO']);

// Text runs collapse all whitespace; a numbered item's marker, like a bullet, keeps its first block on its line.
const OUT = { numbered: true };

const cls = (el: Element) => ` ${el.getAttribute('class') ?? ''} `;

function onebox(el: Element): string {
  const src = el.getAttribute('data-onebox-src');
  if (src) return src;
  const a = el.querySelector('header a[href], a[href]');
  return a?.getAttribute('href') ?? '';
}

function quoteBlock(out: TextOut, inner: string) {
  out.quote(inner.replace(/\n{3,}/g, '\n\n').trim());
}

function walk(node: Node, out: TextOut) {
  const el = out.element(node, DROP);
  if (!el) return;
  const tag = el.tagName.toUpperCase();
  const c = cls(el);
  if (tag === 'IMG') {
    if (c.includes(' emoji ')) out.text(el.getAttribute('alt') ?? el.getAttribute('title') ?? '');
    return;
  }
  if (c.includes(' meta ') && el.parentElement && cls(el.parentElement).includes(' lightbox')) return;
  if ((tag === 'ASIDE' || tag === 'DIV') && (c.includes(' onebox ') || c.includes(' lazyYT ') || c.includes(' youtube-onebox '))) {
    const url = tag === 'DIV' && c.includes('lazyYT') ? `https://www.youtube.com/watch?v=${el.getAttribute('data-youtube-id') ?? ''}` : onebox(el);
    out.nl();
    out.text(url);
    out.nl();
    return;
  }
  if (tag === 'ASIDE' && c.includes(' quote ')) {
    const inner = out.fresh();
    const title = el.querySelector(':scope > .title');
    if (title) {
      const t = (title.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) inner.raw(t + '\n');
    }
    for (const child of Array.from(el.childNodes)) {
      if (child === title) continue;
      // The quoted text sits in the aside's own <blockquote>: one "> " level, not two.
      if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'BLOCKQUOTE') {
        for (const grand of Array.from(child.childNodes)) walk(grand, inner);
      } else walk(child, inner);
    }
    return quoteBlock(out, inner.s);
  }
  if (tag === 'BLOCKQUOTE') {
    const inner = out.fresh();
    for (const child of Array.from(el.childNodes)) walk(child, inner);
    return quoteBlock(out, inner.s);
  }
  if (tag === 'PRE') {
    out.nl();
    out.raw((el.textContent ?? '').replace(/\n+$/, ''));
    out.raw('\n');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.nl();
  if (tag === 'LI') out.raw(listMark(el, { fromStart: true }));
  if (tag === 'TD' || tag === 'TH') {
    if (el.previousElementSibling) out.raw(' | ');
  }
  for (const child of Array.from(el.childNodes)) walk(child, out);
  if (block) out.nl();
}

export function discourseHtmlToText(html: string): string {
  return layOut(html, walk, OUT);
}
