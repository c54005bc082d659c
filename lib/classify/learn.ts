// Learning from staff corrections: a few cheap SGD steps on the corrected texts, in memory,
// on a copy of the shipped model, so similar texts on the same site move too.
import type { Label } from '../thread';
import { featurize, type SparseVector } from './features';
import type { LinearModel } from './model';
import { sentenceSignals } from './signals';
import { ownWords, splitSentences } from './text';

export interface Correction {
  text: string;
  labels: Label[];
}

const EPOCHS = 12;
const RATE = 1.5;
/**
 * The comment model learns from about 10,000 whole comments, so its weights sit deeper than the sentence model's:
 * a correction needs a larger step to pull a similar comment along (three chatty "?" comments relabelled `other`
 * move a fourth from question first to other first at rate 3; at 1.5 it stays just short).
 */
const COMMENT_RATE = 3;

/** A copy of `base` nudged toward the corrections. Deterministic: same corrections, same model. */
export function adaptModel(base: LinearModel, corrections: Correction[]): LinearModel {
  const model = base.clone();
  const examples: Array<{ x: ReturnType<typeof featurize>; target: number }> = [];
  const classIndex = (label: Label) => model.classes.indexOf(label);

  for (const correction of corrections) {
    const labels = correction.labels.filter((l) => classIndex(l) >= 0);
    if (!labels.length) continue;
    const sentences = splitSentences(ownWords(correction.text)).slice(0, 30);
    if (!sentences.length) continue;
    const vectors = sentences.map((s) => featurize(s, sentenceSignals(s), model.buckets));
    const probs = vectors.map((x) => model.predict(x));
    // Each corrected label is taught on the sentence that already leans most toward it.
    for (const label of labels) {
      if (label === 'other' && labels.length > 1) continue;
      const c = classIndex(label);
      let best = 0;
      for (let i = 1; i < probs.length; i++) if (probs[i][c] > probs[best][c]) best = i;
      if (label === 'other') vectors.forEach((x) => examples.push({ x, target: c }));
      else examples.push({ x: vectors[best], target: c });
    }
    // Sentences read as a label staff rejected are taught the closest accepted label.
    probs.forEach((p, i) => {
      let argmax = 0;
      for (let c = 1; c < p.length; c++) if (p[c] > p[argmax]) argmax = c;
      if (labels.includes(model.classes[argmax])) return;
      let target = classIndex(labels[0]);
      for (const l of labels) if (p[classIndex(l)] > p[target]) target = classIndex(l);
      examples.push({ x: vectors[i], target });
    });
  }
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { x, target } of examples) model.step(x, target, RATE);
  }
  return model;
}

/**
 * A copy of the comment model nudged toward each correction's first label, so the comment model does not
 * overrule what staff taught on similar comments. `featuresOf` reads a text with the adapted sentence model.
 */
export function adaptCommentModel(base: LinearModel, corrections: Correction[], featuresOf: (text: string) => SparseVector | null): LinearModel {
  const model = base.clone();
  const examples: Array<{ x: SparseVector; target: number }> = [];
  for (const correction of corrections) {
    const target = model.classes.indexOf(correction.labels[0]);
    const x = target >= 0 ? featuresOf(correction.text) : null;
    if (x) examples.push({ x, target });
  }
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { x, target } of examples) model.step(x, target, COMMENT_RATE);
  }
  return model;
}
