// The classifier's regex screen keeps its literals in a trie that takes 0.07-0.1 s to build, a third of the classify
// command's start-up. The command keeps the built trie in a file beside its bundle (scripts/run-cli.mjs names the
// file, and renames it with each new bundle, so a trie is only ever read by the code that laid it out) and reads it
// back on the next run in about 2 ms. A file that is missing, cut short, corrupt or of another lexicon is ignored:
// the trie is then built as before and the file written afresh.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BuiltScreen } from '../lib/classify/prescreen';
import type { TrieTables } from '../lib/classify/literal-trie';

const MAGIC = 'threadsift-screen-trie 1';
/** The trie's arrays, in the order they are stored. */
const ARRAYS = ['rootEdge', 'rootSlot', 'secondStep', 'nodeInfo', 'outIds', 'probeTable', 'everywhere'] as const;

interface Header {
  magic: string;
  fingerprint: string;
  probeMask: number;
  lengths: number[];
  checksum: number;
}

/** A cheap sum over every stored number, so that a damaged file is noticed rather than scanned with. */
function checksumOf(arrays: readonly Int32Array[]): number {
  let sum = 0;
  for (const array of arrays) for (let k = 0; k < array.length; k++) sum = (Math.imul(sum, 31) + array[k]) | 0;
  return sum;
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
    if (header.magic !== MAGIC || !Array.isArray(header.lengths) || header.lengths.length !== ARRAYS.length) return undefined;
    const total = header.lengths.reduce((sum, length) => sum + length, 0);
    if (!Number.isInteger(total) || dataStart + total * 4 !== file.length) return undefined;
    // Int32Array views need 4-byte alignment; a Buffer may sit anywhere in its ArrayBuffer, so copy when it does not.
    const bytes = (file.byteOffset + dataStart) % 4 === 0 ? file : Buffer.from(file);
    const arrays: Int32Array[] = [];
    let at = bytes.byteOffset + dataStart;
    for (const length of header.lengths) {
      arrays.push(new Int32Array(bytes.buffer, at, length));
      at += length * 4;
    }
    if (checksumOf(arrays) !== header.checksum) return undefined;
    const trie = Object.fromEntries(ARRAYS.map((name, k) => [name, arrays[k]])) as unknown as TrieTables;
    trie.probeMask = header.probeMask;
    return { fingerprint: header.fingerprint, trie };
  } catch {
    return undefined;
  }
}

/** Store `screen` at `path`, written aside and renamed into place so that a run started meanwhile never reads half of it. */
export function writeScreenCache(path: string, screen: BuiltScreen): void {
  const arrays = ARRAYS.map((name) => screen.trie[name]);
  const header: Header = { magic: MAGIC, fingerprint: screen.fingerprint, probeMask: screen.trie.probeMask, lengths: arrays.map((a) => a.length), checksum: checksumOf(arrays) };
  let json = JSON.stringify(header);
  while ((4 + Buffer.byteLength(json)) % 4 !== 0) json += ' ';
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(Buffer.byteLength(json));
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, Buffer.concat([prefix, Buffer.from(json), ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]));
  renameSync(partial, path);
}
