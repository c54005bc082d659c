// Which of many literal strings occur in a text, in one pass: the regex screen's (prescreen.ts) finder of the
// literals its regexes require. Each literal carries an id (the regex part it belongs to); a scan marks the ids of
// every literal found anywhere in the text.
//
// The trie is built first (typed arrays, from the literals in sorted order), then laid out again for scanning, because
// a scan steps through it at every position of every sentence the classifier reads (a sixth of its time): nodes are
// numbered breadth first, so the first two levels, where most walks end, sit together in a few pages of memory; each
// node's data is one row of four numbers (one cache line); and the step most walks take from a node, to its busiest
// child, is stored in that row, so only the other children need a hash probe.

/** Row layout of `nodeInfo`, four numbers per node. */
const OUT = 0; // where its ids start in `outIds` (shifted left by OUT_COUNT_BITS) | how many
const CHAIN_UNIT = 1; // the code unit that leads to its busiest child, -1 when it has none
const OTHER_UNITS = 2; // bit (unit & 31) set for the unit of each of its other children: a clear bit means no probe
const CHAIN_TARGET = 3; // that busiest child
const OUT_COUNT_BITS = 12;
/** The root's tables hold one entry per UTF-16 code unit. */
export const ROOT_UNITS = 0x10000;

/**
 * The trie's tables, as a scan reads them. A thread that built them can hand them to another (the classify command's
 * workers), which then need not build the trie again.
 */
export interface TrieTables {
  /** The root's children, by code unit (-1: none). */
  rootEdge: Int32Array;
  /** Per root unit: its child's row in secondStep, which steps on by an ASCII unit directly (most walks end there). */
  rootSlot: Int32Array;
  secondStep: Int32Array;
  nodeInfo: Int32Array;
  outIds: Int32Array;
  /** The edges to children other than the busiest: open addressing, slots of (node, unit, child, unused). */
  probeTable: Int32Array;
  probeMask: number;
  /** Ids with an empty literal, found in every text. */
  everywhere: Int32Array;
}

/**
 * The version of the tables' layout. A trie kept from an earlier run (the classify command's file, cli/screen-cache.ts)
 * is read only by code of the same version. Raise it with any change to how the tables are laid out or read: a unit
 * test (literal-trie-layout.test.ts) fails until it is raised, by the tables a fixed sample of literals lays out to.
 */
export const TRIE_LAYOUT = 1;

/** `literalsById[id]`: the literals that mark `id` (null or empty: none). */
export type LiteralsById = ReadonlyArray<readonly string[] | null | undefined>;

export class LiteralTrie {
  private readonly rootEdge: Int32Array;
  private readonly rootSlot: Int32Array;
  private readonly secondStep: Int32Array;
  private readonly nodeInfo: Int32Array;
  private readonly outIds: Int32Array;
  private readonly probeTable: Int32Array;
  private readonly probeMask: number;
  private readonly everywhere: Int32Array;

  /** From the literals of each id, or from the tables of a trie built before (see tables). */
  constructor(source: LiteralsById | TrieTables) {
    const tables = Array.isArray(source) ? tablesOf(source) : (source as TrieTables);
    this.rootEdge = tables.rootEdge;
    this.rootSlot = tables.rootSlot;
    this.secondStep = tables.secondStep;
    this.nodeInfo = tables.nodeInfo;
    this.outIds = tables.outIds;
    this.probeTable = tables.probeTable;
    this.probeMask = tables.probeMask;
    this.everywhere = tables.everywhere;
  }

  /** The tables this trie scans with (shared, not copied: they are never written after the build). */
  tables(): TrieTables {
    const { rootEdge, rootSlot, secondStep, nodeInfo, outIds, probeTable, probeMask, everywhere } = this;
    return { rootEdge, rootSlot, secondStep, nodeInfo, outIds, probeTable, probeMask, everywhere };
  }

  /** Sets hits[id] = 1 and groupHits[groupOf[id]] = 1 for the id of every literal that occurs in `text`. */
  scan(text: string, hits: Uint8Array, groupHits: Uint8Array, groupOf: Int32Array): void {
    const n = text.length;
    const { rootEdge, rootSlot, secondStep, nodeInfo, outIds, probeTable, probeMask, everywhere } = this;
    for (let k = 0; k < everywhere.length; k++) {
      hits[everywhere[k]] = 1;
      groupHits[groupOf[everywhere[k]]] = 1;
    }
    for (let i = 0; i < n; i++) {
      // Walk the trie from position i as far as the text follows it.
      const first = text.charCodeAt(i);
      let node = rootEdge[first];
      for (let j = i + 1; node >= 0; j++) {
        const row = node * 4;
        const out = nodeInfo[row + OUT];
        if (out !== 0) {
          for (let k = out >>> OUT_COUNT_BITS, end = k + (out & ((1 << OUT_COUNT_BITS) - 1)); k < end; k++) {
            const id = outIds[k];
            hits[id] = 1;
            groupHits[groupOf[id]] = 1;
          }
        }
        if (j >= n) break;
        const unit = text.charCodeAt(j);
        if (unit < 128 && j === i + 1) {
          node = secondStep[rootSlot[first] * 128 + unit];
          continue;
        }
        if (nodeInfo[row + CHAIN_UNIT] === unit) {
          node = nodeInfo[row + CHAIN_TARGET];
          continue;
        }
        let next = -1;
        if ((nodeInfo[row + OTHER_UNITS] & (1 << (unit & 31))) !== 0) {
          for (let s = probeSlot(node, unit, probeMask); ; s = (s + 1) & probeMask) {
            const owner = probeTable[s * 4];
            if (owner < 0) break;
            if (owner === node && probeTable[s * 4 + 1] === unit) {
              next = probeTable[s * 4 + 2];
              break;
            }
          }
        }
        node = next;
      }
    }
  }
}

