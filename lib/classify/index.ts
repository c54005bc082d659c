// The local comment classifier: sentences -> model + rules -> comment labels with scores and cues.
// Pure TypeScript, no DOM, no eval, no fs: the model is imported as JSON, so it runs in an MV3 service worker.
// This module is the classifier as the extension, the command line and the tests use it: options, the cache, staff
// corrections and what the comment model learns from them. The reading itself: comment-reading.ts (sentences and the
// rules), comment-labels.ts (which labels a comment gets and which leads, by who wrote it and where); the shipped
// models are decoded once in shipped-models.ts.
import { LABELS, type Classification, type Label } from '../thread';
import { cacheKey, LruCache } from './cache';
import { contentHash } from './hash';
import { adaptCommentModel, SimilarCorrections, type Correction } from './learn';
import { decodeModel, type LinearModel, type ModelData } from './model';
import { guessLanguage } from './guess-language';
import { signalScreen } from './signals';
import type { BuiltScreen } from './prescreen';
import { ownWords, splitSentences } from './text';
import { shipped, shippedCommentModel, shippedCommentModelData, shippedModel } from './shipped-models';
import { DEFAULT_THRESHOLD, readComment } from './comment-reading';
import { classifyText, cue, scoresAgreeingWith, type CommentContext } from './comment-labels';
import { RULE_SHARE, commentFeatures, ruleShareFor, trainingLanguages } from './comment-model';

export type { ModelData } from './model';
export type { Correction } from './learn';
export { cacheKey } from './cache';
export { DEFAULT_THRESHOLD, readComment, type CommentReading } from './comment-reading';
export { asksTheAuthor, classifyText, scoresAgreeingWith, thanksBarelyBehind, type CommentContext } from './comment-labels';

export interface ClassifierOptions {
  /** Sentence model weights; defaults to the shipped lib/classify/model.json. */
  model?: ModelData;
  /** Comment model weights; defaults to the shipped lib/classify/comment-model.json. `null`: the rules alone. */
  commentModel?: ModelData | null;
  /**
   * Staff relabellings: an exact text's wins outright on every site; on the site it was made on (on every site when it
   * names none) the comment model adapts toward it, and a comment worded almost like it takes its labels.
   */
  corrections?: Correction[];
  /** Minimum score for a label to be given (default 0.5). */
  threshold?: number;
  /** Cached classifications kept (default 5000). */
  cacheSize?: number;
  /** The rules' share of the blend in a language the comment model hardly learnt from (for tuning; see ruleShareFor). */
  unfamiliarRuleShare?: number;
  /**
   * The regex screen's trie as another thread's classifier built it (builtScreen there): a worker thread then skips
   * building its own (0.05-0.1 s as it starts). Ignored when this thread's screen is built already.
   */
  screen?: BuiltScreen | null;
}

/**
 * The rules' share of the blend is scaled by this in a comment by someone who answers for the site (0.4 -> 0.2): the
 * rules were written from readers' questions and reports, while the comment model learnt from thousands of staff
 * answers labelled `other`. Cross-validated by source (31,463 comments): 0.8448 at 1, 0.8457 at 0.5, 0.8458 at 0.25,
 * 0.8457 at 0.01, 0.8416 at 1.5; scaling the share of other staff and openers (0.5: 0.8441, 1.5: 0.8444) or of
 * readers (0.5: 0.8436, 0.75: 0.8462, 0.875: 0.8462, 1.25: 0.8376) did not help beyond noise. Kept-unseen pool
 * 0.847 -> 0.848.
 */
const ANSWERER_RULE_SCALE = 0.5;
/**
 * The rules' share of the blend is scaled by this where staff corrections apply (0.4 -> 0.3 in a language the comment
 * model learnt). Measured by learning from corrections on each site's earlier threads, its later threads read:
 * cross-validated by source (92 sites, 15,325 later comments, each fold's comment model trained without them) 0.836
 * before any correction, 0.837 with them at the usual share, 0.840 at 0.3, 0.836 at 0.2; on the sites kept unseen
 * 0.851, 0.855 and 0.853.
 */
const TAUGHT_RULE_SCALE = 0.75;

/** Sites whose learning is kept built at once (rebuilding one takes a few milliseconds per correction). */
const SITE_LEARNINGS_KEPT = 8;

/** What the corrections that apply on one site taught. */
interface SiteLearning {
  /** Part of the cache key: '' where only corrections without a site apply. */
  key: string;
  commentModel: LinearModel | null;
  similar: SimilarCorrections | null;
}

export interface Classifier {
  /** Model version plus a digest of corrections and threshold: part of every cache key. */
  version: string;
  classify(text: string, lang?: string, context?: CommentContext): Classification;
  classifyMany(texts: string[]): Classification[];
}

/** The regex screen's trie as this thread built it, to pass to createClassifier in another thread (null: none to pass). */
export function builtScreen(): BuiltScreen | null {
  return signalScreen().built();
}

