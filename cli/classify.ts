// npm run classify -- <file.jsonl | ->
// Each input line is a JSON object with a `text` field; each output line is that object with `labels`,
// `scores` and `cues` added, in input order. Bad lines are reported on stderr by line number and skipped;
// the exit code is non-zero when any line was bad.
// Input is read in big chunks and each chunk's output goes out in one write. With THREADSIFT_TIMING=1 the
// command reports on stderr how long it took from the first line read to the last line written.
import { createReadStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { createClassifier } from '../lib/classify/index';

// The command runs each of the classifier's few hundred regexes thousands of times: compiling them to machine code
// on first use, instead of interpreting their first runs, saves about 5% of a 20,000-line run. (Regexes compile
// lazily, so this still applies to those the library created on import.)
setFlagsFromString('--no-regexp-tier-up');

/** Read size: big enough that per-chunk costs vanish, small enough to stream large files. */
const CHUNK_BYTES = 1 << 20;
// Line ends as node:readline sees them: \r\n, \n or a lone \r.
const LINE_END = /\r\n|\n|\r/;

export async function runClassifyCli(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const file = args.find((a) => a === '-' || !a.startsWith('-'));
  if (!file || args.includes('--help')) {
    err.write('usage: npm run classify -- <file.jsonl | ->\n  each line: {"text": "..."}; "-" reads standard input\n  THREADSIFT_TIMING=1 reports throughput on stderr\n');
    return 2;
  }
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
  input.setEncoding('utf8');
  const classifier = createClassifier();
  let lineNo = 0;
  let bad = 0;
  let classified = 0;

  function classifyLines(lines: string[]): string {
    const rows: string[] = [];
    for (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (e) {
        bad++;
        err.write(`classify: line ${lineNo}: not valid JSON (${(e as Error).message})\n`);
        continue;
      }
      if (!row || typeof row !== 'object' || Array.isArray(row) || typeof (row as { text?: unknown }).text !== 'string') {
        bad++;
        err.write(`classify: line ${lineNo}: expected a JSON object with a string "text" field\n`);
        continue;
      }
      const record = row as Record<string, unknown> & { text: string; lang?: unknown };
      const result = classifier.classify(record.text, typeof record.lang === 'string' ? record.lang : undefined);
      const added = `"labels":${JSON.stringify(result.labels)},"scores":${JSON.stringify(result.scores)},"cues":${JSON.stringify(result.cues)}}\n`;
      // The input line already is the record's JSON: appending to it saves re-serialising the text (a third of
      // the command's non-classifier time). A record that has one of the added fields is rebuilt, so ours win.
      if ('labels' in record || 'scores' in record || 'cues' in record) {
        rows.push(JSON.stringify({ ...record, labels: result.labels, scores: result.scores, cues: result.cues }) + '\n');
      } else {
        const json = line.trim();
        rows.push(json.slice(0, -1) + (Object.keys(record).length > 0 ? ',' : '') + added);
      }
      classified++;
    }
    return rows.join('');
  }

  let started = -1;
  let carry = '';
  for await (const chunk of input as AsyncIterable<string>) {
    if (started < 0) started = performance.now();
    const text = carry + chunk;
    // Whole lines only: the part after the last \n waits for the next chunk (it may end in a \r of a \r\n).
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline < 0) {
      carry = text;
      continue;
    }
    carry = text.slice(lastNewline + 1);
    const lines = text.slice(0, lastNewline + 1).split(LINE_END);
    lines.pop(); // the empty piece after the final \n
    await write(out, classifyLines(lines));
  }
  if (carry) {
    const lines = carry.split(LINE_END);
    // A final line end (a lone \r here) does not start another line.
    if (lines[lines.length - 1] === '') lines.pop();
    await write(out, classifyLines(lines));
  }
  if (bad) err.write(`classify: ${bad} bad line(s) of ${lineNo}\n`);
  if (process.env.THREADSIFT_TIMING === '1') {
    const ms = started < 0 ? 0 : performance.now() - started;
    const rate = ms > 0 ? Math.round((classified / ms) * 1000) : 0;
    err.write(`classify: timing: ${classified} comments in ${ms.toFixed(1)} ms = ${rate} comments/s (first line read to last line written)\n`);
  }
  return bad ? 1 : 0;
}

/** One write, resolved once the stream has taken it (so a slow reader holds back the next chunk). */
function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve, reject) => {
    out.write(text, (error?: Error | null) => (error ? reject(error) : resolve()));
  });
}

if (process.argv[1] && /cli[\\/]classify\.ts$/.test(process.argv[1])) {
  runClassifyCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
