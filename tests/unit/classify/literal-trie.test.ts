import { describe, expect, it } from 'vitest';
import { LiteralTrie } from '../../../lib/classify/literal-trie';
import { mulberry32 } from '../../../scripts/seeded-random';

/** What a scan must find: every id one of whose literals occurs in the text. */
function naiveHits(literalsById: Array<string[] | null>, text: string): number[] {
  return literalsById.flatMap((literals, id) => (literals?.some((literal) => text.includes(literal)) ? [id] : []));
}

function scanHits(trie: LiteralTrie, ids: number, text: string, groupOf = new Int32Array(ids)): { hits: number[]; groups: number[] } {
  const hits = new Uint8Array(ids);
  const groups = new Uint8Array(Math.max(...groupOf) + 1);
  trie.scan(text, hits, groups, groupOf);
  return { hits: [...hits.keys()].filter((id) => hits[id] === 1), groups: [...groups.keys()].filter((g) => groups[g] === 1) };
}

describe('LiteralTrie', () => {
  it('finds literals anywhere in a text: overlapping, nested, at either end, outside ASCII', () => {
    const literals = [['thank'], ['thanks', 'merci'], ['hank'], ['ank you'], ['谢谢'], ['🙏'], ['é'], null, ['x']];
    const trie = new LiteralTrie(literals);
    for (const text of ['thanks a lot', 'merci', 'ank youthank', 'non, 谢谢!', 'gracias 🙏', 'café', '', 'xyz', 'no match here']) {
      expect(scanHits(trie, literals.length, text).hits, text).toEqual(naiveHits(literals, text));
    }
  });

  it('finds an empty literal in every text, the empty text included', () => {
    const literals = [[''], ['x', ''], ['abc']];
    const trie = new LiteralTrie(literals);
    expect(scanHits(trie, 3, '').hits).toEqual([0, 1]);
    expect(scanHits(trie, 3, 'zabcz').hits).toEqual([0, 1, 2]);
  });

  it('marks the group of each id found', () => {
    const literals = [['crash'], ['error'], ['thanks']];
    const trie = new LiteralTrie(literals);
    const groupOf = Int32Array.from([0, 0, 1]);
    expect(scanHits(trie, 3, 'an error', groupOf).groups).toEqual([0]);
    expect(scanHits(trie, 3, 'thanks, no error', groupOf).groups).toEqual([0, 1]);
    expect(scanHits(trie, 3, 'fine', groupOf).groups).toEqual([]);
  });

  it('agrees with a plain substring search on random literals and texts', () => {
    const random = mulberry32(11);
    // A small alphabet makes literals share prefixes and overlap, as the lexicon's do; ' ' and 'Ā' share a bit of the
    // per-node mask (32 and 256 are both 0 modulo 32), so a set bit may still lead to no edge.
    const alphabet = ['a', 'b', 'c', 'n', ' ', "'", 'é', '中', 'Ā'];
    const word = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 20; round++) {
      const literalsById = Array.from({ length: 60 }, () => (random() < 0.1 ? null : Array.from({ length: 1 + Math.floor(random() * 4) }, () => word(7))));
      const trie = new LiteralTrie(literalsById);
      for (let t = 0; t < 50; t++) {
        const text = word(40);
        expect(scanHits(trie, literalsById.length, text).hits, text).toEqual(naiveHits(literalsById, text));
      }
    }
  });
});
