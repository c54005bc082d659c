import { describe, expect, it } from 'vitest';
import { LruCache } from '../../../lib/classify/cache';
import { mulberry32 } from '../../../scripts/seeded-random';

/** The plain LRU the cache must behave like: an array, most recently used last. */
class ReferenceLru {
  entries: Array<[string, number]> = [];
  constructor(readonly capacity: number) {}
  get(key: string): number | undefined {
    const at = this.entries.findIndex(([k]) => k === key);
    if (at < 0) return undefined;
    const [entry] = this.entries.splice(at, 1);
    this.entries.push(entry);
    return entry[1];
  }
  set(key: string, value: number): void {
    const at = this.entries.findIndex(([k]) => k === key);
    if (at >= 0) this.entries.splice(at, 1);
    else if (this.entries.length >= this.capacity) this.entries.shift();
    this.entries.push([key, value]);
  }
}

describe('LruCache', () => {
  it('evicts the least recently used entry, counting reads as use', () => {
    const cache = new LruCache<number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1);
    cache.set('d', 4);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 3, 4]);
    expect(cache.size).toBe(3);
  });

  it('matches a plain LRU over a long run of reads, writes, rewrites and clears', () => {
    const random = mulberry32(7);
    for (const capacity of [0, 1, 2, 5, 40]) {
      const cache = new LruCache<number>(capacity);
      const reference = new ReferenceLru(capacity);
      for (let step = 0; step < 20_000; step++) {
        const key = `k${Math.floor(random() * (capacity + 1) * 3)}`;
        const roll = random();
        if (roll < 0.001) {
          cache.clear();
          reference.entries = [];
        } else if (roll < 0.5) expect(cache.get(key)).toBe(reference.get(key));
        else {
          cache.set(key, step);
          reference.set(key, step);
        }
        expect(cache.size).toBe(reference.entries.length);
      }
      for (const [key, value] of reference.entries) expect(cache.get(key)).toBe(value);
    }
  });
});
