// The classify command given broken, hostile or odd input and output, as a user meets it: what ends up on stdout,
// stderr and in the exit status.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
// What `npm run classify` runs: the command's bundle, (re)built from cli/ and lib/ when they changed.
const runCli = join(root, 'scripts/run-cli.mjs');
const tempDir = () => mkdtempSync(join(tmpdir(), 'classify-robust-'));

function classify(args: string[], input?: string | Buffer, options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [runCli, 'classify', ...args], { cwd: root, input, timeout: 30_000, maxBuffer: 64 << 20, ...options, env: { ...process.env, ...options.env } });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}
const jsonl = (...texts: string[]) => texts.map((text) => JSON.stringify({ text })).join('\n') + '\n';
const rowsOf = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
/** No Node crash report: no stack frame, no "node:events" trace, no version footer. */
const noCrash = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |node:events|Node\.js v\d/);

describe('classify: the output goes away or fills up', () => {
  it('stops reading and exits 0 without a trace when the reader of its output goes away (| head -1)', async () => {
    const child = spawn(process.execPath, [runCli, 'classify', '-'], { cwd: root, env: { ...process.env, THREADSIFT_THREADS: '1' } });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    // Input that never ends, as from `yes`: only the command's own stop can end it.
    const block = Buffer.from(jsonl('thanks!', 'does it work on a mac?').repeat(2000));
    const feed = () => {
      while (child.stdin.writable && child.stdin.write(block));
    };
    child.stdin.on('drain', feed);
    child.stdin.on('error', () => {});
    feed();
    // The reader takes the first chunk of output and goes away.
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('exit', done));
    expect(status).toBe(0);
    expect(stderr).toBe('');
  }, 20_000);

  it('says in one line that the disk is full, and exits 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = classify(['-'], jsonl('thanks!', 'how do I install it?'), { stdio: ['pipe', full, 'pipe'] });
      expect(result.stderr).toBe('classify: cannot write the output: no space left on device\n');
      expect(result.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it('says in one line why it failed when reading fails midway, or anything else goes wrong, and exits 2', () => {
    // Preloaded: standard input gives one line, then fails as a disk does (a system error), or with a plain error.
    const preload = join(tempDir(), 'failing-stdin.cjs');
    writeFileSync(
      preload,
      `const { Readable } = require('node:stream');
      const failure = process.env.TEST_FAILURE === 'eio' ? Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' }) : new Error('test failure');
      const stdin = Readable.from((async function* () { yield Buffer.from('{"text":"thanks!"}\\n'); throw failure; })());
      Object.defineProperty(process, 'stdin', { get: () => stdin });`,
    );
    const run = (failure: string) => spawnSync(process.execPath, ['-r', preload, runCli, 'classify', '-'], { cwd: root, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TEST_FAILURE: failure } });
    const eio = run('eio');
    expect(eio.stderr).toBe('classify: cannot read standard input: i/o error\n');
    expect(eio.status).toBe(2);
    const other = run('other');
    expect(other.stderr).toBe('classify: test failure\n');
    expect(other.status).toBe(2);
  });
});

