// The classify command keeps a built trie on disk between runs (cli/screen-cache.ts) and reads it back only when it was
// written in the same TRIE_LAYOUT. This test notices a change to the layout that leaves TRIE_LAYOUT as it was.
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../lib/classify/hash';
import { LiteralTrie, TRIE_LAYOUT } from '../../../lib/classify/literal-trie';

/** The tables a fixed sample of literals lays out to, hashed. */
function sampleLayout(): string {
  const tables = new LiteralTrie([['crash', 'crashes', 'crashed'], ['fehler', 'feh'], null, ['ありがとう', 'thanks', 'thx'], ['', 'b'], ['ab', 'abc']]).tables();
  const used = (array: Int32Array) => {
    let listed = '';
    for (let k = 0; k < array.length; k++) if (array[k] >= 0) listed += `${k}:${array[k]};`;
    return listed;
  };
  return contentHash(
    [tables.probeMask, used(tables.rootEdge), used(tables.rootSlot), [...tables.secondStep].join(), [...tables.nodeInfo].join(), [...tables.outIds].join(), used(tables.probeTable), [...tables.everywhere].join()].join('|'),
  );
}

describe('the trie layout a kept trie must match', () => {
  it('is still the layout of TRIE_LAYOUT (raise it, and record the new hash here, when the layout changes)', () => {
    expect({ layout: TRIE_LAYOUT, sample: sampleLayout() }).toEqual({ layout: 1, sample: '572f878f2ec18f5f' });
  });
});
