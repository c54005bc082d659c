// A small LRU cache of classifications keyed by content hash + model version, so re-scans cost nothing.
import { contentHash } from './hash';

/** Key for a text under a model version: a change of model (or of corrections) invalidates old entries. */
export function cacheKey(text: string, version: string): string {
  return version + ':' + contentHash(typeof text === 'string' ? text : String(text ?? ''));
}

export class LruCache<V> {
  private readonly map = new Map<string, V>();
  /**
   * Walks the keys oldest first, across evictions. A fresh `keys()` for each eviction would start at the front of the
   * map's storage and step over every entry deleted since it was last compacted (a twentieth of the classify command's
   * time); a live iterator resumes where it stopped, and still sees keys added or moved to the end since.
   */
  private oldestFirst: IterableIterator<string> = this.map.keys();
  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      let oldest = this.oldestFirst.next();
      // An iterator that reached the end (an eviction from an empty map, at capacity 0) stays there: start another.
      if (oldest.done) oldest = (this.oldestFirst = this.map.keys()).next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
    this.oldestFirst = this.map.keys();
  }
}
