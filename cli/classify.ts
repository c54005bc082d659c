// npm run classify -- <file.jsonl | ->
// Each input line is a JSON object with a `text` field; each output line is that object with `labels`,
// `scores` and `cues` added, in input order. Bad lines are reported on stderr by line number and skipped;
// the exit code is non-zero when any line was bad.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createClassifier } from '../lib/classify/index';

export async function runClassifyCli(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const file = args.find((a) => a === '-' || !a.startsWith('-'));
  if (!file || args.includes('--help')) {
    err.write('usage: npm run classify -- <file.jsonl | ->\n  each line: {"text": "..."}; "-" reads standard input\n');
    return 2;
  }
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const opened = await new Promise<Error | null>((resolve) => {
    if (file === '-') return resolve(null);
    input.once('error', resolve);
    input.once('readable', () => resolve(null));
  });
  if (opened) {
    err.write(`classify: cannot read ${file}: ${opened.message}\n`);
    return 2;
  }
  const classifier = createClassifier();
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of lines) {
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
    out.write(JSON.stringify({ ...record, labels: result.labels, scores: result.scores, cues: result.cues }) + '\n');
  }
  if (bad) err.write(`classify: ${bad} bad line(s) of ${lineNo}\n`);
  return bad ? 1 : 0;
}

if (process.argv[1] && /cli[\\/]classify\.ts$/.test(process.argv[1])) {
  runClassifyCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
