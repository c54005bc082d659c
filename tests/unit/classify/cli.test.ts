import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const root = resolve(__dirname, '../../..');
// What `npm run classify` runs: the command's bundle, (re)built from cli/ and lib/ when they changed.
const runCli = join(root, 'scripts/run-cli.mjs');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [runCli, 'classify', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run classify', () => {
  it('passes hostile text through unchanged: markup, NUL, bidi overrides', () => {
    const texts = ['Why is it blank? <img src=x onerror=alert(1)>', 'Does the \u0000 null byte break it?', 'eve\u202Egnp.exe says thanks 🙏'];
    const result = run(['-'], texts.map((text) => JSON.stringify({ text })).join('\n') + '\n');
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.text)).toEqual(texts);
    for (const r of rows) expect(r.labels.length).toBeGreaterThan(0);
  });

  it('adds labels, scores and cues to each line, in order, and reports bad lines by number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'Merci beaucoup pour cet article !', extra: [1, 2] }),
        '{not json',
        JSON.stringify({ id: 'b', text: 'The counter says 12 but I uploaded 40' }),
        JSON.stringify({ id: 'c', body: 'no text field' }),
        JSON.stringify({ id: 'd', text: 'Is there a way to export my sightings as a spreadsheet.' }),
      ].join('\n') + '\n',
    );
    const result = run([file]);
    expect(result.status).toBe(1);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'd']);
    expect(rows[0].extra).toEqual([1, 2]);
    expect(rows.map((r) => r.labels[0])).toEqual(['thanks', 'bug', 'question']);
    for (const r of rows) {
      expect(Object.keys(r.scores).sort()).toEqual(['bug', 'other', 'question', 'thanks']);
      expect(typeof r.cues).toBe('object');
    }
    expect(result.stderr).toMatch(/line 2: not valid JSON/);
    expect(result.stderr).toMatch(/line 4: expected a JSON object with a string "text" field/);
  });

  it('keeps each record as written (spacing, escapes, nested fields) and replaces labels, scores and cues it already had', () => {
    const lines = [
      '  { "id" : 7, "text" : "Gracias \\u00a1qu\u00e9 bien!", "meta": {"tags": ["a", "b"]} }  ',
      JSON.stringify({ id: 8, text: 'Is there a way to export my sightings as a spreadsheet.', labels: ['stale'], cues: 'old' }),
    ];
    const result = run(['-'], lines.join('\n') + '\n');
    expect(result.status).toBe(0);
    const out = result.stdout.trim().split('\n');
    expect(out).toHaveLength(2);
    const rows = out.map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ id: 7, text: 'Gracias \u00a1qu\u00e9 bien!', meta: { tags: ['a', 'b'] } });
    expect(rows[0].labels[0]).toBe('thanks');
    expect(rows[1].labels).toEqual(createClassifier().classify(rows[1].text).labels);
    expect(rows[1].labels).not.toContain('stale');
    expect(typeof rows[1].cues).toBe('object');
  });

  it('reads a "staff": true field: a staff answer does not lead with a report it barely reads as', () => {
    const text = 'Not really, I am probably the wrong person to ask about that.';
    const result = run(['-'], [JSON.stringify({ text }), JSON.stringify({ text, staff: true })].join('\n') + '\n');
    const [byReader, byStaff] = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(byReader.labels).toEqual(createClassifier().classify(text).labels);
    expect(byStaff.labels).toEqual(['other', 'bug']);
    expect(byStaff.staff).toBe(true);
  });

  it('reads an "opensThread": true field: the post that opens a topic leads with the question it asks', () => {
    const text =
      'Our club has used the booking calendar for two seasons now. Members like that they can see free courts at a glance. The reminders cut no-shows by half. The payment page works with the cards people have. The coaches use the group bookings every week. Would it be possible to set a booking limit per member?';
    const result = run(['-'], [JSON.stringify({ text }), JSON.stringify({ text, staff: true, opensThread: true })].join('\n') + '\n');
    const [asReply, asOpening] = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(asReply.labels[0]).toBe('other');
    expect(asOpening.labels[0]).toBe('question');
  });

  it('reads a reply that names the writer before it as an answer, on a page given alone with its authors', () => {
    const reply = 'Not really, I am probably the wrong person to ask about that.';
    const page = (answer: string) =>
      [
        { page: 'post', i: 0, author: 'Brian Kim', text: 'Does this work on Windows too?' },
        { page: 'post', i: 1, author: 'Lena', text: answer },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n') + '\n';
    const lead = (input: string) => JSON.parse(run(['-'], input).stdout.trim().split('\n')[1]).labels[0];
    // Lena writes once: counting finds no one answering. Naming Brian, her reply answers him.
    expect(lead(page(`Hi Brian, ${reply.toLowerCase()}`))).toBe('other');
    expect(lead(page(reply))).toBe('bug');
  });

  it('works out who answers from "author" and "page" when no line names a role, as in the shared fixture format', () => {
    const reply = 'Not really, I am probably the wrong person to ask about that.';
    const lines = [
      { page: 'post-1', i: 0, author: 'reader1', text: 'Great write-up, thank you.' },
      { page: 'post-1', i: 1, author: 'Lena', text: 'Glad you liked it.' },
      { page: 'post-2', i: 0, author: 'reader2', text: 'Does this work on Windows too?' },
      { page: 'post-2', i: 1, author: 'Lena', text: reply },
      { page: 'post-3', i: 0, author: 'reader3', text: 'Nice photos.' },
    ];
    const inferred = run(['-'], lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    expect(inferred.status).toBe(0);
    const rows = inferred.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // Lena comments on two of the three posts: the blog's author, whose reply is an answer.
    expect(rows[3].labels).toEqual(['other', 'bug']);
    expect(rows.map((r) => r.author)).toEqual(lines.map((line) => line.author));
    // A line that names a role keeps it, and then no author is worked out on any line.
    const given = run(['-'], lines.map((line) => JSON.stringify({ ...line, staff: false })).join('\n') + '\n');
    const givenRows = given.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(givenRows[3].labels).toEqual(createClassifier().classify(reply).labels);
    expect(givenRows[3].labels[0]).toBe('bug');
    // Without a thread for each line there is no telling who answers where: nothing is worked out.
    const unthreaded = run(['-'], lines.map(({ page, ...line }) => JSON.stringify({ ...line, origin: page })).join('\n') + '\n');
    expect(unthreaded.stdout.trim().split('\n').map((l) => JSON.parse(l).labels)[3]).toEqual(givenRows[3].labels);
    // A role field that is not true or false names no role.
    const nullStaff = run(['-'], lines.map((line) => JSON.stringify({ ...line, staff: null })).join('\n') + '\n');
    expect(nullStaff.stdout.trim().split('\n').map((l) => JSON.parse(l).labels)).toEqual(rows.map((r) => r.labels));
    // "thread" names the thread as "page" does, and blank lines before the first line change nothing.
    const byThread = run(['-'], '\n\n' + lines.map(({ page, ...line }) => JSON.stringify({ ...line, thread: page })).join('\n') + '\n');
    expect(byThread.stdout.trim().split('\n').map((l) => JSON.parse(l).labels)).toEqual(rows.map((r) => r.labels));
  });

  it('reads standard input with "-" and exits 0 when all lines are good', () => {
    const result = run(['-'], JSON.stringify({ text: 'Vielen Dank!' }) + '\n\n' + JSON.stringify({ text: 'how do you abort a fetch?' }) + '\n');
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.labels[0])).toEqual(['thanks', 'question']);
  });

  it('streams a file larger than one read chunk with CRLF line ends, in order, and reports timing on request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-cli-'));
    const file = join(dir, 'big.jsonl');
    const padding = 'x'.repeat(400);
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(JSON.stringify({ id: i, pad: padding, text: i % 2 ? `Is there a way to export list ${i}?` : `Thanks for post ${i}!` }));
    lines[2700] = '{broken'; // past the first 1 MB chunk
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const result = spawnSync(process.execPath, [runCli, 'classify', file], { cwd: root, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20, env: { ...process.env, THREADSIFT_TIMING: '1' } });
    expect(result.status).toBe(1);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual([...Array(3000).keys()].filter((i) => i !== 2700));
    // Each row carries the library's own result for its text.
    const classifier = createClassifier();
    for (const r of rows) expect({ labels: r.labels, scores: r.scores, cues: r.cues }).toEqual(classifier.classify(r.text));
    expect(rows.filter((r) => r.labels[0] === 'question').length).toBeGreaterThan(1400);
    expect(result.stderr).toMatch(/line 2701: not valid JSON/);
    expect(result.stderr).toMatch(/1 bad line\(s\) of 3000/);
    expect(result.stderr).toMatch(/timing: 2999 comments in [\d.]+ ms = \d+ comments\/s/);
  });

  it('classifies a big file on worker threads with the same output, order and bad-line numbers as on one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-cli-threads-'));
    const file = join(dir, 'big.jsonl');
    const texts = ['Thanks a lot, this saved my evening!', 'The counter says 12 but I uploaded 40', 'Is there a way to export my sightings as a spreadsheet.', 'Die Fotos gehen nicht.', 'I moved to Berlin last year.'];
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: i, text: `${texts[i % texts.length]} (${i}) ${'lorem ipsum '.repeat(i % 9)}` }));
    lines.splice(1500, 0, '{broken');
    lines.splice(3300, 0, JSON.stringify({ id: 'no-text' }));
    writeFileSync(file, lines.join('\n') + '\n');
    const env = (threads: string) => ({ ...process.env, THREADSIFT_THREADS: threads });
    const threaded = spawnSync(process.execPath, [runCli, 'classify', file], { cwd: root, encoding: 'utf8', timeout: 60_000, env: env('2') });
    const single = spawnSync(process.execPath, [runCli, 'classify', file], { cwd: root, encoding: 'utf8', timeout: 60_000, env: env('1') });
    expect(threaded.status).toBe(1);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.stderr).toMatch(/line 1501: not valid JSON/);
    expect(threaded.stderr).toMatch(/line 3301: expected a JSON object/);
    const rows = threaded.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4000);
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 4000 }, (_, i) => i));
  }, 60_000);

  it('writes every line, in order, when a worker thread fails to start or stops midway', () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-cli-threads-'));
    const file = join(dir, 'big.jsonl');
    const texts = ['Thanks a lot, this saved my evening!', 'The counter says 12 but I uploaded 40', 'Is there a way to export my sightings?'];
    writeFileSync(file, Array.from({ length: 6000 }, (_, i) => JSON.stringify({ id: i, text: `${texts[i % 3]} (${i}) ${'lorem ipsum '.repeat(i % 9)}` })).join('\n') + '\n');
    // Preloaded into every thread (workers inherit the command's node options): the first worker throws as it starts,
    // or exits a moment after it started, whatever batches it holds then.
    const failing = join(dir, 'fail.cjs');
    writeFileSync(failing, "const { isMainThread, threadId } = require('node:worker_threads'); if (!isMainThread && threadId === 1) throw new Error('test worker failure');\n");
    const stopping = join(dir, 'stop.cjs');
    writeFileSync(stopping, "const { isMainThread, threadId } = require('node:worker_threads'); if (!isMainThread && threadId === 1) setTimeout(() => process.exit(3), 400);\n");
    const classify = (threads: string, preload?: string) =>
      spawnSync(process.execPath, [...(preload ? ['-r', preload] : []), runCli, 'classify', file], { cwd: root, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20, env: { ...process.env, THREADSIFT_THREADS: threads } });
    const single = classify('1');
    expect(single.status).toBe(0);
    for (const [threads, preload] of [['2', failing], ['3', failing], ['2', stopping], ['3', stopping]]) {
      const result = classify(threads, preload);
      expect(result.status, `${threads} threads, ${preload}: ${result.stderr}`).toBe(0);
      expect(result.stdout === single.stdout, `${threads} threads, ${preload}`).toBe(true);
      if (preload === failing) expect(result.stderr).toMatch(/a worker thread stopped \(test worker failure\); the main thread classifies its lines/);
    }
  }, 120_000);

  it('works out answerers across worker threads as on one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-cli-threads-'));
    const file = join(dir, 'authored.jsonl');
    const reply = 'Not really, I am probably the wrong person to ask about that.';
    // 700 posts of a blog whose author answers the third comment of every other post: 2,100 lines, enough for threads.
    const lines = Array.from({ length: 700 }, (_, post) => [
      { page: `post-${post}`, author: `reader-${post}`, text: `Does it work with version ${post}?` },
      { page: `post-${post}`, author: `other-${post}`, text: 'Thanks for the write-up!' },
      { page: `post-${post}`, author: post % 2 === 0 ? 'Lena' : `third-${post}`, text: `${reply} (${post}) ${'lorem ipsum '.repeat(post % 9)}` },
    ]).flat();
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const env = (threads: string) => ({ ...process.env, THREADSIFT_THREADS: threads });
    const threaded = spawnSync(process.execPath, [runCli, 'classify', file], { cwd: root, encoding: 'utf8', timeout: 60_000, env: env('2') });
    const single = spawnSync(process.execPath, [runCli, 'classify', file], { cwd: root, encoding: 'utf8', timeout: 60_000, env: env('1') });
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toBe(single.stdout);
    const rows = threaded.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const leads = (author: (a: string) => boolean) => new Set(rows.filter((r) => author(r.author)).map((r) => r.labels[0]));
    expect(leads((a) => a === 'Lena')).toEqual(new Set(['other']));
    expect(leads((a) => a.startsWith('third-'))).toEqual(new Set(['bug']));
  }, 60_000);

  it('fails clearly on a missing file', () => {
    const result = run(['/nonexistent/file.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot read/);
  });
});
