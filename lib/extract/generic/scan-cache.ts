// What one scan works out about the page, kept for that scan only: each element's class attribute and the cues
// its own markup passes, each block's descendants, and the body's elements in document order. Blocks are read
// several times (sample, full pass, nested groups) and linkedom is slow to read classes and to walk, so nothing is
// asked twice. The caches hold the page's elements, so endScan() drops them; a live page changes between scans.
import { freshPageWalk } from '../markers';
import { classOf, indexTree } from '../walk';
import { allBelow } from './tree';

/**
 * What the scan needs to know about one element, worked out once per scan: class attribute (linkedom rebuilds
 * it from its token list on every read) and which cues its own markup passes. Blocks are read several times
 * (sample, full pass, nested groups), so per-element tests are not repeated per reading.
 */
interface Facts {
  cls: string;
  /** Bit i: the element's own part of AUTHOR_CUES[i] holds (see authorMask). */
  author?: number;
  time?: boolean;
  meaningful?: string;
  /** The element or an ancestor is an excluded zone (see inExcludedZone). */
  zone?: boolean;
  /** The element or an ancestor is a link (see insideLink). */
  link?: boolean;
}
/** A Map, not a WeakMap (faster for ~100,000 entries); emptied when the scan ends so no page is kept alive. */
let factsCache = new Map<Element, Facts>();
/** The last element asked about: tests often ask about one element several times in a row. */
let lastFacts: Facts | null = null;
let lastFactsOf: Element | null = null;
export function facts(el: Element, knownClass?: string): Facts {
  if (el === lastFactsOf) return lastFacts!;
  let f = factsCache.get(el);
  if (f === undefined) {
    // Every field present from the start: one object shape for all elements.
    f = { cls: knownClass ?? classOf(el), author: undefined, time: undefined, meaningful: undefined, zone: undefined, link: undefined };
    factsCache.set(el, f);
  }
  lastFactsOf = el;
  lastFacts = f;
  return f;
}

export function cls(el: Element): string {
  return facts(el).cls;
}

/** Each member's descendants, listed once per scan. */
let descendantsCache = new Map<Element, Element[]>();
/** The body's elements in document order, listed once per scan. */
interface BodyIndex {
  doc: Document;
  elements: Element[];
  /** ends[i]: the index just past element i's last descendant, so its descendants are elements[i + 1 .. ends[i]). */
  ends: number[];
  /** Index of each block that joined a group: its descendants are then a slice, not another walk. */
  blockIndex: Map<Element, number>;
  /** Every element of the document, once asked for (see documentElements). */
  documentWide?: Element[];
  /** classAttrs[i]: elements[i]'s class attribute, when the registry's walk already read it. */
  classAttrs?: string[];
}
let bodyList: BodyIndex | null = null;

/** The body's elements in document order, taken from the registry's walk when it made one, else walked now. */
export function bodyIndex(doc: Document): BodyIndex {
  if (bodyList?.doc !== doc) bodyList = { doc, ...(bodyFromWalk(doc) ?? indexTree(doc.body)), blockIndex: new Map() };
  return bodyList;
}

/** The body's part of the walk the registry took this turn (see freshPageWalk): no second walk, no class re-reads. */
function bodyFromWalk(doc: Document): { elements: Element[]; ends: number[]; classAttrs: string[] } | null {
  const walk = freshPageWalk(doc);
  const body = doc.body;
  if (!walk || !body) return null;
  const at = walk.elements.indexOf(body);
  if (at < 0) return null;
  const from = at + 1;
  const to = walk.ends[at];
  const ends = walk.ends.slice(from, to);
  for (let i = 0; i < ends.length; i++) ends[i] -= from;
  return { elements: walk.elements.slice(from, to), ends, classAttrs: walk.classAttrs.slice(from, to) };
}

/** Per-element facts are cached for one scan only: a live page changes between scans. */
export function beginScan(): void {
  factsCache = new Map();
  lastFactsOf = lastFacts = null;
  descendantsCache = new Map();
  bodyList = null;
}

/** Drops the scan's caches (they hold the page's elements). */
export function endScan(): void {
  factsCache = new Map();
  lastFactsOf = lastFacts = null;
  descendantsCache = new Map();
  bodyList = null;
}

/** A block's descendants in document order: a slice of the body's list when the block was indexed, else a walk. */
export function descendants(member: Element): Element[] {
  let list = descendantsCache.get(member);
  if (!list) {
    const i = bodyList?.blockIndex.get(member);
    list = i === undefined ? allBelow(member) : bodyList!.elements.slice(i + 1, bodyList!.ends[i]);
    descendantsCache.set(member, list);
  }
  return list;
}

/** Every element in document order, as `doc.querySelectorAll('*')` lists them; the body's part is the scan's list. */
export function documentElements(doc: Document): Element[] {
  const index = bodyIndex(doc);
  if (index.documentWide) return index.documentWide;
  const root = doc.documentElement;
  const out: Element[] = root ? [root] : [];
  for (let top = root?.firstElementChild ?? null; top; top = top.nextElementSibling) {
    out.push(top);
    for (const el of top === doc.body ? index.elements : allBelow(top)) out.push(el);
  }
  index.documentWide = out;
  return out;
}
