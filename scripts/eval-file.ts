// npm run eval -- --file labelled.jsonl: scores a labelled file of your own exactly as `npm run classify` reads it.
// Each line is a comment in the shared fixture's shape ({"page", "i", "author", "text", "lang", "accept", "must"}) or
// ours ({"text", "labels"}): the gold primary labels are "accept" (else "labels"), best first, and "must" the labels a
// good answer must include. The file goes through the classify command itself (scripts/run-cli.mjs), so roles are worked
// out from authors and threads, or taken from "staff", "answerer" and "opensThread", just as they would be there.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, formatReport, type Judged } from '../lib/classify/metrics';
import { LABELS, type Label } from '../lib/thread';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const labelsIn = (value: unknown): Label[] => (Array.isArray(value) ? value.filter((l): l is Label => LABELS.includes(l)) : []);

/** The report lines for `file`, or an error message that says what is wrong with it. */
export function evaluateFile(file: string): { lines: string[] } | { error: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: `eval: cannot read ${file}: ${(error as Error).message}` };
  }
  // The lines the command classifies (it skips the others and says so), with their gold labels.
  const gold: Array<{ accept: Label[]; must: Label[] }> = [];
  let unlabelled = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (!line.trim()) continue;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch {
      continue;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row) || typeof row.text !== 'string') continue;
    const accept = labelsIn(row.accept ?? row.labels);
    if (!accept.length) unlabelled++;
    gold.push({ accept, must: labelsIn(row.must) });
  }
  if (!gold.length) return { error: `eval: ${file} holds no line with a "text" field` };
  if (unlabelled) return { error: `eval: ${unlabelled} line(s) of ${file} give no gold label ("accept" or "labels", among ${LABELS.join(', ')})` };
  const run = spawnSync(process.execPath, [join(root, 'scripts/run-cli.mjs'), 'classify', file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) return { error: `eval: the classify command did not run: ${run.error.message}` };
  const out = run.stdout.split('\n').filter((line) => line.trim());
  if (out.length !== gold.length) return { error: `eval: the classify command wrote ${out.length} lines for ${gold.length}: ${run.stderr.slice(0, 400)}` };
  const judged: Judged[] = out.map((line, k) => ({ ...gold[k], predicted: (JSON.parse(line) as { labels: Label[] }).labels }));
  const first = JSON.parse(out[0]) as Record<string, unknown>;
  const roles =
    ['staff', 'answerer', 'opensThread'].some((field) => typeof first[field] === 'boolean')
      ? 'roles as the file gives them'
      : typeof first.author === 'string' && (first.page !== undefined || first.thread !== undefined)
        ? 'roles worked out from authors and threads'
        : 'text alone';
  const report = evaluate(judged);
  return {
    lines: [
      ...formatReport(`${file} through npm run classify (${roles})`, report),
      `   macro-F1 to four places: ${report.macroF1.toFixed(4)}`,
    ],
  };
}
