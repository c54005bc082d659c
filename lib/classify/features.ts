// Hashed sparse features of one sentence: word unigrams and bigrams, sentence opening and ending,
// character trigrams (robust to typos and inflection), CJK character uni/bigrams, emoji, and rule signals.
// This runs on every sentence, so tokens are read by a hand-written scanner over char codes (with each
// character's Unicode class cached) and n-grams are hashed in place, without building strings.
import { classOf, codePointAt, IS_CJK, IS_LETTER, IS_NUMBER, IS_PICTOGRAPHIC } from './charclass';
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

/** Most tokens a sentence gives: reading stops after the token (or the CJK run) that passes this many. */
const MAX_TOKENS = 400;

/**
 * Reads the tokens of a lower-cased sentence one at a time, each into a buffer of code units that is reused: numbers
 * as '0', a curly apostrophe as a straight one, a run with CJK characters one code point a token, and no more after the
 * token or CJK run that passes MAX_TOKENS. `featurize` hashes each token from the buffer, without a string per token.
 */
class TokenReader {
  /** The current token: units[0 .. length). */
  units = new Uint16Array(64);
  length = 0;
  private text = '';
  private at = 0;
  private count = 0;
  private stopped = false;
  /** A run with CJK characters, handed out one code point a token: the next one at cjkAt, up to cjkEnd. */
  private cjkAt = 0;
  private cjkEnd = 0;

  /** Start reading `lowerCased` (a sentence already lower-cased). */
  read(lowerCased: string): this {
    this.text = lowerCased;
    this.at = 0;
    this.count = 0;
    this.stopped = false;
    this.cjkAt = this.cjkEnd = 0;
    return this;
  }

  /** Moves to the next token; false when there is none. */
  next(): boolean {
    if (this.cjkAt < this.cjkEnd) {
      this.cjkAt += this.takeCodePoint(this.cjkAt);
      // The token limit is checked only at the end of a CJK run, so a run is never cut at MAX_TOKENS.
      if (this.cjkAt >= this.cjkEnd) this.stopped = this.count > MAX_TOKENS;
      return true;
    }
    if (this.stopped) return false;
    const text = this.text;
    const n = text.length;
    let i = this.at;
    while (i < n) {
      let cp = codePointAt(text, i);
      let cls = classOf(cp);
      if ((cls & (IS_LETTER | IS_NUMBER)) === 0) {
        if (cls & IS_PICTOGRAPHIC) {
          this.at = i + this.takeCodePoint(i);
          this.stopped = this.count > MAX_TOKENS;
          return true;
        }
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      // [\p{L}\p{N}]+ then (['’]\p{L}+)*, tracking what the token holds.
      const start = i;
      let allNumbers = true;
      let cjk = false;
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
          if (cls & IS_CJK) cjk = true;
          j += cp > 0xffff ? 2 : 1;
        }
        if (j === i + 1) break; // a quote not followed by a letter ends the token before it
        allNumbers = false;
        i = j;
      }
      this.at = i;
      if (cjk) {
        // No spaces in CJK: characters stand in for words, bigrams for short words.
        this.cjkAt = start;
        this.cjkEnd = i;
        return this.next();
      }
      this.count++;
      this.stopped = this.count > MAX_TOKENS;
      if (allNumbers) {
        this.units[0] = 0x30; // '0'
        this.length = 1;
        return true;
      }
      const length = i - start;
      if (length > this.units.length) this.units = new Uint16Array(Math.max(length, this.units.length * 2));
      for (let k = 0; k < length; k++) {
        const unit = text.charCodeAt(start + k);
        this.units[k] = unit === RIGHT_QUOTE ? APOSTROPHE : unit;
      }
      this.length = length;
      return true;
    }
    this.at = n;
    return false;
  }

  /** The current token as a string. */
  token(): string {
    let out = '';
    for (let k = 0; k < this.length; k += 4096) out += String.fromCharCode(...this.units.subarray(k, Math.min(this.length, k + 4096)));
    return out;
  }

  /** Takes the code point at `i` as a token of its own; returns its length in code units. */
  private takeCodePoint(i: number): number {
    const cp = codePointAt(this.text, i);
    this.count++;
    if (cp > 0xffff) {
      this.units[0] = this.text.charCodeAt(i);
      this.units[1] = this.text.charCodeAt(i + 1);
      this.length = 2;
      return 2;
    }
    this.units[0] = cp;
    this.length = 1;
    return 1;
  }
}

