// The classifier's regex screen keeps its literals in a trie that takes 0.07-0.1 s to build, a third of the classify
// command's start-up. The command keeps the built trie in a file beside its bundle (scripts/run-cli.mjs names the
// file after the bundle's build time) and reads it back on the next run in about 2 ms. A file that is missing, cut
// short, damaged, of another lexicon or laid out by other code is ignored: the trie is then built as before and the
// file written afresh. The header and every number are checksummed, and the tables' shapes are checked before use,
// so that no file can send a scan round in circles.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { contentHash } from '../lib/classify/hash';
import { ROOT_UNITS, TRIE_LAYOUT, type TrieTables } from '../lib/classify/literal-trie';
import type { BuiltScreen } from '../lib/classify/prescreen';

const MAGIC = 'threadsift-screen-trie 2';
/** The trie's arrays, in the order they are stored. */
const ARRAYS = ['rootEdge', 'rootSlot', 'secondStep', 'nodeInfo', 'outIds', 'probeTable', 'everywhere'] as const;

interface Header {
  magic: string;
  /** The lexicon's fingerprint (its screen table's). */
  fingerprint: string;
  /** The layout the trie was written in (TRIE_LAYOUT). */
  layout: number;
  probeMask: number;
  lengths: number[];
  /** Over the other fields and every stored number. */
  checksum: string;
}

/** The checksum of a header's other fields and of the arrays. */
function checksumOf(header: Omit<Header, 'checksum'>, arrays: readonly Int32Array[]): string {
  let sum = 0;
  for (const array of arrays) for (let k = 0; k < array.length; k++) sum = (Math.imul(sum, 31) + array[k]) | 0;
  const { magic, fingerprint, layout, probeMask, lengths } = header;
  return contentHash(`${JSON.stringify([magic, fingerprint, layout, probeMask, lengths])}|${sum}`);
}

/** Whether the tables have the shapes a scan relies on; above all, a probe of the edge table always meets an empty slot. */
function wellShaped(trie: TrieTables): boolean {
  const { rootEdge, rootSlot, secondStep, nodeInfo, probeTable, probeMask } = trie;
  if (rootEdge.length !== ROOT_UNITS || rootSlot.length !== ROOT_UNITS || secondStep.length % 128 !== 0 || nodeInfo.length % 4 !== 0) return false;
  if (!Number.isInteger(probeMask) || probeMask < 1 || (probeMask & (probeMask + 1)) !== 0 || probeTable.length !== (probeMask + 1) * 4) return false;
  for (let slot = 0; slot <= probeMask; slot++) if (probeTable[slot * 4] < 0) return true;
  return false;
}

/** The trie stored at `path`, or undefined when there is none or it cannot be trusted. */
export function readScreenCache(path: string): BuiltScreen | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    if (file.length < 4) return undefined;
    const headerBytes = file.readUInt32LE(0);
    const dataStart = 4 + headerBytes;
    if (dataStart > file.length || dataStart % 4 !== 0) return undefined;
    const header = JSON.parse(file.toString('utf8', 4, dataStart).trimEnd()) as Header;
    if (header?.magic !== MAGIC || header.layout !== TRIE_LAYOUT || !Array.isArray(header.lengths) || header.lengths.length !== ARRAYS.length) return undefined;
    if (!header.lengths.every((length) => Number.isInteger(length) && length >= 0)) return undefined;
    const total = header.lengths.reduce((sum, length) => sum + length, 0);
    if (dataStart + total * 4 !== file.length) return undefined;
    // Int32Array views need 4-byte alignment; a Buffer may sit anywhere in its ArrayBuffer, so copy when it does not.
    const bytes = (file.byteOffset + dataStart) % 4 === 0 ? file : Buffer.from(file);
    const arrays: Int32Array[] = [];
    let at = bytes.byteOffset + dataStart;
    for (const length of header.lengths) {
      arrays.push(new Int32Array(bytes.buffer, at, length));
      at += length * 4;
    }
    if (checksumOf(header, arrays) !== header.checksum) return undefined;
    const trie = Object.fromEntries(ARRAYS.map((name, k) => [name, arrays[k]])) as unknown as TrieTables;
    trie.probeMask = header.probeMask;
    return wellShaped(trie) ? { fingerprint: header.fingerprint, trie } : undefined;
  } catch {
    return undefined;
  }
}

/** Store `screen` at `path`, written aside and renamed into place so that a run started meanwhile never reads half of it. */
export function writeScreenCache(path: string, screen: BuiltScreen): void {
  const arrays = ARRAYS.map((name) => screen.trie[name]);
  const fields = { magic: MAGIC, fingerprint: screen.fingerprint, layout: TRIE_LAYOUT, probeMask: screen.trie.probeMask, lengths: arrays.map((a) => a.length) };
  let json = JSON.stringify({ ...fields, checksum: checksumOf(fields, arrays) });
  while ((4 + Buffer.byteLength(json)) % 4 !== 0) json += ' ';
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(Buffer.byteLength(json));
  const partial = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, Buffer.concat([prefix, Buffer.from(json), ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]));
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
