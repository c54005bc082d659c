// The scan command given broken, hostile or odd pages, arguments and outputs, as a user meets it: what ends up on
// stdout, stderr and in the exit status.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ThreadExport } from '../../../lib/thread';
import { renderHostilePage } from '../../fixtures/hostile/hostile-thread';

const root = resolve(__dirname, '../../..');
// What `npm run scan` runs: the command's bundle, (re)built from cli/ and lib/ when they changed.
const runCli = join(root, 'scripts/run-cli.mjs');
const LEMIRE = join(root, 'tests/fixtures/pages/wordpress-lemire-en/source.html');
const FRANZISKA = join(root, 'tests/fixtures/pages/wordpress-legacy-franziska-elea-de/source.html');
const tempDir = () => mkdtempSync(join(tmpdir(), 'scan-robust-'));

function scan(args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [runCli, 'scan', ...args], { cwd: root, timeout: 30_000, maxBuffer: 64 << 20, ...options, env: { ...process.env, ...options.env } });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** Runs scan without blocking this process (which serves the page it fetches). */
function scanAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [runCli, 'scan', ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data) => (stdout += data));
  child.stderr.on('data', (data) => (stderr += data));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

describe('scan: the output goes away or fills up', () => {
  it('exits 0 without a trace when the reader of its output has gone away (| head -1)', async () => {
    const child = spawn(process.execPath, [runCli, 'scan', LEMIRE], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    // The reader is gone before the thread is written.
    child.stdout.destroy();
    const status = await new Promise<number | null>((done) => child.on('exit', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('says in one line that the disk is full, and exits 1', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = scan([LEMIRE], { stdio: ['ignore', full, 'pipe'] });
      expect(result.stderr).toBe('threadsift: cannot write the output: no space left on device\n');
      expect(result.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

describe('scan: arguments', () => {
  it('rejects an unknown option by name, even one that could take the file as its value', () => {
    for (const args of [[LEMIRE, '--bogus'], ['--verbose', LEMIRE], ['-x', LEMIRE]]) {
      const result = scan(args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`threadsift: unknown option ${args.find((a) => a.startsWith('-'))} (see --help)\n`);
    }
  });

  it('says which option lacks its value', () => {
    for (const args of [[LEMIRE, '--url'], [LEMIRE, '--staff', '--format', 'md'], [LEMIRE, '--format'], [LEMIRE, '--url=']]) {
      const result = scan(args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toBe(`threadsift: ${args[1].replace(/=$/, '')} needs a value (see --help)\n`);
    }
  });

  it('takes only an http(s) address for --url, and all of it', () => {
    const wrong = scan([LEMIRE, '--url', 'notaurl']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe('threadsift: --url needs the page\'s http(s) address, such as https://example.org/post, not "notaurl"\n');
    const right = scan([LEMIRE, '--url=https://lemire.me/blog/?p=1&x=y']);
    expect(right.status).toBe(0);
    for (const comment of (JSON.parse(right.stdout) as ThreadExport).comments) expect(comment.permalink).toMatch(/^https:\/\/lemire\.me\/blog\/\?p=1&x=y#/);
  });

  it('prints its usage on stdout for --help and exits 0', () => {
    const help = scan(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run scan -- <file.html\|url>/);
    expect(help.stderr).toBe('');
  });
});

describe('scan: what it cannot read', () => {
  it('calls a directory a directory', () => {
    const dir = join(tempDir(), 'saved.html');
    mkdirSync(dir);
    const result = scan([dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`threadsift: ${dir} is a directory, not a saved page\n`);
  });

  it('says only http(s) URLs and local files are read, for ftp:// and file://', () => {
    for (const source of ['ftp://example.org/page.html', 'file:///etc/passwd']) {
      const result = scan([source]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`threadsift: cannot read ${source}: only http(s) URLs or local files are supported\n`);
    }
  });

  it('says why a fetch failed (connection refused), and what to do instead', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createTcpServer().listen(0, '127.0.0.1');
    await new Promise((done) => probe.once('listening', done));
    const { port } = probe.address() as AddressInfo;
    await new Promise((done) => probe.close(done));
    const result = scan([`http://127.0.0.1:${port}/post`]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`threadsift: cannot fetch http://127.0.0.1:${port}/post: connect ECONNREFUSED 127.0.0.1:${port}; check the address, or save the page from your browser and pass the file\n`);
  });

  it('gives up on a server that never answers, with a message', async () => {
    // It takes the connection and says nothing; the time limit is cut to 1 s, as only tests can.
    const silent = createTcpServer(() => {}).listen(0, '127.0.0.1');
    await new Promise((done) => silent.once('listening', done));
    const { port } = silent.address() as AddressInfo;
    try {
      const result = scan([`http://127.0.0.1:${port}/post`], { env: { THREADSIFT_TEST_FETCH_TIMEOUT_MS: '1000' } });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`threadsift: cannot fetch http://127.0.0.1:${port}/post: the page did not arrive within 1 s; check the address, or save the page from your browser and pass the file\n`);
    } finally {
      silent.close();
    }
  });
});

describe('scan: encodings and control characters', () => {
  // The German page's text as Latin-1 can hold it (a few characters, such as €, it cannot).
  const text = readFileSync(FRANZISKA, 'utf8').replace(/[^\u0000-\u00ff]/g, '?');
  const pageUrl = 'https://franziska-elea.de/post';
  const commentsOf = (stdout: string) => (JSON.parse(stdout) as ThreadExport).comments.map((c) => [c.author, c.text]);
  const dir = tempDir();
  const utf8File = join(dir, 'utf8.html');
  writeFileSync(utf8File, text);
  const expected = commentsOf(scan([utf8File, '--url', pageUrl]).stdout);

  it('reads a saved page in the charset its <meta> names', () => {
    expect(expected.some(([, t]) => /[äöüß]/.test(t))).toBe(true);
    for (const meta of ['<meta charset="iso-8859-1">', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />']) {
      const file = join(dir, 'latin1.html');
      writeFileSync(file, Buffer.from(text.replace(/<meta[^>]*charset=[^>]*>/gi, '').replace('<head>', `<head>${meta}`), 'latin1'));
      const result = scan([file, '--url', pageUrl]);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(commentsOf(result.stdout)).toEqual(expected);
    }
  });

  it('reads a fetched page in the charset of its Content-Type', async () => {
    const latin1 = Buffer.from(text.replace(/<meta[^>]*charset=[^>]*>/gi, ''), 'latin1');
    const server = createHttpServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(latin1)).listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    try {
      const result = await scanAsync([`http://127.0.0.1:${(server.address() as AddressInfo).port}/post`, '--url', pageUrl]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(commentsOf(result.stdout)).toEqual(expected);
    } finally {
      server.close();
    }
  });

  it('warns when a page that names no charset is not valid UTF-8', () => {
    const file = join(dir, 'unnamed.html');
    writeFileSync(file, Buffer.from(text.replace(/<meta[^>]*charset=[^>]*>/gi, ''), 'latin1'));
    const result = scan([file, '--url', pageUrl]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^threadsift: the page is not valid UTF-8 and names no charset; \d+ replacement character\(s\) \(U\+FFFD\) stand in for its bad bytes\n/);
  });

  it('writes no terminal control characters into Markdown or CSV, and keeps them escaped in JSON', () => {
    const origin = 'https://blog.example.org';
    const comments = [
      { id: 1, author: 'eve\x1b]0;owned\x07', at: '2026-03-02T10:00:00+00:00', text: 'Does it work on a mac? \x1b[2J\x1b]0;pwned\x07 Please\x9b answer.' },
      { id: 2, author: 'bob', at: '2026-03-02T10:05:00+00:00', text: 'Why does the export break?' },
    ];
    const page = join(dir, 'hostile.html');
    writeFileSync(page, renderHostilePage(origin, comments));
    for (const format of ['md', 'csv']) {
      const result = scan([page, '--url', `${origin}/post`, '--format', format]);
      expect(result.status, format).toBe(0);
      expect(result.stdout, format).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/);
      // The text around them stays (Markdown escapes its brackets), and so do the other comments.
      expect(result.stdout, format).toMatch(/Does it work on a mac\? \\?\[2J\\?\]0;pwned Please answer/);
      expect(result.stdout, format).toContain('Why does the export break');
    }
    const json = JSON.parse(scan([page, '--url', `${origin}/post`]).stdout) as ThreadExport;
    expect(json.comments[0].text).toBe(comments[0].text);
  });
});