describe('classify: arguments', () => {
  const file = join(tempDir(), 'in.jsonl');
  writeFileSync(file, jsonl('thanks!'));

  it('rejects a second input file by name, rather than ignoring it', () => {
    const result = classify([file, 'other.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('classify: one input file expected, but other.jsonl is a second one\n');
  });

  it('rejects an unknown option by name, before or after the file, and never reads its value as the file', () => {
    for (const args of [['--bogus', file], [file, '--bogus'], ['--threads', '2', file], ['-x']]) {
      const result = classify(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`classify: unknown option ${args.find((a) => a.startsWith('-'))} (see --help)\n`);
    }
  });

  it('prints its usage on stdout for --help and exits 0; with no file, on stderr with exit 2', () => {
    const help = classify(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run classify -- <file.jsonl \| ->/);
    expect(help.stderr).toBe('');
    const none = classify([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^usage:/);
  });

  it('still reads standard input from "-", and a file named after "--"', () => {
    expect(rowsOf(classify(['-'], jsonl('thanks!')).stdout).map((r) => r.labels[0])).toEqual(['thanks']);
    expect(classify(['--', file]).status).toBe(0);
  });
});

describe('classify: long lines', () => {
  it('reports a line over the length limit by number, skips it and goes on with the lines after it, in order', () => {
    // A 3 MB line through a pipe (read 64 KB at a time) under a 1 MB limit that only tests set.
    const input = jsonl('thanks!') + JSON.stringify({ text: 'x'.repeat(3_000_000) }) + '\n' + jsonl('does it work on a mac?');
    const result = classify(['-'], input, { env: { THREADSIFT_TEST_MAX_LINE_CHARS: '1000000' } });
    expect(result.status).toBe(1);
    expect(rowsOf(result.stdout).map((r) => r.text)).toEqual(['thanks!', 'does it work on a mac?']);
    expect(result.stderr).toBe('classify: line 2: longer than 1000000 characters; skipped\nclassify: 1 bad line(s) of 3\n');
  });

  it('keeps a long line under the limit whole, through a pipe', () => {
    const text = `Does it work? ${'lorem ipsum '.repeat(400_000)}`.trim(); // 4.8 MB
    const result = classify(['-'], jsonl('thanks!', text, 'ok'));
    expect(result.status).toBe(0);
    expect(rowsOf(result.stdout).map((r) => r.text)).toEqual(['thanks!', text, 'ok']);
  });

  it('stops with a message on input that has no line end at all (/dev/zero), instead of growing without bound', () => {
    const result = classify(['/dev/zero'], undefined, { timeout: 15_000 });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('classify: no line end in the first 64 Mi characters: the input does not look like JSON Lines; stopped\n');
  }, 20_000);
});

describe('classify: control bytes and input that is not JSON Lines', () => {
  it('escapes the control characters of a bad line it quotes, so they cannot act on the terminal', () => {
    const result = classify(['-'], '\x1b[2J\x1b]0;pwned\x07 not json\n' + jsonl('thanks!'));
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(result.stderr).toContain('classify: line 1: not valid JSON (Unexpected token \'\\u001b\', "\\u001b[2J\\u001b]0;pw"... is not valid JSON)');
    expect(rowsOf(result.stdout).map((r) => r.text)).toEqual(['thanks!']);
  });

  it('stops after 100 bad lines with no good one: the input is not JSON Lines', () => {
    const input = Array.from({ length: 5000 }, (_, i) => `name,comment,${i}`).join('\n') + '\n' + jsonl('thanks!');
    const result = classify(['-'], input);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines.slice(0, 100).map((line) => line.match(/^classify: line (\d+): not valid JSON/)?.[1])).toEqual(Array.from({ length: 100 }, (_, i) => String(i + 1)));
    expect(lines[100]).toBe('classify: 100 bad lines and not one good one: the input does not look like JSON Lines (a JSON object with a "text" field on each line); stopped');
  });

  it('goes on through many bad lines once a good one came first', () => {
    const input = jsonl('thanks!') + Array.from({ length: 300 }, () => 'oops').join('\n') + '\n' + jsonl('does it work on a mac?');
    const result = classify(['-'], input);
    expect(result.status).toBe(1);
    expect(rowsOf(result.stdout).map((r) => r.text)).toEqual(['thanks!', 'does it work on a mac?']);
    expect(result.stderr).toMatch(/classify: 300 bad line\(s\) of 302\n$/);
  });
});

describe('classify: encodings', () => {
  const withRoles = [
    { page: 'post-1', i: 0, author: 'reader1', text: 'Great write-up, thank you.' },
    { page: 'post-1', i: 1, author: 'Lena', text: 'Glad you liked it.' },
    { page: 'post-2', i: 0, author: 'reader2', text: 'Does this work on Windows too?' },
    { page: 'post-2', i: 1, author: 'Lena', text: 'Not really, I am probably the wrong person to ask about that.' },
  ]
    .map((line) => JSON.stringify(line))
    .join('\n') + '\n';

  it('skips a UTF-8 byte order mark at the start of the input', () => {
    const result = classify(['-'], '\ufeff' + jsonl('thanks', 'does it work on mac?'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(rowsOf(result.stdout).map((r) => r.labels[0])).toEqual(['thanks', 'question']);
  });

  it('works out roles from authors after a byte order mark as without one', () => {
    const plain = classify(['-'], withRoles);
    const marked = classify(['-'], '\ufeff' + withRoles);
    expect(marked.status).toBe(0);
    expect(marked.stdout).toBe(plain.stdout);
    // The roles were worked out: Lena, the blog's author, answers.
    expect(rowsOf(marked.stdout)[3].labels).toEqual(['other', 'bug']);
  });

  it('warns once when the input is not valid UTF-8, and goes on', () => {
    const latin1 = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from(' ok, merci"}\n'), Buffer.from(jsonl('thanks!'))]);
    const result = classify(['-'], latin1);
    expect(result.status).toBe(0);
    expect(rowsOf(result.stdout).map((r) => r.text)).toEqual(['caf\ufffd ok, merci', 'thanks!']);
    expect(result.stderr).toBe('classify: input is not valid UTF-8; 1 replacement character(s) (U+FFFD) stand in for its bad bytes\n');
    // A replacement character the input itself holds is no sign of a wrong encoding.
    expect(classify(['-'], jsonl('caf\ufffd ok')).stderr).toBe('');
  });
});
