// Finding candidate comment blocks: one walk over the body after the post's start, grouping blocks by signature.
// Groups in excluded zones, in the comment form, inside links or as big as the page are left out; what remains
// is scored in scoring.ts.
import { BLOCK_KINDS, LONE_COMMENT, namesPostNotComment, signature } from './signature';
import { bodyIndex, facts } from './scan-cache';
import { allBelow } from './tree';
import { inExcludedZone } from './zones';

/** Elements scanned for blocks: enough for 5,000 comments of ~20 elements each; a 50 MB page stops here. */
const MAX_ELEMENTS = 300_000;

/** The element where the post starts: its <article>, else its main heading. */
function postStart(doc: Document): Element | null {
  return (
    doc.querySelector('article h1')?.closest('article') ??
    doc.querySelector('[itemprop="articleBody"], .entry-content, .post-content, .article-content, main h1, h1') ??
    null
  );
}

/** Blocks of one signature that may be the thread's comments. */
export interface Group {
  signature: string;
  members: Element[];
}

/**
 * Elements that hold a comment form's controls, or sit inside a form with a textarea: never comments.
 * Marked from the few controls and forms the page walk met, instead of probing every element.
 */
function formZones(controls: Element[], forms: Element[]): Set<Element> {
  const marked = new Set<Element>();
  const markUp = (from: Element | null) => {
    for (let up = from; up && !marked.has(up); up = up.parentElement) marked.add(up);
  };
  for (const control of controls) markUp(control);
  for (const form of forms) {
    if (!form.querySelector('textarea')) continue;
    for (const inner of allBelow(form)) marked.add(inner);
  }
  return marked;
}

/** Whether an ancestor is a link (memoised along the path: blocks share their ancestors). */
function insideLink(el: Element): boolean {
  const path: Element[] = [];
  let result = false;
  for (let up = el.parentElement; up; up = up.parentElement) {
    const known = facts(up).link;
    if (known !== undefined) {
      result = known;
      break;
    }
    if (up.localName === 'a' && up.hasAttribute('href')) {
      result = true;
      path.push(up);
      break;
    }
    path.push(up);
  }
  // Noted as "a link at or above": el's own ancestors all share the answer found above them.
  for (const p of path) facts(p).link = result;
  return result;
}

/** The groups of same-signature blocks after the post's start that could be the thread, in first-seen order. */
export function candidateGroups(doc: Document): Group[] {
  const start = postStart(doc);
  let bodyLength = 0;
  const groups = new Map<string, Element[]>();
  const controls: Element[] = [];
  const forms: Element[] = [];
  // One walk (linkedom's selector engine is slow even for '*'): blocks, plus the comment form's controls.
  const index = bodyIndex(doc);
  const all = index.elements;
  const classAttrs = index.classAttrs;
  const limit = Math.min(all.length, MAX_ELEMENTS);
  // Comments follow the article: only blocks after the post's start (in document order, which is the
  // order of this list) count. Its ancestors come before it, so they drop out too.
  let afterStart = !start;
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const tag = el.localName;
    if (tag === 'textarea' || (tag === 'input' && el.matches('input[type="submit"], input[type="email"]'))) controls.push(el);
    else if (tag === 'form') forms.push(el);
    if (i >= limit) continue;
    if (!afterStart) {
      if (el === start) afterStart = true;
      continue;
    }
    // The class was read by the registry's walk this turn: note it so signature() need not read it again.
    if (classAttrs && (BLOCK_KINDS.has(tag) || tag.includes('-'))) facts(el, classAttrs[i]);
    const sig = signature(el);
    if (!sig) continue;
    const list = groups.get(sig);
    if (list) list.push(el);
    else groups.set(sig, [el]);
    index.blockIndex.set(el, i);
  }
  const formish = formZones(controls, forms);
  const result: Group[] = [];
  for (const [sig, elements] of groups) {
    // A lone block with no comment-like name is never kept, whatever the filters say.
    if (elements.length < 2 && !LONE_COMMENT.test(sig)) continue;
    if (namesPostNotComment(sig)) continue;
    const members = elements.filter((el) => {
      if (inExcludedZone(el)) return false;
      // The comment form, or a block holding one. (wpDiscuz puts a read-only permalink <input> in each comment.)
      if (formish.has(el)) return false;
      // A block inside a link is a teaser for another page ("related articles" cards), never a comment.
      if (insideLink(el)) return false;
      // A wrapper holding most of the page is a layout box. Many blocks of one kind cannot all be that big,
      // so large groups skip the costly text measure.
      if (elements.length > 10) return true;
      bodyLength ||= (doc.body?.textContent ?? '').length || 1;
      return (el.textContent ?? '').length < bodyLength * 0.6;
    });
    if (members.length >= 2 || (members.length === 1 && LONE_COMMENT.test(sig))) result.push({ signature: sig, members });
  }
  return result;
}