/** Build the trie from its literals and lay it out for scanning. */
function tablesOf(literalsById: LiteralsById): TrieTables {
  // Each pass is a function of its own: one long function had V8 optimise it mid-loop, then throw that away at the
  // next loop (its first build took 70 ms, most of it in slow code; a thread builds it as it starts).
  const trie = buildTrie(literalsById);
  const order = breadthFirst(trie);
  const newId = new Int32Array(trie.nodeCount);
  for (let index = 0; index < order.length; index++) newId[order[index]] = index;
  const { nodeInfo, outIds, otherEdges } = layOut(trie, order, newId, subtreeSizes(trie, order));
  // At most half full, so that a probe for a missing edge meets an empty slot soon.
  let slots = 1024;
  while (slots < (otherEdges.length / 3) * 2) slots *= 2;
  const probeMask = slots - 1;
  return { ...linkRoot(trie, newId), nodeInfo, outIds, probeTable: probeTableOf(otherEdges, probeMask), probeMask, everywhere: Int32Array.from(trie.everywhere) };
}

/** The root's edges, and the table of second steps. */
function linkRoot({ firstKid, nextSibling, unitTo }: BuiltTrie, newId: Int32Array): Pick<TrieTables, 'rootEdge' | 'rootSlot' | 'secondStep'> {
  const rootEdge = new Int32Array(ROOT_UNITS).fill(-1);
  const rootSlot = new Int32Array(ROOT_UNITS).fill(-1);
  let firstLevel = 0;
  for (let node = firstKid[0]; node >= 0; node = nextSibling[node]) firstLevel++;
  const secondStep = new Int32Array(firstLevel * 128).fill(-1);
  for (let node = firstKid[0], slot = 0; node >= 0; node = nextSibling[node], slot++) {
    rootEdge[unitTo[node]] = newId[node];
    rootSlot[unitTo[node]] = slot;
    for (let kid = firstKid[node]; kid >= 0; kid = nextSibling[kid]) if (unitTo[kid] < 128) secondStep[slot * 128 + unitTo[kid]] = newId[kid];
  }
  return { rootEdge, rootSlot, secondStep };
}

type BuiltTrie = ReturnType<typeof buildTrie>;

/** The nodes in breadth-first order. */
function breadthFirst({ nodeCount, firstKid, nextSibling }: BuiltTrie): Int32Array {
  const order = new Int32Array(nodeCount);
  let queued = 1;
  for (let k = 0; k < queued; k++) for (let kid = firstKid[order[k]]; kid >= 0; kid = nextSibling[kid]) order[queued++] = kid;
  return order;
}

/** Per node, how many nodes are below it. */
function subtreeSizes({ nodeCount, firstKid, nextSibling }: BuiltTrie, order: Int32Array): Int32Array {
  const below = new Int32Array(nodeCount);
  for (let k = nodeCount - 1; k >= 0; k--) for (let kid = firstKid[order[k]]; kid >= 0; kid = nextSibling[kid]) below[order[k]] += 1 + below[kid];
  return below;
}

/**
 * The rows of nodeInfo and the ids in outIds, nodes renumbered by `newId`; each node's busiest child is the one with
 * the most nodes below it. Returns the other edges as (node, unit, child) triples, for the probe table.
 */
