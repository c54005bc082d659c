// npm run eval -- --file: a labelled file of the user's own, scored as the classify command reads it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { evaluate } from '../../../lib/classify/metrics';
import { evaluateFile } from '../../../scripts/eval-file';

// Written for this test, in the shared fixture's shape (no author: the text alone) and in ours ("labels").
const rows = [
  { page: 'p1', i: 0, text: 'Thanks a lot, this saved my evening!', lang: 'en', accept: ['thanks'], must: [] },
  { page: 'p1', i: 1, text: 'The counter says 12 but I uploaded 40.', lang: 'en', accept: ['bug'], must: ['bug'] },
  { page: 'p1', i: 2, text: 'Is there a way to export my sightings as a spreadsheet.', lang: 'en', accept: ['question'], must: ['question'] },
  { page: 'p2', i: 0, text: 'I moved to Berlin last year.', lang: 'en', accept: ['question'], must: [] },
  { text: 'Vielen Dank für die Mühe!', lang: 'de', labels: ['thanks'] },
];

describe('npm run eval -- --file', () => {
  it('reports per-class figures and macro-F1 as the classifier gives them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-file-'));
    const file = join(dir, 'mine.jsonl');
    writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
    const result = evaluateFile(file);
    if ('error' in result) throw new Error(result.error);
    const classifier = createClassifier();
    const expected = evaluate(rows.map((row) => ({ accept: (row.accept ?? row.labels) as never, must: (row.must ?? []) as never, predicted: classifier.classify(row.text, row.lang).labels })));
    const report = result.lines.join('\n');
    expect(report).toContain('(text alone): n=5');
    expect(report).toContain(`macro-F1 to four places: ${expected.macroF1.toFixed(4)}`);
    // The fourth comment's gold label is wrong on purpose: the score is below 1.
    expect(expected.macroF1).toBeLessThan(1);
    expect(report).toMatch(/confusion/);
  }, 60_000);

  it('says what is wrong with a file it cannot score', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-file-'));
    const unlabelled = join(dir, 'unlabelled.jsonl');
    writeFileSync(unlabelled, '{"text": "hi"}\n');
    expect(evaluateFile(unlabelled)).toEqual({ error: expect.stringMatching(/1 line\(s\) of .* give no gold label/) });
    expect(evaluateFile(join(dir, 'missing.jsonl'))).toEqual({ error: expect.stringMatching(/cannot read/) });
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n{broken\n');
    expect(evaluateFile(empty)).toEqual({ error: expect.stringMatching(/no line with a "text" field/) });
  });
});
