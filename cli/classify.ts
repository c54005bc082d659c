// npm run classify -- <file.jsonl | ->
// Each input line is a JSON object with a `text` field; each output line is that object with `labels`,
// `scores` and `cues` added, in input order. Bad lines are reported on stderr by line number and skipped;
// the exit code is non-zero when any line was bad (1; 2 when the command could not run: usage, reading, writing).
// Input is read in big chunks and each chunk's output goes out in one write. With THREADSIFT_TIMING=1 the
// command reports on stderr how long it took from the first line read to the last line written.
// A big input is classified in batches by the main thread and worker threads, one thread per core in all (at most
// four), and the output is written back in input order; a small input, or THREADSIFT_THREADS=1, runs on the main
// thread alone.
// Lines that name their authors and threads but no roles (the shared fixture's format) are read whole first, and the
// roles are worked out from the authors (lib/classify/infer-roles.ts); such an input is held in memory to its end.
// Modules: classify-batch.ts classifies a batch of lines, classify-pool.ts runs batches on worker threads; this file
// reads the input, decides between one thread and the pool, and writes the output in order.
import { createReadStream, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import type { Classifier } from '../lib/classify/index';
import { inferRoles, type InferredRoles } from '../lib/classify/infer-roles';
import { ArgumentError, parseArgs } from './args';
import { MAX_LINE_CHARS, MAX_LINE_TEXT, TOO_LONG_LINE, classifyLines, hasRole, threadOf, type BatchResult } from './classify-batch';
import { ClassifierPool, mainThreadClassifier, servePoolWorker, threadCount } from './classify-pool';
import { Output, OutputError, plainReason } from './output';
import { escapeUnshowable, replacementsIn } from './text';

// The command runs each of the classifier's few hundred regexes thousands of times: compiling them to machine code
// on first use, instead of interpreting their first runs, saves about 5% of a 20,000-line run. (Regexes compile
// lazily, so this still applies to those the library created on import.)
setFlagsFromString('--no-regexp-tier-up');

/** Read size: big enough that per-chunk costs vanish, small enough to stream large files. */
const CHUNK_BYTES = 1 << 20;
/** Lines per batch sent to a worker: small enough to keep every worker busy, big enough that messages cost little. */
const BATCH_LINES = 1000;
/** Below this many lines in the first chunk, starting workers (about 0.15 s each, in parallel) costs more than it saves. */
const THREADED_FROM_LINES = 2000;
/** A file this big holds at least that many comments of ordinary length: its workers start before the first read. */
const THREADED_FROM_BYTES = 256 * 1024;
/**
 * This many bad lines from the start, and not one good line: the input is some other kind of file (a binary, CSV,
 * HTML), and listing every line of it helps no one. A JSON Lines file with a damaged head has far fewer.
 */
const BAD_LINES_BEFORE_GIVING_UP = 100;

/**
 * Whether a first line (undefined: no line yet) names its author and thread and none of the roles: then the command
 * works out the roles from the authors of all lines (null: not known yet).
 */
function namesAuthorsOnly(firstLine: string | undefined): boolean | null {
  if (firstLine === undefined) return null;
  try {
    const row: unknown = JSON.parse(firstLine);
    if (!row || typeof row !== 'object' || Array.isArray(row)) return false;
    const record = row as Record<string, unknown>;
    return typeof record.author === 'string' && threadOf(record) !== undefined && !hasRole(record);
  } catch {
    return false;
  }
}

/** Per line, the roles inferRoles gives it (threads from "page" or "thread", places in them from "i", and its text). */
function rolesOf(lines: string[]): InferredRoles[] {
  const comments = lines.map((line) => {
    try {
      const row = JSON.parse(line) as Record<string, unknown> | null;
      if (!row || typeof row !== 'object') return {};
      return {
        thread: threadOf(row),
        author: typeof row.author === 'string' && row.author.trim() ? row.author.trim() : undefined,
        position: typeof row.i === 'number' ? row.i : undefined,
        text: typeof row.text === 'string' ? row.text : undefined,
      };
    } catch {
      return {};
    }
  });
  return inferRoles(comments);
}

// Line ends as node:readline sees them: \r\n, \n or a lone \r.
const LINE_END = /\r\n|\n|\r/;

/** Where the last \r of `chunk` is that is not its last character (which may be the first half of a \r\n); -1: none. */
function lastLoneCr(chunk: string): number {
  return chunk.length < 2 ? -1 : chunk.lastIndexOf('\r', chunk.length - 2);
}

/**
 * Cuts the decoded input into whole lines as it comes. The start of a line that a read cut off is kept in pieces and
 * joined once, when its end comes: only each new chunk is searched, so the work stays linear in the input however long
 * the line. A line longer than MAX_LINE_CHARS is given as TOO_LONG_LINE, and its rest dropped as it comes.
 */
class LineSplitter {
  /** Lines given so far, a too-long one included. */
  lines = 0;
  /** The line being read, in the pieces the reads cut it into; it may end in a \r whose chunk ended there. */
  private pieces: string[] = [];
  private carried = 0;
  /** Dropping the rest of a too-long line: 'line' until its end, 'after-cr' to skip the \n of a \r\n cut in two. */
  private dropping: false | 'line' | 'after-cr' = false;

  /** The whole lines that `chunk` completes. */
  push(chunk: string): string[] {
    if (this.dropping) chunk = this.dropRest(chunk);
    if (!chunk) return [];
    // A \r that ended the last chunk ended a line, unless this chunk starts with the \n of its \r\n.
    const lines = this.pieces.length && chunk[0] !== '\n' && this.pieces[this.pieces.length - 1].endsWith('\r') ? this.end() : [];
    // Whole lines only: the part after the last line end waits for the next chunk. (Lone \r's are looked for only
    // after the last \n: most files have none, and searching the whole chunk for one would cost a pass over it.)
    const newline = chunk.lastIndexOf('\n');
    const cut = chunk.indexOf('\r', newline + 1) < 0 ? newline : Math.max(newline, lastLoneCr(chunk));
    if (cut < 0) {
      if (this.carry(chunk)) lines.push(TOO_LONG_LINE);
      return lines;
    }
    let text = chunk.slice(0, cut + 1);
    if (this.pieces.length) {
      this.pieces.push(text);
      text = this.pieces.join('');
      this.pieces = [];
      this.carried = 0;
    }
    const complete = text.split(LINE_END);
    complete.pop(); // the empty piece after the final line end
    this.lines += complete.length;
    if (cut + 1 < chunk.length && this.carry(chunk.slice(cut + 1))) complete.push(TOO_LONG_LINE);
    return lines.length ? lines.concat(complete) : complete;
  }

  /** The line being read, as a whole: at the end of the input, or once a \r turned out to have ended it. */
  end(): string[] {
    if (this.dropping || !this.pieces.length) return [];
    const line = this.pieces.join('');
    this.pieces = [];
    this.carried = 0;
    this.lines++;
    return [line.endsWith('\r') ? line.slice(0, -1) : line];
  }

  /** Keeps `piece` for the line it starts or goes on with; true when that made the line too long (it is then dropped). */
  private carry(piece: string): boolean {
    this.pieces.push(piece);
    this.carried += piece.length;
    if (this.carried - (piece.endsWith('\r') ? 1 : 0) <= MAX_LINE_CHARS) return false;
    this.pieces = [];
    this.carried = 0;
    // A \r at its end already ended the line: only the \n of a \r\n may be left of it.
    this.dropping = piece.endsWith('\r') ? 'after-cr' : 'line';
    this.lines++;
    return true;
  }

  /** What follows the end of the too-long line in `chunk` ('' while the line goes on). */
  private dropRest(chunk: string): string {
    if (this.dropping === 'after-cr') {
      this.dropping = false;
      return chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    }
    const end = chunk.search(LINE_END);
    if (end < 0) return '';
    if (end === chunk.length - 1 && chunk[end] === '\r') {
      this.dropping = 'after-cr';
      return '';
    }
    this.dropping = false;
    return chunk.slice(end + (chunk.startsWith('\r\n', end) ? 2 : 1));
  }
}

const USAGE =
  'usage: npm run classify -- <file.jsonl | ->\n  each line: {"text": "..."}, optionally "lang", "staff": true (staff or the topic\'s opener),\n  "answerer": true (staff by role, or the article\'s author) and "opensThread": true (the post that opens a forum\n  topic or an issue), "article": true (a comment on a blog post or article, not in a forum, list or issue);\n  when the first line has "author" and "page" (or "thread") but no role, the roles are worked out from the authors\n  and the texts (the whole input is read first);\n  "-" reads standard input\n  THREADSIFT_TIMING=1 reports throughput on stderr\n';

/** What the arguments ask for: the input file ("-": standard input), the usage, or what is wrong with them. */
function readArgs(args: string[]): { file?: string; help?: true; wrong?: string } {
  let parsed;
  try {
    parsed = parseArgs(args, { flags: ['help'] });
  } catch (error) {
    if (error instanceof ArgumentError) return { wrong: `${error.message} (see --help)` };
    throw error;
  }
  if (parsed.options.help) return { help: true };
  const files = parsed.positional;
  if (files.length > 1) return { wrong: `one input file expected, but ${escapeUnshowable(files[1])} is a second one` };
  return { file: files[0] };
}

/** Stops the read: the user has been told why, and the command ends with `code`. */
class Stop extends Error {
  constructor(readonly code: number) {
    super('stopped');
  }
}

export async function runClassifyCli(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const output = new Output(out);
  const { file, help, wrong } = readArgs(args);
  if (help) {
    await output.write(USAGE).catch(() => {});
    return 0;
  }
  if (wrong || !file) {
    err.write(wrong ? `classify: ${wrong}\n` : USAGE);
    return 2;
  }
  const source = file === '-' ? 'standard input' : file;
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const opened = await new Promise<Error | null>((resolve) => {
    if (file === '-') return resolve(null);
    input.once('error', resolve);
    input.once('readable', () => resolve(null));
  });
  if (opened) {
    err.write(`classify: cannot read ${file}: ${opened.message}\n`);
    return 2;
  }
  const threads = threadCount();
  let classifier: Classifier | null = null;
  let pool: ClassifierPool | null = null;
  let decided = false;
  let lineNo = 0;
  let bad = 0;
  let classified = 0;
  // Batches in flight on the pool, in input order; at most two per thread, so a huge input never piles up in memory.
  const inFlight: Array<Promise<BatchResult>> = [];

  async function emit(result: BatchResult): Promise<void> {
    if (classified === 0 && bad + result.badBeforeFirstGood >= BAD_LINES_BEFORE_GIVING_UP) {
      for (const message of result.errors.slice(0, BAD_LINES_BEFORE_GIVING_UP - bad)) err.write(message);
      err.write(`classify: ${BAD_LINES_BEFORE_GIVING_UP} bad lines and not one good one: the input does not look like JSON Lines (a JSON object with a "text" field on each line); stopped\n`);
      throw new Stop(1);
    }
    for (const message of result.errors) err.write(message);
    bad += result.bad;
    classified += result.classified;
    await output.write(result.text);
  }
  const flushOne = async () => emit(await inFlight.shift()!);

  async function take(lines: string[], roles?: InferredRoles[]): Promise<void> {
    if (!decided) {
      decided = true;
      if (threads > 1 && lines.length >= THREADED_FROM_LINES) pool = new ClassifierPool(threads, classifier ?? undefined);
    }
    const first = lineNo + 1;
    lineNo += lines.length;
    if (!pool) return emit(classifyLines(classifier!, lines, first, roles));
    for (let i = 0; i < lines.length; i += BATCH_LINES) {
      inFlight.push(pool.run(lines.slice(i, i + BATCH_LINES), first + i, roles?.slice(i, i + BATCH_LINES)));
      if (inFlight.length >= 2 * threads) await flushOne();
    }
  }

  // Lines that name their authors and threads but no roles are held to the end (in memory, with no output before it):
  // the roles are worked out from all of them. Blank lines before the first line are held until it decides.
  let holding: boolean | null = null;
  const held: string[] = [];
  async function feed(lines: string[]): Promise<void> {
    if (!lines.length) return;
    if (holding === null) {
      holding = namesAuthorsOnly(lines.find((line) => line.trim()));
      if (holding === false && held.length) await take(held.splice(0));
    }
    if (holding === false) return take(lines);
    for (const line of lines) held.push(line);
  }

  // Classifiers load before the first read. A big file: the workers start first and load while the main thread loads
  // its own (the classifier's regex screen is built by createClassifier, not on import, so they start early).
  if (file !== '-' && threads > 1 && statSync(file).size >= THREADED_FROM_BYTES) {
    decided = true;
    pool = new ClassifierPool(threads);
    await pool.ready;
  } else classifier = mainThreadClassifier();
  let started = -1;
  const lines = new LineSplitter();
  // Decoded here rather than by the stream, to count the bytes that are not UTF-8 (they go on as U+FFFD).
  const decoder = new StringDecoder('utf8');
  let replaced = 0;
  let lastBytes: Buffer = Buffer.alloc(0);
  let atStart = true;
  let stoppedWith: number | null = null;
  try {
    for await (const bytes of input as AsyncIterable<Buffer>) {
      if (started < 0) started = performance.now();
      let chunk = decoder.write(bytes);
      replaced += replacementsIn(chunk, bytes, lastBytes);
      lastBytes = bytes.subarray(-2);
      // A byte order mark (Windows tools write one) is no part of the first line.
      if (atStart && chunk) {
        atStart = false;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      const complete = lines.push(chunk);
      if (complete[0] === TOO_LONG_LINE && lines.lines === 1) {
        err.write(`classify: no line end in the first ${MAX_LINE_TEXT}: the input does not look like JSON Lines; stopped\n`);
        throw new Stop(1);
      }
      await feed(complete);
    }
    const undecoded = decoder.end(); // replacement characters for a sequence the input cut short
    replaced += undecoded.length;
    await feed(lines.push(undecoded));
    await feed(lines.end());
    if (held.length) await take(held, holding ? rolesOf(held) : undefined);
    while (inFlight.length) await flushOne();
  } catch (error) {
    if (error instanceof OutputError) {
      // The reader went away (`| head`): it asked for no more, so the command ends quietly with status 0, as at the
      // end of its input, and `classify … | head` does not fail a script under `set -o pipefail` (141, death by
      // SIGPIPE, is what a C filter gets; Node ignores that signal, so the command has nothing to mimic it with).
      if (error.readerGone) return 0;
      err.write(`classify: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Stop) stoppedWith = error.code;
    else if ((error as NodeJS.ErrnoException).syscall === 'read') {
      err.write(`classify: cannot read ${source}: ${plainReason(error)}\n`);
      return 2;
    } else throw error;
  } finally {
    await (pool as ClassifierPool | null)?.close();
  }
  if (replaced) err.write(`classify: input is not valid UTF-8; ${replaced} replacement character(s) (U+FFFD) stand in for its bad bytes\n`);
  if (stoppedWith !== null) return stoppedWith;
  if (bad) err.write(`classify: ${bad} bad line(s) of ${lineNo}\n`);
  if (process.env.THREADSIFT_TIMING === '1') {
    const ms = started < 0 ? 0 : performance.now() - started;
    const rate = ms > 0 ? Math.round((classified / ms) * 1000) : 0;
    err.write(`classify: timing: ${classified} comments in ${ms.toFixed(1)} ms = ${rate} comments/s (first line read to last line written)\n`);
  }
  return bad ? 1 : 0;
}

if (isMainThread && process.argv[1] && /cli[\\/]classify\.ts$/.test(process.argv[1])) {
  // With nothing left to tell the user on, a failing stderr (closed, or on a full disk) must not crash the command.
  process.stderr.on('error', () => {});
  runClassifyCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`classify: ${escapeUnshowable(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = 2;
    },
  );
}

// A worker of the pool runs this whole module (the regex flag above is set in the worker too): it serves batches.
servePoolWorker();