function layOut({ nodeCount, outputs, firstKid, nextSibling, unitTo }: BuiltTrie, order: Int32Array, newId: Int32Array, below: Int32Array) {
  const nodeInfo = new Int32Array(nodeCount * 4);
  let outCount = 0;
  for (const ids of outputs) outCount += ids?.length ?? 0;
  if (outCount >= 2 ** (31 - OUT_COUNT_BITS)) throw new Error('too many literals for the screen');
  const outIds = new Int32Array(outCount);
  const otherEdges: number[] = [];
  let outAt = 0;
  for (let index = 0; index < order.length; index++) {
    const node = order[index];
    const row = index * 4;
    const ids = outputs[node];
    if (ids) {
      if (ids.length >= 2 ** OUT_COUNT_BITS) throw new Error('too many literals end at one node of the screen');
      nodeInfo[row + OUT] = (outAt << OUT_COUNT_BITS) | ids.length;
      for (let k = 0; k < ids.length; k++) outIds[outAt++] = ids[k];
    }
    nodeInfo[row + CHAIN_UNIT] = -1;
    if (node === 0) continue;
    let busiest = -1;
    for (let kid = firstKid[node]; kid >= 0; kid = nextSibling[kid]) if (busiest < 0 || below[kid] > below[busiest]) busiest = kid;
    for (let kid = firstKid[node]; kid >= 0; kid = nextSibling[kid]) {
      const unit = unitTo[kid];
      const target = newId[kid];
      if (kid === busiest) {
        nodeInfo[row + CHAIN_UNIT] = unit;
        nodeInfo[row + CHAIN_TARGET] = target;
      } else {
        nodeInfo[row + OTHER_UNITS] |= 1 << (unit & 31);
        otherEdges.push(index, unit, target);
      }
    }
  }
  return { nodeInfo, outIds, otherEdges };
}

/** The (node, unit, child) triples in an open-addressing table of `mask + 1` slots of four numbers. */
function probeTableOf(edges: number[], mask: number): Int32Array {
  const table = new Int32Array((mask + 1) * 4).fill(-1);
  for (let e = 0; e < edges.length; e += 3) {
    let s = probeSlot(edges[e], edges[e + 1], mask);
    while (table[s * 4] >= 0) s = (s + 1) & mask;
    table[s * 4] = edges[e];
    table[s * 4 + 1] = edges[e + 1];
    table[s * 4 + 2] = edges[e + 2];
  }
  return table;
}

/**
 * The trie as built, before its layout for scanning: node 0 is the root; each node's children are listed as a chain of
 * siblings (firstKid, nextSibling) in code-unit order; unitTo is the unit that leads to a node.
 *
 * The literals are inserted in sorted order, so each one shares with the one before it exactly the prefix it shares
 * with the trie: stepping back to that prefix on the previous literal's path and adding the rest needs no lookup of
 * existing children (a hash table of edges made the build three times slower, and it runs when a thread starts).
 */
function buildTrie(literalsById: LiteralsById) {
  const idsOf = new Map<string, number[]>();
  // Ids with an empty literal: it occurs in every text.
  const everywhere: number[] = [];
  let units = 0;
  let longest = 0;
  literalsById.forEach((literals, id) => {
    for (const literal of literals ?? []) {
      if (!literal.length) {
        if (!everywhere.includes(id)) everywhere.push(id);
        continue;
      }
      const ids = idsOf.get(literal);
      if (!ids) {
        idsOf.set(literal, [id]);
        units += literal.length;
        longest = Math.max(longest, literal.length);
      } else if (!ids.includes(id)) ids.push(id);
    }
  });
  // Sorted by UTF-16 code units (the default order of strings), which is the order of the trie's edges.
  const sorted = [...idsOf.keys()].sort();

  // Per node: its first child and its next sibling (-1: none), its last child while it is built, and the unit that leads to it.
  const firstKid = new Int32Array(units + 1).fill(-1);
  const nextSibling = new Int32Array(units + 1).fill(-1);
  const lastKid = new Int32Array(units + 1).fill(-1);
  const unitTo = new Int32Array(units + 1);
  // One entry per node, pushed as the node is made: filled in at scattered nodes instead, the array would turn into a
  // slow dictionary.
  const outputs: Array<number[] | undefined> = [undefined];
  let nodeCount = 1;
  /** path[d]: the node at depth d on the last literal added. */
  const path = new Int32Array(longest + 1);
  /** The depths on that path where literals end, in increasing order. */
  const endings: number[] = [];
  let previous = '';
  for (const literal of sorted) {
    let shared = 0;
    const most = Math.min(previous.length, literal.length);
    while (shared < most && literal.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    // A shorter literal of the same id ends on the shared prefix (sorted first, it is on the path): its id is found
    // wherever this literal is, so this one adds nothing for that id.
    let ids = idsOf.get(literal)!;
    for (let k = 0; k < endings.length && endings[k] <= shared && ids.length; k++) {
      const ending = outputs[path[endings[k]]]!;
      ids = ids.filter((id) => !ending.includes(id));
    }
    if (!ids.length) continue;
    while (endings.length && endings[endings.length - 1] > shared) endings.pop();
    endings.push(literal.length);
    for (let d = shared; d < literal.length; d++) {
      const parent = path[d];
      const node = nodeCount++;
      outputs.push(undefined);
      unitTo[node] = literal.charCodeAt(d);
      if (lastKid[parent] < 0) firstKid[parent] = node;
      else nextSibling[lastKid[parent]] = node;
      lastKid[parent] = node;
      path[d + 1] = node;
    }
    const end = path[literal.length];
    if (outputs[end]) outputs[end].push(...ids);
    else outputs[end] = ids;
    previous = literal;
  }
  return { nodeCount, outputs, firstKid, nextSibling, unitTo, everywhere };
}

function probeSlot(node: number, unit: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
}
