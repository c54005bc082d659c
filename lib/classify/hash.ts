// Small, dependency-free string hashing shared by feature hashing and the result cache.
// Hash state is kept as an int32 (`| 0`) inside loops: a seed above 2^31 would otherwise make V8 carry it as
// a double through every step. The bits, and so the hashes, are the same.

/** FNV-1a 32-bit over UTF-16 code units, seeded so feature families do not collide systematically. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  return fnv1aFrom(seed, text);
}

/** FNV-1a continued from state `h` over `text`: fnv1a(a + b, seed) === fnv1aFrom(fnv1a(a, seed), b). */
export function fnv1aFrom(state: number, text: string): number {
  let h = state | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));

function hex32(h: number): string {
  return HEX[(h >>> 24) & 255] + HEX[(h >>> 16) & 255] + HEX[(h >>> 8) & 255] + HEX[h & 255];
}

/** A 64-bit content hash as 16 hex digits (two independent 32-bit FNV passes): collisions are negligible for a cache. */
export function contentHash(text: string): string {
  // Both passes in one loop: the text is read once.
  let a = 0x811c9dc5 | 0;
  let b = 0x5bd1e995 | 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193);
  }
  return hex32(a) + hex32(b);
}
