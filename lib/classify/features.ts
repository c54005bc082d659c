// Hashed sparse features of one sentence: word unigrams and bigrams, sentence opening and ending,
// character trigrams (robust to typos and inflection), CJK character uni/bigrams, emoji, and rule signals.
// This runs on every sentence, so tokens are read by a hand-written scanner over char codes (with each
// character's Unicode class cached) and n-grams are hashed in place, without building strings.
import { classOf, codePointAt, hasCjkChar, IS_CJK, IS_LETTER, IS_NUMBER, IS_PICTOGRAPHIC } from './charclass';
import { fnv1a, fnv1aFrom } from './hash';
import { signalFeatures, type SentenceSignals } from './signals';

// The token grammar, as a regex: the scanner below reads exactly these tokens (a test checks they agree).
export const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu;

// Distinct seeds keep feature families apart in the hash space.
const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x2f6b1a3d;
const SEED_CHAR = 0x61c88647;
const SEED_POS = 0x7a3d9e11;
const SEED_SIGNAL = 0x1b873593;

export interface SparseVector {
  ids: number[];
  /** One value for all ids: binary features scaled to unit length. */
  value: number;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

export function tokens(sentence: string): string[] {
  const out: string[] = [];
  const text = sentence.toLowerCase();
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(text, i);
    let cls = classOf(cp);
    if ((cls & (IS_LETTER | IS_NUMBER)) === 0) {
      if (cls & IS_PICTOGRAPHIC) {
        out.push(String.fromCodePoint(cp));
        if (out.length > 400) break;
      }
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    // [\p{L}\p{N}]+ then (['’]\p{L}+)*, tracking what the token holds.
    const start = i;
    let allNumbers = true;
    let cjk = false;
    let curly = false;
    while (i < n) {
      cp = codePointAt(text, i);
      cls = classOf(cp);
      if ((cls & (IS_LETTER | IS_NUMBER)) === 0) break;
      if ((cls & IS_NUMBER) === 0) allNumbers = false;
      if (cls & IS_CJK) cjk = true;
      i += cp > 0xffff ? 2 : 1;
    }
    while (i + 1 < n) {
      const quote = text.charCodeAt(i);
      if (quote !== APOSTROPHE && quote !== RIGHT_QUOTE) break;
      let j = i + 1;
      while (j < n) {
        cp = codePointAt(text, j);
        cls = classOf(cp);
        if ((cls & IS_LETTER) === 0) break;
        if ((cls & IS_NUMBER) === 0) allNumbers = false;
        if (cls & IS_CJK) cjk = true;
        j += cp > 0xffff ? 2 : 1;
      }
      if (j === i + 1) break; // a quote not followed by a letter ends the token before it
      allNumbers = false;
      if (quote === RIGHT_QUOTE) curly = true;
      i = j;
    }
    const t = text.slice(start, i);
    if (cjk) {
      // No spaces in CJK: characters stand in for words, bigrams for short words.
      for (const ch of t) out.push(ch);
    } else out.push(allNumbers ? '0' : curly ? t.replace(/’/g, "'") : t);
    if (out.length > 400) break;
  }
  return out;
}

const SPACE = 0x20;
const signalIds = new Map<string, number>();
function signalId(name: string): number {
  let h = signalIds.get(name);
  if (h === undefined) signalIds.set(name, (h = fnv1a(name, SEED_SIGNAL)));
  return h;
}
// Hash state of '^' under the bigram seed: the sentence-start bigram is '^ ' + first token.
const START = fnv1a('^', SEED_BIGRAM);
const END_SUFFIX = ' $';
const POS_PREFIX = fnv1a('^2 ', SEED_POS);

/** `signalNames` may be passed when the caller already has them (`signalFeatures(signals)`). */
export function featurize(sentence: string, signals: SentenceSignals, buckets: number, signalNames = signalFeatures(signals)): SparseVector {
  const mask = buckets - 1;
  const ids: number[] = [];
  const toks = tokens(sentence);
  // fnv1a(prev + ' ' + t) = fnv1aFrom(fnv1aFrom(fnv1a(prev), ' '), t): the previous token's state is kept.
  let prevState = START;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // One pass over the token for three hashes: the word, the bigram with the previous token, and this
    // token's own bigram state for the next one.
    let word = SEED_WORD | 0;
    let bigram = step(prevState, SPACE) | 0;
    let state = SEED_BIGRAM | 0;
    for (let j = 0; j < t.length; j++) {
      const unit = t.charCodeAt(j);
      word = Math.imul(word ^ unit, 0x01000193);
      bigram = Math.imul(bigram ^ unit, 0x01000193);
      state = Math.imul(state ^ unit, 0x01000193);
    }
    ids.push((word >>> 0) & mask);
    ids.push((bigram >>> 0) & mask);
    if (t.length >= 3 && t.length <= 30 && !hasCjkChar(t)) {
      // Trigrams of "<token>", hashed in place over a sliding window of three code units (no substrings).
      const last = t.length;
      let a = 60; // '<'
      let b = t.charCodeAt(0);
      for (let j = 1; j <= last; j++) {
        const c = j < last ? t.charCodeAt(j) : 62; // '>'
        let h = Math.imul((SEED_CHAR | 0) ^ a, 0x01000193);
        h = Math.imul(h ^ b, 0x01000193);
        h = Math.imul(h ^ c, 0x01000193);
        ids.push((h >>> 0) & mask);
        a = b;
        b = c;
      }
    }
    prevState = state >>> 0;
  }
  if (toks.length > 0) {
    ids.push(fnv1aFrom(prevState, END_SUFFIX) & mask);
    if (toks.length > 1) ids.push(fnv1aFrom(step(fnv1aFrom(POS_PREFIX, toks[0]), SPACE), toks[1]) & mask);
  }
  for (const name of signalNames) ids.push(signalId(name) & mask);
  return { ids, value: ids.length ? 1 / Math.sqrt(ids.length) : 0 };
}

/** One FNV-1a step. */
function step(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193) >>> 0;
}
