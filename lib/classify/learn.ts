// Learning from staff corrections, per site: the comment model takes a few small SGD steps toward the corrected
// labels, and a comment worded almost like a corrected one takes its labels. Both apply to the site the corrections
// were made on (a correction with no site applies everywhere); an exact text's correction wins on every site.
//
// Measured by scripts/eval-learning.ts (npm run eval): staff correct every misread comment of a site's earlier
// threads, then its later threads are classified. Session 27 found the learning as it was (the sentence model
// stepped at rate 1.5 and the comment model at 3, twelve epochs each, for every site) made those later threads worse:
// macro-F1 0.843 -> 0.778 on the sets kept unseen (44 sites, 1,049 corrections), and 0.769 on other sites. Stepping
// the sentence model hurt at every rate tried (0.02: 0.843 -> 0.837), since its readings feed the rules' thresholds;
// so only the comment model learns, and only for its site.
import type { Label } from '../thread';
import { tokens, type SparseVector } from './features';
import type { LinearModel } from './model';

export interface Correction {
  text: string;
  labels: Label[];
  /** Hostname of the page the comment is on; without one the correction applies on every site. */
  site?: string;
}

/**
 * Steps of the comment model toward corrections. Cross-validated by source (four folds, models trained without the
 * held-out sources, 92 sites, 15,325 later comments): rate 0.1 for 2 epochs keeps macro-F1 (0.835 -> 0.835) and finds
 * 56 more must-include questions and 35 more reports; on the sets kept unseen 0.843 -> 0.852. Rate 0.1 for 4 epochs
 * 0.834, 0.2 for 4 0.832, 0.3 for 4 0.831: larger steps trade precision for the recall of what staff corrected.
 */
export const COMMENT_RATE = 0.1;
export const EPOCHS = 2;
/**
 * Cosine of word and word-pair sets from which a comment counts as worded like a corrected one. On the sets kept
 * unseen, 0.6 matched 7 later comments, 6 of them rightly; 0.5 matched 10 (7 rightly), 0.4 matched 44 (21 rightly).
 */
export const SIMILAR_FROM = 0.6;
/**
 * A gram held by more corrections than this is too common to find candidates by (a near copy shares rarer grams too).
 * It still counts toward a candidate's likeness.
 */
const COMMON_GRAM_HOLDERS = 64;

/** A copy of the comment model nudged toward each correction's first label. `featuresOf` reads a text as the comment model does. */
export function adaptCommentModel(base: LinearModel, corrections: readonly Correction[], featuresOf: (text: string) => SparseVector | null): LinearModel {
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

/** Words and adjacent word pairs of a text (CJK characters count as words). */
function wordGrams(text: string): Set<string> {
  const words = tokens(text);
  const grams = new Set(words);
  for (let i = 1; i < words.length; i++) grams.add(words[i - 1] + ' ' + words[i]);
  return grams;
}

/** The corrected texts, for finding the one a new comment is worded most like. */
export class SimilarCorrections {
  private readonly labels: Label[][] = [];
  private readonly grams: Array<Set<string>> = [];
  /** Word or pair -> the corrections that hold it. */
  private readonly holders = new Map<string, number[]>();

  constructor(corrections: readonly Correction[]) {
    for (const correction of corrections) {
      const grams = wordGrams(correction.text);
      if (!grams.size) continue;
      const at = this.labels.length;
      this.labels.push(correction.labels);
      this.grams.push(grams);
      for (const gram of grams) {
        const list = this.holders.get(gram);
        if (list) list.push(at);
        else this.holders.set(gram, [at]);
      }
    }
  }

  /** The labels of the correction most like `text`, when it is alike from SIMILAR_FROM; else null. */
  closest(text: string): Label[] | null {
    if (!this.labels.length) return null;
    const grams = wordGrams(text);
    const n = grams.size;
    if (!n) return null;
    // Shared grams are counted through the corrections that hold each gram, except grams so common that reading their
    // holders would cost more than the rest of the classification (everyday words a thousand corrections hold). Those
    // are counted only for the corrections that may still reach SIMILAR_FROM, by looking them up in their own set.
    const shared = new Map<number, number>();
    const common: string[] = [];
    for (const gram of grams) {
      const holders = this.holders.get(gram);
      if (!holders) continue;
      if (holders.length > COMMON_GRAM_HOLDERS) {
        common.push(gram);
        continue;
      }
      for (const at of holders) shared.set(at, (shared.get(at) ?? 0) + 1);
    }
    let best = -1;
    let bestCosine = 0;
    for (let [at, count] of shared) {
      const own = this.grams[at];
      if ((count + common.length) / Math.sqrt(n * own.size) < SIMILAR_FROM) continue;
      for (const gram of common) if (own.has(gram)) count++;
      const cosine = count / Math.sqrt(n * own.size);
      if (cosine > bestCosine) {
        bestCosine = cosine;
        best = at;
      }
    }
    return best >= 0 && bestCosine >= SIMILAR_FROM ? this.labels[best] : null;
  }
}
