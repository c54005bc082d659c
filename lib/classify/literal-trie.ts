// Which of many literal strings occur in a text, in one pass: the regex screen's (prescreen.ts) finder of the
// literals its regexes require. Each literal carries an id (the regex part it belongs to); a scan marks the ids of
// every literal found anywhere in the text.
//
// The trie is built first (typed arrays, a hash table of edges), then laid out again for scanning, because a scan steps through it at every position
// of every sentence the classifier reads (a sixth of its time): nodes are numbered breadth first, so the first two
// levels, where most walks end, sit together in a few pages of memory; each node's data is one row of four numbers
// (one cache line); and the step most walks take from a node, to its busiest child, is stored in that row, so only
// the other children need a hash probe.

/** Row layout of `nodeInfo`, four numbers per node. */
const OUT = 0; // where its ids start in `outIds` (shifted left by OUT_COUNT_BITS) | how many
const CHAIN_UNIT = 1; // the code unit that leads to its busiest child, -1 when it has none
const OTHER_UNITS = 2; // bit (unit & 31) set for the unit of each of its other children: a clear bit means no probe
const CHAIN_TARGET = 3; // that busiest child
const OUT_COUNT_BITS = 12;

export class LiteralTrie {
  /** The root's children, by code unit (-1: none). */
  private readonly rootEdge = new Int32Array(0x10000).fill(-1);
  /** Per root unit: its child's row in secondStep, which steps on by an ASCII unit directly (most walks end there). */
  private readonly rootSlot = new Int32Array(0x10000).fill(-1);
  private readonly secondStep: Int32Array;
  private readonly nodeInfo: Int32Array;
  private readonly outIds: Int32Array;
  /** The edges to children other than the busiest: open addressing, slots of (node, unit, child, unused). */
  private readonly probeTable: Int32Array;
  private readonly probeMask: number;
  /** Ids with an empty literal, found in every text. */
  private readonly everywhere: Int32Array;

  /** `literalsById[id]`: the literals that mark `id` (null or empty: none). */
  constructor(literalsById: ReadonlyArray<readonly string[] | null | undefined>) {
    const { nodeCount, outputs, firstKid, nextSibling, unitTo, everywhere } = buildTrie(literalsById);
    this.everywhere = Int32Array.from(everywhere);

    // Breadth-first numbering; each node's busiest child is the one with the most nodes below it.
    const order = new Int32Array(nodeCount);
    let queued = 1;
    for (let k = 0; k < queued; k++) for (let kid = firstKid[order[k]]; kid >= 0; kid = nextSibling[kid]) order[queued++] = kid;
    const newId = new Int32Array(nodeCount);
    order.forEach((node, index) => (newId[node] = index));
    const below = new Int32Array(nodeCount);
    for (let k = nodeCount - 1; k >= 0; k--) for (let kid = firstKid[order[k]]; kid >= 0; kid = nextSibling[kid]) below[order[k]] += 1 + below[kid];

    const nodeInfo = new Int32Array(nodeCount * 4);
    let outCount = 0;
    for (const ids of outputs) outCount += ids?.length ?? 0;
    if (outCount >= 2 ** (31 - OUT_COUNT_BITS)) throw new Error('too many literals for the screen');
    const outIds = new Int32Array(outCount);
    const otherEdges: number[] = [];
    let outAt = 0;
    for (const node of order) {
      const row = newId[node] * 4;
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
          otherEdges.push(newId[node], unit, target);
        }
      }
    }
    this.nodeInfo = nodeInfo;
    this.outIds = outIds;

    // At most half full, so that a probe for a missing edge meets an empty slot soon.
    let slots = 1024;
    while (slots < otherEdges.length / 3 * 2) slots *= 2;
    this.probeMask = slots - 1;
    this.probeTable = new Int32Array(slots * 4).fill(-1);
    for (let e = 0; e < otherEdges.length; e += 3) {
      let s = probeSlot(otherEdges[e], otherEdges[e + 1], this.probeMask);
      while (this.probeTable[s * 4] >= 0) s = (s + 1) & this.probeMask;
      this.probeTable.set([otherEdges[e], otherEdges[e + 1], otherEdges[e + 2]], s * 4);
    }

    let firstLevel = 0;
    for (let node = firstKid[0]; node >= 0; node = nextSibling[node]) firstLevel++;
    this.secondStep = new Int32Array(firstLevel * 128).fill(-1);
    for (let node = firstKid[0], slot = 0; node >= 0; node = nextSibling[node], slot++) {
      this.rootEdge[unitTo[node]] = newId[node];
      this.rootSlot[unitTo[node]] = slot;
      for (let kid = firstKid[node]; kid >= 0; kid = nextSibling[kid]) if (unitTo[kid] < 128) this.secondStep[slot * 128 + unitTo[kid]] = newId[kid];
    }
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

/**
 * The trie as built, before its layout for scanning: node 0 is the root; children are found through an open-addressing
 * table keyed by (node, unit) and listed per node as a chain of siblings (firstKid, nextSibling), in the order they
 * were added; unitTo is the unit that leads to a node.
 */
function buildTrie(literalsById: ReadonlyArray<readonly string[] | null | undefined>) {
  let units = 0;
  for (const literals of literalsById) for (const literal of literals ?? []) units += literal.length;
  // There are at most as many edges as units (literals share prefixes: about a third as many), so two slots per unit
  // keep the table at most half full.
  let slots = 1024;
  while (slots < 2 * units) slots *= 2;
  const mask = slots - 1;
  const edgeNode = new Int32Array(slots).fill(-1);
  const edgeUnit = new Int32Array(slots);
  const edgeTarget = new Int32Array(slots);
  // Per node: its first child and its next sibling (-1: none), and the unit that leads to it.
  const firstKid = new Int32Array(units + 1).fill(-1);
  const nextSibling = new Int32Array(units + 1).fill(-1);
  const unitTo = new Int32Array(units + 1);
  const lastKid = new Int32Array(units + 1).fill(-1);
  const outputs: Array<number[] | undefined> = [];
  let nodeCount = 1;
  const childOf = (node: number, unit: number, create: boolean): number => {
    let s = probeSlot(node, unit, mask);
    for (; edgeNode[s] >= 0; s = (s + 1) & mask) if (edgeNode[s] === node && edgeUnit[s] === unit) return edgeTarget[s];
    if (!create) return -1;
    const next = nodeCount++;
    edgeNode[s] = node;
    edgeUnit[s] = unit;
    edgeTarget[s] = next;
    unitTo[next] = unit;
    if (lastKid[node] < 0) firstKid[node] = next;
    else nextSibling[lastKid[node]] = next;
    lastKid[node] = next;
    return next;
  };
  // Ids with an empty literal: it occurs in every text.
  const everywhere: number[] = [];
  literalsById.forEach((literals, id) => {
    for (const literal of literals ?? []) {
      if (!literal.length) {
        if (!everywhere.includes(id)) everywhere.push(id);
        continue;
      }
      let node = 0;
      let redundant = false;
      for (let i = 0; i < literal.length; i++) {
        // A shorter literal of the same id already ends on the way: this one adds nothing.
        if (outputs[node]?.includes(id)) {
          redundant = true;
          break;
        }
        node = childOf(node, literal.charCodeAt(i), true);
      }
      if (redundant) continue;
      const ids = (outputs[node] ??= []);
      if (!ids.includes(id)) ids.push(id);
    }
  });
  return { nodeCount, outputs, firstKid, nextSibling, unitTo, everywhere };
}

function probeSlot(node: number, unit: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
}
