// Threaded comments as a blog shows them: each comment followed by its replies (pre-order), siblings in a stated
// order. Exports keep replies flat with a parent id; the readers of such exports put the thread back together this
// way. A reply whose parent is not among the comments read (left out, or never exported) is read as a top-level one.

export interface ThreadKeys<T, K> {
  id: (c: T) => K;
  parent: (c: T) => K;
  /** Order of siblings (e.g. by date, then by id). */
  compare: (a: T, b: T) => number;
}

export function threadOrder<T, K>(comments: readonly T[], { id, parent, compare }: ThreadKeys<T, K>): T[] {
  const ROOT = Symbol('root');
  const ids = new Set(comments.map(id));
  const children = new Map<K | typeof ROOT, T[]>();
  for (const c of comments) {
    const p = ids.has(parent(c)) ? parent(c) : ROOT;
    if (!children.has(p)) children.set(p, []);
    children.get(p)!.push(c);
  }
  for (const list of children.values()) list.sort(compare);
  const out: T[] = [];
  const visit = (key: K | typeof ROOT) => {
    for (const c of children.get(key) ?? []) {
      out.push(c);
      visit(id(c));
    }
  };
  visit(ROOT);
  return out;
}

/**
 * A WordPress export's threads as WordPress shows them: siblings by comment date, then by comment id (as a number),
 * whichever date field the reader passes in `date`.
 */
export function threadedByDate<T extends { id: string | number; parent: string | number; date: string }>(comments: readonly T[]): T[] {
  return threadOrder(comments, {
    id: (c) => c.id,
    parent: (c) => c.parent,
    compare: (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.id) - Number(b.id)),
  });
}
