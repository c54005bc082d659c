// A small LRU cache of classifications keyed by content hash + model version, so re-scans cost nothing.
import { contentHash } from './hash';

/** Key for a text under a model version: a change of model (or of corrections) invalidates old entries. */
export function cacheKey(text: string, version: string): string {
  return version + ':' + contentHash(typeof text === 'string' ? text : String(text ?? ''));
}

export class LruCache<V> {
  private readonly map = new Map<string, V>();
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
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}