export function tokens(sentence: string): string[] {
  const out: string[] = [];
  const reader = new TokenReader().read(sentence.toLowerCase());
  while (reader.next()) out.push(reader.token());
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

/** Reused by featurize for every sentence (it never runs inside itself). */
const featureTokens = new TokenReader();

/**
 * `signalNames` may be passed when the caller already has them (`signalFeatures(signals)`), and `lowerCased` when it
 * has the sentence lower-cased already.
 */
export function featurize(sentence: string, signals: SentenceSignals, buckets: number, signalNames = signalFeatures(signals), lowerCased = sentence.toLowerCase()): SparseVector {
  const mask = buckets - 1;
  const ids: number[] = [];
  const reader = featureTokens.read(lowerCased);
  let count = 0;
  // fnv1a(prev + ' ' + t) = fnv1aFrom(fnv1aFrom(fnv1a(prev), ' '), t): the previous token's state is kept.
  let prevState = START;
  // The feature of the first two tokens: '^2 ' + first + ' ' + second, hashed as they come.
  let opening = POS_PREFIX;
  while (reader.next()) {
    const t = reader.units;
    const length = reader.length;
    // One pass over the token for three hashes: the word, the bigram with the previous token, and this
    // token's own bigram state for the next one.
    let word = SEED_WORD | 0;
    let bigram = step(prevState, SPACE) | 0;
    let state = SEED_BIGRAM | 0;
    for (let j = 0; j < length; j++) {
      const unit = t[j];
      word = Math.imul(word ^ unit, 0x01000193);
      bigram = Math.imul(bigram ^ unit, 0x01000193);
      state = Math.imul(state ^ unit, 0x01000193);
    }
    ids.push((word >>> 0) & mask);
    ids.push((bigram >>> 0) & mask);
    // (A CJK character is a token of its own, one or two units long: tokens of three or more hold none.)
    if (length >= 3 && length <= 30) {
      // Trigrams of "<token>", hashed in place over a sliding window of three code units (no substrings).
      let a = 60; // '<'
      let b = t[0];
      for (let j = 1; j <= length; j++) {
        const c = j < length ? t[j] : 62; // '>'
        let h = Math.imul((SEED_CHAR | 0) ^ a, 0x01000193);
        h = Math.imul(h ^ b, 0x01000193);
        h = Math.imul(h ^ c, 0x01000193);
        ids.push((h >>> 0) & mask);
        a = b;
        b = c;
      }
    }
    prevState = state >>> 0;
    if (count < 2) opening = unitsFrom(count === 0 ? opening : step(opening, SPACE), t, length);
    count++;
  }
  if (count > 0) {
    ids.push(fnv1aFrom(prevState, END_SUFFIX) & mask);
    if (count > 1) ids.push(opening & mask);
  }
  for (const name of signalNames) ids.push(signalId(name) & mask);
  return { ids, value: ids.length ? 1 / Math.sqrt(ids.length) : 0 };
}

/** fnv1aFrom over `length` code units of `units`. */
function unitsFrom(state: number, units: Uint16Array, length: number): number {
  let h = state | 0;
  for (let j = 0; j < length; j++) h = Math.imul(h ^ units[j], 0x01000193);
  return h >>> 0;
}

/** One FNV-1a step. */
function step(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193) >>> 0;
}
