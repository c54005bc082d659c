// Small, dependency-free string hashing shared by feature hashing and the result cache.

/** FNV-1a 32-bit over UTF-16 code units, seeded so feature families do not collide systematically. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  return fnv1aFrom(seed >>> 0, text);
}

/** FNV-1a continued from state `h` over `text`: fnv1a(a + b, seed) === fnv1aFrom(fnv1a(a, seed), b). */
export function fnv1aFrom(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 64-bit content hash as 16 hex digits (two independent 32-bit FNV passes): collisions are negligible for a cache. */
export function contentHash(text: string): string {
  // Both passes in one loop: the text is read once.
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
