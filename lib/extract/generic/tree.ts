// Plain walks of the element tree, without a selector engine (linkedom re-parses selectors on every call), and
// the one question every reader asks: which block (member of the group being read) an element belongs to, since
// replies nest inside the comments they answer.
import { nextInWalk } from '../walk';

/** A test on one element inside a member; plain JS, because selector engines re-parse selectors on every call. */
export type Cue = (el: Element, member: Element) => boolean;

/** The first descendant whose tag is in the set (no selector engine). */
export function firstDescendant(root: Element, tags: Set<string>): Element | null {
  for (let el = root.firstElementChild; el; el = nextInWalk(el, root)) if (tags.has(el.localName)) return el;
  return null;
}

/** Descendant elements in document order, by a plain walk (linkedom has no getElementsByTagName('*')). */
export function allBelow(root: Element): Element[] {
  const out: Element[] = [];
  for (let el = root.firstElementChild; el; el = nextInWalk(el, root)) out.push(el);
  return out;
}

export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Some ancestor of el, up to and including member, passes the test. */
export function within(el: Element, member: Element, test: (a: Element) => boolean): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (test(up)) return true;
    if (up === member) return false;
  }
  return false;
}

/**
 * The block el belongs to: the nearest member at or above it, else stopAt (the block being read) when el is inside
 * it, else null. Replies nest inside the comments they answer, so an element inside a reply is the reply's.
 */
export function nearestMember(el: Element, members: Set<Element>, stopAt: Element): Element | null {
  let cur: Element | null = el;
  while (cur && cur !== stopAt) {
    if (members.has(cur)) return cur;
    cur = cur.parentElement;
  }
  return cur === stopAt ? stopAt : null;
}

/** Per member set: each member's nearest member descendants (replies), computed once instead of per body probe. */
const childrenCache = new WeakMap<Set<Element>, Map<Element, Element[]>>();

export function childMembers(member: Element, members: Set<Element>): Element[] {
  let map = childrenCache.get(members);
  if (!map) {
    map = new Map();
    for (const m of members) {
      let up = m.parentElement;
      while (up && !members.has(up)) up = up.parentElement;
      if (!up) continue;
      const list = map.get(up);
      if (list) list.push(m);
      else map.set(up, [m]);
    }
    childrenCache.set(members, map);
  }
  return map.get(member) ?? [];
}
