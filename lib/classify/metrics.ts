// Evaluation arithmetic: per-class precision/recall/F1, macro-F1 and a confusion matrix over primary labels.
import { LABELS, type Label } from '../thread';

export interface ClassStats {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<Label, ClassStats>;
  /** confusion[gold][predicted] */
  confusion: Record<Label, Record<Label, number>>;
  /** Recall of `must` labels: how often each required label appeared anywhere in the output. */
  mustRecall: Partial<Record<Label, { found: number; total: number }>>;
}

export interface Judged {
  /** Acceptable primary labels, best first. */
  accept: Label[];
  must: Label[];
  predicted: Label[];
}

/**
 * Primary label counts correct when it is in `accept`; the gold label for the matrix is then the predicted
 * one, else accept[0]. Classes absent from both gold and predictions are left out of the macro average.
 */
export function evaluate(items: Judged[]): EvalReport {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as EvalReport['confusion'];
  const mustRecall: EvalReport['mustRecall'] = {};
  let correct = 0;
  for (const item of items) {
    const predicted = item.predicted[0] ?? 'other';
    const gold = item.accept.includes(predicted) ? predicted : item.accept[0];
    if (gold === predicted) correct++;
    confusion[gold][predicted]++;
    for (const m of item.must) {
      const r = (mustRecall[m] ??= { found: 0, total: 0 });
      r.total++;
      if (item.predicted.includes(m)) r.found++;
    }
  }
  const perClass = {} as Record<Label, ClassStats>;
  const present: number[] = [];
  for (const label of LABELS) {
    const tp = confusion[label][label];
    const goldN = LABELS.reduce((s, p) => s + confusion[label][p], 0);
    const predN = LABELS.reduce((s, g) => s + confusion[g][label], 0);
    const precision = predN ? tp / predN : 0;
    const recall = goldN ? tp / goldN : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = { precision, recall, f1, support: goldN };
    if (goldN || predN) present.push(f1);
  }
  return {
    n: items.length,
    accuracy: items.length ? correct / items.length : 0,
    macroF1: present.length ? present.reduce((a, b) => a + b, 0) / present.length : 0,
    perClass,
    confusion,
    mustRecall,
  };
}

export function formatReport(title: string, r: EvalReport): string[] {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const lines = [`== ${title}: n=${r.n}  accuracy ${pct(r.accuracy)}%  macro-F1 ${r.macroF1.toFixed(3)}`];
  lines.push('   class      P      R     F1  support');
  for (const l of LABELS) {
    const s = r.perClass[l];
    lines.push(`   ${l.padEnd(8)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.support).padStart(6)}`);
  }
  lines.push('   confusion (rows gold, columns predicted): ' + LABELS.map((l) => l.slice(0, 6).padStart(7)).join(''));
  for (const g of LABELS) lines.push(`   ${g.padEnd(8)}${' '.repeat(34)}` + LABELS.map((p) => String(r.confusion[g][p]).padStart(7)).join(''));
  const must = Object.entries(r.mustRecall);
  if (must.length) lines.push('   must-include recall: ' + must.map(([l, v]) => `${l} ${v!.found}/${v!.total}`).join(', '));
  return lines;
}
