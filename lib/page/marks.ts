// In-page labels after a scan. Each mark lives in its own closed Shadow DOM, so the page's
// CSS cannot restyle it and the page's scripts cannot reach into it. Text only: never HTML.
import type { Label } from '../thread';

/**
 * The marks' element name ends in a random part drawn afresh for every set of marks: a page that defined a custom
 * element of a name it knew beforehand (from an earlier scan's marks, say) would get the closed shadow root handed to it
 * (ElementInternals.shadowRoot) and could rewrite or suppress the marks. One it defines after the marks exist upgrades
 * them without that access. Marks are found again by their attribute.
 */
const freshHostTag = () => `threadsift-mark-${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
const HOST_ATTR = 'data-threadsift-mark';
const HIGHLIGHT_ATTR = 'data-threadsift-highlight';

export interface PageMark {
  id: string;
  labels: Label[];
  open: boolean;
}

const LABEL_COLOURS: Record<string, string> = {
  question: '#1d4ed8',
  bug: '#b91c1c',
  thanks: '#047857',
  other: '#525252',
};

/** Finds a comment's element from its id or permalink anchor (ids are anchors on nearly every platform). */
export function findCommentElement(doc: Document, id: string, permalink?: string): Element | null {
  const anchors = new Set<string>();
  if (permalink) {
    const hash = permalink.split('#')[1];
    if (hash && !hash.startsWith(':~:')) anchors.add(decodedOrAsIs(hash));
  }
  anchors.add(id);
  for (const anchor of anchors) {
    const el = doc.getElementById(anchor);
    if (el) return el;
  }
  return null;
}

/** A page's permalink may hold a broken escape ("#%E0%A4%A"): it is then taken as written. */
function decodedOrAsIs(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

function buildMark(doc: Document, mark: PageMark, hostTag: string): HTMLElement {
  const host = doc.createElement(hostTag);
  host.setAttribute(HOST_ATTR, '');
  host.setAttribute('data-comment-id', mark.id);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // The host may land in a flex or grid container: keep it compact and at the start. There every mark takes at least
  // the width of two chips, so that the comments' own content stays in one column whether one label or two precede it.
  style.textContent = `:host{all:initial;display:flex;flex:none;align-self:flex-start;flex-wrap:wrap;gap:4px;margin:2px 6px 2px 0;min-width:124px;max-width:max-content}
span{display:inline-block;white-space:nowrap;padding:1px 7px;border-radius:999px;color:#fff;font:600 11px/1.5 system-ui,sans-serif}
span.open{box-shadow:0 0 0 2px #f59e0b}`;
  root.append(style);
  for (const label of mark.labels) {
    const chip = doc.createElement('span');
    chip.textContent = label;
    chip.title = mark.open && (label === 'question' || label === 'bug') ? `Threadsift: open ${label}` : `Threadsift: ${label}`;
    chip.style.background = LABEL_COLOURS[label] ?? '#525252';
    if (mark.open && (label === 'question' || label === 'bug')) chip.className = 'open';
    root.append(chip);
  }
  return host;
}

/** Replaces earlier marks with these; returns how many comments were found and marked. */
export function applyMarks(doc: Document, marks: Array<PageMark & { permalink?: string }>): number {
  for (const old of Array.from(doc.querySelectorAll(`[${HOST_ATTR}]`))) old.remove();
  const hostTag = freshHostTag();
  let marked = 0;
  for (const mark of marks) {
    if (mark.labels.length === 0) continue;
    // One comment the page makes unmarkable (its element refuses a child) costs that mark, not the others.
    try {
      const el = findCommentElement(doc, mark.id, mark.permalink);
      if (!el) continue;
      el.prepend(buildMark(doc, mark, hostTag));
      marked++;
    } catch {
      continue;
    }
  }
  return marked;
}

/** Scrolls to a comment and highlights it for a few seconds. */
export function revealComment(doc: Document, id: string, permalink?: string): boolean {
  const el = findCommentElement(doc, id, permalink);
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const target = el as HTMLElement;
  const previous = target.style.outline;
  target.setAttribute(HIGHLIGHT_ATTR, '');
  target.style.outline = '3px solid #f59e0b';
  setTimeout(() => {
    target.style.outline = previous;
    target.removeAttribute(HIGHLIGHT_ATTR);
  }, 4000);
  return true;
}
