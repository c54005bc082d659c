// One walk over the document noting every class token and id, so the registry's probes (a dozen platforms)
// cost one pass instead of a dozen failing querySelector scans (each ~100 ms on a 5,000-comment page in
// jsdom/linkedom). Refreshed at the start of each scan: the page may have changed since the last one.
// The walk also keeps what it read (elements in document order, their class attributes, where each subtree
// ends), so the generic extractor can skip a second walk, as long as nothing could have changed the page since.
import { classOf, indexTree } from './walk';

interface Markers {
  classes: Set<string>;
  ids: Set<string>;
}

/** What the walk read, in document order: reusable only within the synchronous turn that took it. */
export interface PageWalk {
  doc: Document;
  elements: Element[];
  /** classAttrs[i]: elements[i]'s class attribute, '' when absent. */
  classAttrs: string[];
  /** ends[i]: the index just past element i's last descendant. */
  ends: number[];
}

const cache = new WeakMap<Document, Markers>();
let lastWalk: PageWalk | null = null;
/** True from a refresh until the next microtask checkpoint: no page script can have run in between. */
let walkFresh = false;

function collect(doc: Document): { markers: Markers; walk: PageWalk } {
  const ids = new Set<string>();
  // Pages repeat a few class strings thousands of times: split each distinct string once.
  const classStrings = new Set<string>();
  const { elements, ends } = indexTree(doc.documentElement, true);
  const classAttrs: string[] = new Array(elements.length);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const cls = classOf(el);
    classAttrs[i] = cls;
    if (cls) classStrings.add(cls);
    const id = el.getAttribute('id');
    if (id) ids.add(id);
  }
  const classes = new Set<string>();
  for (const raw of classStrings) for (const token of raw.split(/\s+/)) if (token) classes.add(token);
  return { markers: { classes, ids }, walk: { doc, elements, classAttrs, ends } };
}

export function refreshMarkers(doc: Document): void {
  const { markers, walk } = collect(doc);
  cache.set(doc, markers);
  lastWalk = walk;
  walkFresh = true;
  queueMicrotask(() => {
    walkFresh = false;
    lastWalk = null;
  });
}

/**
 * The walk of the last refreshMarkers(doc), if taken in this same synchronous turn (no await since, so the
 * page cannot have changed); else null. The caller must not await between asking and using it.
 */
export function freshPageWalk(doc: Document): PageWalk | null {
  return walkFresh && lastWalk?.doc === doc ? lastWalk : null;
}

function markers(doc: Document): Markers {
  let m = cache.get(doc);
  if (!m) {
    m = collect(doc).markers;
    cache.set(doc, m);
  }
  return m;
}

/** Some element carries this class token. */
export function hasClassMarker(doc: Document, token: string): boolean {
  return markers(doc).classes.has(token);
}

/** Some element has this id. */
export function hasIdMarker(doc: Document, id: string): boolean {
  return markers(doc).ids.has(id);
}

/** Some class token on the page passes the test (a substring probe costs one pass over distinct tokens). */
export function someClassMarker(doc: Document, test: (token: string) => boolean): boolean {
  for (const token of markers(doc).classes) if (test(token)) return true;
  return false;
}
