// Hashed sparse features of one sentence: word unigrams and bigrams, sentence opening and ending,
// character trigrams (robust to typos and inflection), CJK character uni/bigrams, emoji, and rule signals.
import { fnv1a } from './hash';
import { signalFeatures, type SentenceSignals } from './signals';

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const DIGITS = /^\p{N}+$/u;

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

export function tokens(sentence: string): string[] {
  const out: string[] = [];
  const lower = sentence.toLowerCase();
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(lower)) !== null) {
    const t = m[0];
    if (CJK_CHAR.test(t)) {
      // No spaces in CJK: characters stand in for words, bigrams for short words.
      for (const ch of t) out.push(ch);
    } else out.push(DIGITS.test(t) ? '0' : t.replace(/’/g, "'"));
    if (out.length > 400) break;
  }
  return out;
}

export function featurize(sentence: string, signals: SentenceSignals, buckets: number): SparseVector {
  const mask = buckets - 1;
  const ids: number[] = [];
  const toks = tokens(sentence);
  let prev = '^';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    ids.push(fnv1a(t, SEED_WORD) & mask);
    ids.push(fnv1a(prev + ' ' + t, SEED_BIGRAM) & mask);
    if (t.length >= 3 && t.length <= 30 && !CJK_CHAR.test(t)) {
      // Trigrams of "<token>", hashed in place (no substring allocation: this is the hot loop).
      const n = t.length + 2;
      for (let j = 0; j + 3 <= n; j++) {
        let h = SEED_CHAR;
        for (let k = j; k < j + 3; k++) {
          h ^= k === 0 ? 60 : k === n - 1 ? 62 : t.charCodeAt(k - 1);
          h = Math.imul(h, 0x01000193);
        }
        ids.push((h >>> 0) & mask);
      }
    }
    prev = t;
  }
  if (toks.length > 0) {
    ids.push(fnv1a(prev + ' $', SEED_BIGRAM) & mask);
    if (toks.length > 1) ids.push(fnv1a('^2 ' + toks[0] + ' ' + toks[1], SEED_POS) & mask);
  }
  for (const name of signalFeatures(signals)) ids.push(fnv1a(name, SEED_SIGNAL) & mask);
  return { ids, value: ids.length ? 1 / Math.sqrt(ids.length) : 0 };
}
