// Scores for one sentence: the model's probabilities, then rules where rules are right
// (floors for clear cues, caps for negation and rhetorical questions).
import type { Label } from '../thread';
import { featurize } from './features';
import type { LinearModel } from './model';
import { sentenceSignals, type SentenceSignals } from './signals';

export interface SentenceReading {
  text: string;
  signals: SentenceSignals;
  /** Model probability per class, in model.classes order. */
  probs: Float64Array;
  scores: Record<Label, number>;
}

export function readSentence(model: LinearModel, text: string): SentenceReading {
  const signals = sentenceSignals(text);
  const probs = model.predict(featurize(text, signals, model.buckets));
  const p = { thanks: 0, question: 0, bug: 0, other: 0 } as Record<Label, number>;
  model.classes.forEach((label, i) => (p[label] = probs[i]));
  return { text, signals, probs, scores: applyRules(p, signals) };
}

export function applyRules(p: Record<Label, number>, sig: SentenceSignals): Record<Label, number> {
  // The model learned thanks mostly from English; without a lexicon cue its thanks reading is damped.
  let thanks = sig.thanks > 0 || sig.praise > 0 ? p.thanks : p.thanks * 0.8;
  if (sig.thanks >= 1) thanks = Math.max(thanks, 0.92);
  if (sig.praise > 0) thanks = Math.max(thanks, 0.55 + 0.35 * sig.praise);
  if (sig.thanksInAdvance) thanks = Math.min(thanks, 0.3);

  let question = p.question;
  if (sig.questionMark) question = Math.max(question, sig.length <= 2 ? 0.55 : 0.8);
  if (sig.questionForm) question = Math.max(question, 0.85);
  else if (sig.questionOpening && sig.length >= 4 && !sig.exclaimed && !sig.endsWithPeriod) question = Math.max(question, Math.min(0.6, question + 0.25));
  if (sig.rhetorical) question = Math.min(question, 0.25);

  let bug = p.bug;
  if (sig.bugWord) bug = Math.max(bug, 0.72);
  if (sig.bugSymptom) bug = Math.max(bug, 0.78);
  if (sig.bugNegated && !sig.bugSymptom) bug = Math.min(bug, 0.15);
  // Exclamatory praise is not a report, even with "wow that broke my brain" style words.
  if (sig.praise >= 1 && !sig.bugSymptom) bug = Math.min(bug, 0.4);

  return { thanks, question, bug, other: p.other };
}
