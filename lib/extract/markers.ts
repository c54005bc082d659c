// One walk over the document noting every class token and id, so the registry's probes (a dozen platforms)
// cost one pass instead of a dozen failing querySelector scans (each ~100 ms on a 5,000-comment page in
// jsdom/linkedom). Refreshed at the start of each scan: the page may have changed since the last one.
interface Markers {
  classes: Set<string>;
  ids: Set<string>;
}

const cache = new WeakMap<Document, Markers>();

function collect(doc: Document): Markers {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const root = doc.documentElement;
  const stack: Element[] = root ? [root] : [];
  while (stack.length) {
    const el = stack.pop()!;
    const next = el !== root ? el.nextElementSibling : null;
    if (next) stack.push(next);
    const cls = el.getAttribute('class');
    if (cls) for (const token of cls.split(/\s+/)) if (token) classes.add(token);
    const id = el.getAttribute('id');
    if (id) ids.add(id);
    const child = el.firstElementChild;
    if (child) stack.push(child);
  }
  return { classes, ids };
}

export function refreshMarkers(doc: Document): void {
  cache.set(doc, collect(doc));
}

function markers(doc: Document): Markers {
  let m = cache.get(doc);
  if (!m) {
    m = collect(doc);
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
