// Scores for one sentence: the model's probabilities, then rules where rules are right
// (floors for clear cues, caps for negation and rhetorical questions).
import type { Label } from '../thread';
import { featurize, type SparseVector } from './features';
import type { LinearModel } from './model';
import { sentenceSignals, signalFeatures, type SentenceSignals } from './signals';

export interface SentenceReading {
  text: string;
  signals: SentenceSignals;
  /** The sentence's hashed features (the comment model pools them). */
  features: SparseVector;
  /** Names of the rule signals the features carry (the comment model reads them too). */
  signalNames: string[];
  /** Model probability per class, in model.classes order. */
  probs: Float64Array;
  scores: Record<Label, number>;
  /** The model's own bug probability, before the rules. */
  modelBug: number;
  /** The model's own question probability, before the rules (the "?" floor hides it). */
  modelQuestion: number;
}

export function readSentence(model: LinearModel, text: string): SentenceReading {
  // Lower-cased once for both the rules and the features.
  const lowerCased = text.toLowerCase();
  const signals = sentenceSignals(text, lowerCased);
  const signalNames = signalFeatures(signals);
  const features = featurize(text, signals, model.buckets, signalNames, lowerCased);
  const probs = model.predict(features);
  const p = { thanks: 0, question: 0, bug: 0, other: 0 } as Record<Label, number>;
  const classes = model.classes;
  for (let i = 0; i < classes.length; i++) p[classes[i]] = probs[i];
  return { text, signals, features, signalNames, probs, scores: applyRules(p, signals), modelBug: p.bug, modelQuestion: p.question };
}

/** Highest question score for a sentence with no question cue (below the default threshold). */
const STATEMENT_QUESTION_CAP = 0.45;

/** The model's bug reading without any lexicon cue is damped: its forum training calls much technical description "bug". */
const MODEL_ONLY_BUG = 0.8;

export function applyRules(p: Record<Label, number>, sig: SentenceSignals): Record<Label, number> {
  // The model learned thanks mostly from English; without a lexicon cue its thanks reading is damped.
  // Its CJK training text is mostly thanks, so any CJK sentence leans that way: without a cue it is damped further.
  let thanks = sig.thanks > 0 || sig.praise > 0 ? p.thanks : p.thanks * (sig.cjk ? 0.6 : 0.8);
  // "That wouldn't do it.": a denial with no thanks or praise cue is a reply, whatever the model hears.
  if (sig.thanks === 0 && sig.praise === 0 && sig.denial) thanks = Math.min(thanks, 0.45);
  if (sig.thanks >= 1) thanks = Math.max(thanks, 0.92);
  // Praise in a long, calm sentence is a remark, not appreciation on its own: its floor stays below the threshold.
  if (sig.praise > 0) thanks = Math.max(thanks, sig.praise >= 0.7 ? 0.55 + 0.35 * sig.praise : 0.45);
  if (sig.thanksInAdvance) thanks = Math.min(thanks, 0.3);
  // The model still hears "thanks" in "thanks for nothing": the denial wins.
  if (sig.thanksDenied && sig.praise === 0) thanks = Math.min(thanks, 0.3);
  // The lexicons found praise and pointed it elsewhere: the model's echo of those words is not appreciation either.
  if (sig.praiseDenied && sig.thanks === 0) thanks = Math.min(thanks, 0.4);

  let question = p.question;
  if (sig.questionMark) question = Math.max(question, sig.length <= 2 ? 0.55 : 0.8);
  if (sig.questionForm) question = Math.max(question, 0.85);
  else if (sig.questionOpening && sig.length >= 4 && !sig.exclaimed && !sig.endsWithPeriod) {
    question = Math.max(question, Math.min(0.6, question + 0.25));
    // "Wie gross muss das Blech sein", "how long does it keep": a question word and an auxiliary ask, "?" or not.
    if (sig.whAuxiliary && sig.praise === 0 && sig.thanks === 0 && !sig.opinion) question = Math.max(question, 0.55);
  }
  // A statement with no question cue at all (no "?", no question form or opening) is not a question, whatever
  // the model makes of its words: forum training pairs "you can", "what to do" with questions.
  if (!sig.questionMark && !sig.questionForm && !sig.questionOpening) question = Math.min(question, STATEMENT_QUESTION_CAP);
  if (sig.rhetorical || sig.rhetoricalShape) question = Math.min(question, 0.25);
  // "Some reflexes here, as I see it; ... ?": a "?" closing the writer's own opinion asks no one.
  if (sig.opinion && sig.questionMark && !sig.questionForm && !sig.secondPerson) question = Math.min(question, 0.45);
  // "How about a pause button?" is a feature request: `other` by the conventions.
  if (sig.suggestion && !sig.questionForm) question = Math.min(question, 0.4);
  // "Can confirm." opens like a question and only seconds a report.
  if (sig.meToo) question = Math.min(question, 0.3);

  let bug = sig.bugWord || sig.bugSymptom ? p.bug : p.bug * MODEL_ONLY_BUG;
  // A malfunction phrase stands on its own; a fault noun ("problem", "Fehler") needs someone who observes it.
  if (sig.bugStrong) bug = Math.max(bug, 0.72);
  else if (sig.bugWord && sig.observed && !sig.opinion) bug = Math.max(bug, 0.62);
  if (sig.bugSymptom) bug = Math.max(bug, 0.78);
  // "Same here.", "Me too!": seconding the report above. Weaker than a described fault.
  if (sig.meToo) bug = Math.max(bug, 0.6);
  // "Same here, but on Android 12 ..." seconds the report; "Same here, I love the new design" seconds the praise.
  if (sig.meTooOpening && sig.praise === 0 && sig.thanks === 0) bug = Math.max(bug, 0.6);
  if (sig.bugNegated && !sig.bugSymptom) bug = Math.min(bug, 0.15);
  // "Can you send your save file to see what goes wrong?": the fault it names is the one it asks about.
  if (sig.infoRequest) bug = Math.min(bug, 0.3);
  // "I fixed the replay bug", "ist jetzt korrigiert": a resolution, not a report.
  if (sig.fixAnnounced) bug = Math.min(bug, 0.2);
  // "The real problem is the incentives": a fault noun inside an argument.
  if (sig.opinion && !sig.bugStrong) bug = Math.min(bug, 0.35);
  // "Our healthcare system is broken", "Das war ein Fehler der Regierung": fault words about the world, not the site.
  if (sig.publicAffairs && !sig.siteObject && !sig.bugSymptom) bug = Math.min(bug, 0.35);
  // Exclamatory praise is not a report, even with "wow that broke my brain" style words.
  if (sig.praise >= 1 && !sig.bugSymptom) bug = Math.min(bug, 0.4);

  return { thanks, question, bug, other: p.other };
}
