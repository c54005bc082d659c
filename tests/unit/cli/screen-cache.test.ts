import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScreenCache, writeScreenCache } from '../../../cli/screen-cache';
import { builtScreen, createClassifier } from '../../../lib/classify/index';

const root = resolve(__dirname, '../../..');
const runCli = join(root, 'scripts/run-cli.mjs');
const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'screen-cache-')), name);

function classify(input: string, cachePath: string) {
  return spawnSync(process.execPath, [runCli, 'classify', '-'], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, THREADSIFT_SCREEN_CACHE: cachePath, THREADSIFT_THREADS: '1' },
  });
}

describe('the classify command keeps its regex screen between runs', () => {
  createClassifier();
  const built = builtScreen()!;

  it('reads back exactly the trie it wrote', () => {
    const path = tempFile('trie');
    writeScreenCache(path, built);
    const read = readScreenCache(path)!;
    expect(read.fingerprint).toBe(built.fingerprint);
    expect(read.trie.probeMask).toBe(built.trie.probeMask);
    for (const name of ['rootEdge', 'rootSlot', 'secondStep', 'nodeInfo', 'outIds', 'probeTable', 'everywhere'] as const) {
      expect(read.trie[name]).toBeInstanceOf(Int32Array);
      expect(Buffer.from(read.trie[name].buffer, read.trie[name].byteOffset, read.trie[name].byteLength).equals(Buffer.from(built.trie[name].buffer, built.trie[name].byteOffset, built.trie[name].byteLength))).toBe(true);
    }
  });

  it('refuses a file that is missing, cut short, damaged or not a trie', () => {
    const path = tempFile('trie');
    expect(readScreenCache(path)).toBeUndefined();
    writeScreenCache(path, built);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 4));
    expect(readScreenCache(path)).toBeUndefined();
    const damaged = Buffer.from(whole);
    damaged[damaged.length - 1000] ^= 0x40;
    writeFileSync(path, damaged);
    expect(readScreenCache(path)).toBeUndefined();
    // A header changed by one character: the probe table's mask, which would send a scan round in circles.
    const header = whole.toString('latin1');
    const mask = built.trie.probeMask;
    writeFileSync(path, Buffer.from(header.replace(`"probeMask":${mask}`, `"probeMask":${mask - 1}`), 'latin1'));
    expect(readScreenCache(path)).toBeUndefined();
    writeFileSync(path, '{"not": "a trie"}');
    expect(readScreenCache(path)).toBeUndefined();
    writeFileSync(path, Buffer.alloc(0));
    expect(readScreenCache(path)).toBeUndefined();
  });

  const input = ['Thanks a lot, this saved my evening!', 'The app crashes when I open the map.', 'Is there a way to export my sightings as a spreadsheet?', 'Die Fotos werden nicht hochgeladen.']
    .map((text) => JSON.stringify({ text }))
    .join('\n') + '\n';

  it('writes the trie on the first run and reads it on the next, with the same output', () => {
    const path = tempFile('trie');
    const first = classify(input, path);
    expect(first.status).toBe(0);
    expect(readScreenCache(path)?.fingerprint).toBe(built.fingerprint);
    const second = classify(input, path);
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);

  it('scans with the stored trie: one emptied of its literals finds no cue the screen guards', () => {
    const path = tempFile('trie');
    const normal = classify(input, path);
    // A valid file whose trie leads nowhere: if the command reads it, the screened phrases are never found.
    const empty = { fingerprint: built.fingerprint, trie: { ...built.trie, rootEdge: new Int32Array(built.trie.rootEdge.length).fill(-1) } };
    writeScreenCache(path, empty);
    const blind = classify(input, path);
    expect(blind.status).toBe(0);
    expect(blind.stdout).not.toBe(normal.stdout);
  }, 60_000);

  it('refuses tables a scan cannot trust, even with a right checksum: a probe table with no empty slot, roots cut short', () => {
    const path = tempFile('trie');
    writeScreenCache(path, { ...built, trie: { ...built.trie, probeTable: new Int32Array(built.trie.probeTable.length).fill(0) } });
    expect(readScreenCache(path)).toBeUndefined();
    writeScreenCache(path, { ...built, trie: { ...built.trie, rootEdge: built.trie.rootEdge.slice(0, 1000) } });
    expect(readScreenCache(path)).toBeUndefined();
    writeScreenCache(path, { ...built, trie: { ...built.trie, probeMask: built.trie.probeMask - 1 } });
    expect(readScreenCache(path)).toBeUndefined();
  });

  it('hands the stored trie to the worker threads too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'screen-cache-threads-'));
    const file = join(dir, 'big.jsonl');
    const texts = ['The app crashes when I open the map.', 'Thanks a lot, this saved my evening!', 'Die Fotos werden nicht hochgeladen.'];
    writeFileSync(file, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `${texts[i % 3]} (${i})` })).join('\n') + '\n');
    const path = join(dir, 'trie');
    const run = () => spawnSync(process.execPath, [runCli, 'classify', file], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, THREADSIFT_SCREEN_CACHE: path, THREADSIFT_THREADS: '2' } });
    const normal = run().stdout.trim().split('\n');
    writeScreenCache(path, { fingerprint: built.fingerprint, trie: { ...built.trie, rootEdge: new Int32Array(built.trie.rootEdge.length).fill(-1) } });
    const blind = run().stdout.trim().split('\n');
    expect(blind).toHaveLength(3000);
    // Every batch of 1,000 lines, whichever thread read it, scanned with the blind trie.
    for (const start of [0, 1000, 2000]) expect(blind[start]).not.toBe(normal[start]);
  }, 60_000);

  it('ignores a damaged file or one of another lexicon, classifies as usual and writes a good file in its place', () => {
    const path = tempFile('trie');
    const normal = classify(input, path);
    writeFileSync(path, 'garbage');
    expect(classify(input, path).stdout).toBe(normal.stdout);
    expect(readScreenCache(path)?.fingerprint).toBe(built.fingerprint);
    writeScreenCache(path, { fingerprint: 'another lexicon', trie: { ...built.trie, rootEdge: new Int32Array(built.trie.rootEdge.length).fill(-1) } });
    expect(classify(input, path).stdout).toBe(normal.stdout);
    expect(readScreenCache(path)?.fingerprint).toBe(built.fingerprint);
  }, 60_000);
});