export function createClassifier(options: ClassifierOptions = {}): Classifier {
  // Built here, not on import (see signalScreen): a classifier is ready to read once it is created.
  signalScreen(options.screen ?? undefined);
  const model = options.model ? decodeModel(options.model) : shipped();
  const modelVersion = options.model?.version ?? (shippedModel as ModelData).version;
  const threshold = clampThreshold(options.threshold);
  const corrections = (options.corrections ?? []).filter(
    (c) => c && typeof c.text === 'string' && Array.isArray(c.labels) && c.labels.some((l) => LABELS.includes(l)),
  );
  // The comment model's data, chosen once: its weights, its version (part of the cache key) and its languages come from it.
  const commentData = options.commentModel === null ? null : options.commentModel ?? (shippedCommentModelData as ModelData);
  const commentBase = commentData === null ? null : options.commentModel ? decodeModel(options.commentModel) : shippedCommentModel();
  const exact = new Map<string, Label[]>();
  for (const c of corrections) exact.set(normalisedHash(c.text), dedupe(c.labels.filter((l) => LABELS.includes(l))));

  const digest = corrections.length ? '+c' + contentHash(JSON.stringify(corrections.map((c) => [c.text, c.labels, c.site ?? '']))).slice(0, 8) : '';
  const commentVersion = commentData ? '+' + commentData.version : '+rules';
  const version = `${modelVersion}${commentVersion}${digest}@${threshold}`;

  // What each site's corrections taught, built on the first comment of that site: corrections without a site count on
  // every site. Sites without corrections of their own share the everywhere-learning.
  const everywhere = corrections.filter((c) => !c.site);
  const sitesWithCorrections = new Set(corrections.map((c) => c.site).filter((site): site is string => !!site));
  const learnings = new Map<string, SiteLearning>();
  const untaught: SiteLearning = { key: '', commentModel: commentBase, similar: null };
  function learningFor(site: string | undefined): SiteLearning {
    const key = site && sitesWithCorrections.has(site) ? site : '';
    if (!key && !everywhere.length) return untaught;
    let learning = learnings.get(key);
    if (learning) {
      // Most recently used last, so the oldest is the one let go.
      learnings.delete(key);
      learnings.set(key, learning);
    } else {
      const own = key ? [...everywhere, ...corrections.filter((c) => c.site === key)] : everywhere;
      learning = {
        key: key ? '+s:' + key : '',
        commentModel:
          commentBase
            ? adaptCommentModel(commentBase, own, (text) => {
                const reading = readComment(model, text, threshold);
                return reading && commentFeatures(reading.readings, reading);
              })
            : commentBase,
        similar: new SimilarCorrections(own),
      };
      learnings.set(key, learning);
      // Each adapted comment model holds its weights as floats (about 1 MB): keep the sites in use, rebuild the rest.
      if (learnings.size > SITE_LEARNINGS_KEPT) learnings.delete(learnings.keys().next().value!);
    }
    return learning;
  }
  const cache = new LruCache<Classification>(options.cacheSize ?? 5000);
  const languages = commentData ? trainingLanguages(commentData) : null;

  function classify(text: string, lang?: string, context?: CommentContext): Classification {
    const safe = typeof text === 'string' ? text : text == null ? '' : String(text);
    const role: CommentContext = {
      staff: context?.staff === true || context?.answerer === true,
      answerer: context?.answerer === true,
      opensThread: context?.opensThread === true && context?.answerer !== true,
      article: context?.article === true,
    };
    const learning = learningFor(typeof context?.site === 'string' ? context.site : undefined);
    // Where staff corrections apply, the comment model has learnt the site's ways: the rules weigh less. So they do in
    // the answers of staff, which the rules were not written for.
    // Where nobody says the language, the letters may (a Korean or Danish comment on a page with no lang attribute).
    const language = lang || (languages ? guessLanguage(safe) : undefined);
    const ruleShare = ruleShareFor(language, languages, options.unfamiliarRuleShare) * (learning === untaught ? 1 : TAUGHT_RULE_SCALE) * (role.answerer ? ANSWERER_RULE_SCALE : 1);
    const key = cacheKey(safe, version + learning.key + (role.answerer ? '+answerer' : role.staff ? '+staff' : '') + (role.opensThread ? '+opens' : '') + (role.article ? '+art' : '') + (ruleShare === RULE_SHARE ? '' : '+r' + ruleShare));
    const hit = cache.get(key);
    if (hit) return copy(hit);
    // Without corrections there is nothing to look up (normalising the text costs more than classifying it).
    const exactly = exact.size ? exact.get(normalisedHash(safe)) : undefined;
    const similar = exactly ? undefined : learning.similar?.closest(safe) ?? undefined;
    const result = exactly
      ? fromCorrection(safe, exactly, 'correction')
      : similar
        ? fromCorrection(safe, similar, 'similar')
        : classifyText(model, safe, threshold, learning.commentModel, role, ruleShare);
    cache.set(key, result);
    return copy(result);
  }

  return {
    version,
    classify,
    classifyMany: (texts: string[]) => (Array.isArray(texts) ? texts.map((t) => classify(t)) : []),
  };
}

function fromCorrection(text: string, labels: Label[], learnt: NonNullable<Classification['learnt']>): Classification {
  const ordered = labels.length ? labels : (['other'] as Label[]);
  const scores: Record<Label, number> = { thanks: 0, question: 0, bug: 0, other: 0 };
  for (const l of ordered) scores[l] = 1;
  const first = splitSentences(ownWords(text))[0];
  const cues: Partial<Record<Label, string>> = {};
  if (first) for (const l of ordered) cues[l] = cue(first);
  return { labels: [...ordered], scores: scoresAgreeingWith(ordered, scores), cues, learnt };
}

function normalisedHash(text: string): string {
  return contentHash(String(text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase());
}

function clampThreshold(t: number | undefined): number {
  return typeof t === 'number' && Number.isFinite(t) ? Math.min(0.99, Math.max(0.01, t)) : DEFAULT_THRESHOLD;
}

function dedupe<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function copy(c: Classification): Classification {
  const { thanks, question, bug, other } = c.scores;
  const out: Classification = { labels: c.labels.slice(), scores: { thanks, question, bug, other }, cues: Object.assign({}, c.cues) };
  if (c.learnt) out.learnt = c.learnt;
  return out;
}
