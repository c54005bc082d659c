// The hand-written fast paths read text exactly as the regexes and float weights they replace.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from '../../../lib/classify/model.json';
import { featurize, tokens, TOKEN, type SparseVector } from '../../../lib/classify/features';
import { fnv1a, fnv1aFrom } from '../../../lib/classify/hash';
import { decodeModel, type ModelData } from '../../../lib/classify/model';
import { roughLength, sentenceSignals, signalFeatures } from '../../../lib/classify/signals';
import { ownWords, splitSentences } from '../../../lib/classify/text';
import { parseExamples, parseFixtureComments } from '../../../lib/classify/training-data';

const root = resolve(__dirname, '../../..');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The regex tokenizer the scanner replaced. */
function regexTokens(sentence: string): string[] {
  const out: string[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence.toLowerCase())) !== null) {
    const t = m[0];
    if (CJK.test(t)) for (const ch of t) out.push(ch);
    else out.push(/^\p{N}+$/u.test(t) ? '0' : t.replace(/’/g, "'"));
    if (out.length > 400) break;
  }
  return out;
}

/** The regex word count the scanner replaced. */
function regexLength(sentence: string): number {
  let n = 0;
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) n += CJK.test(m[0]) ? Math.ceil(m[0].length / 2) : 1;
  return n;
}

const tricky = [
  "it's l’été, rock'n'roll and 'quoted' words' end'",
  'Version 2.0.1 has 123 bugs, 2nd time, ½ and ٣ digits',
  'ok谢谢你 ありがとうございます 감사합니다 한국어abc',
  '𝐁𝐨𝐥𝐝 letters 𠀀𠀁 and emoji 🙏🏽👍❤️ ©®‼',
  'lone \ud800 surrogate \udc00 here\ud83d',
  'İstanbul ΣΟΦΊΑ ΟΔΌΣ Привет МИР ǅemal',
  "don’t can't won't''s ’’",
  'x'.repeat(500) + ' ' + 'word '.repeat(450),
  '',
];

function realTexts(): string[] {
  return [
    ...parseExamples(readFileSync(resolve(root, 'data/examples.jsonl'), 'utf8')),
    ...parseFixtureComments(readFileSync(resolve(root, '../shared/datasets/fixture-comments/labelled-comments.jsonl'), 'utf8')),
  ].map((e) => e.text);
}

describe('token scanner', () => {
  it('reads the same tokens as the token regex', () => {
    for (const text of [...tricky, ...realTexts()]) expect(tokens(text), text.slice(0, 60)).toEqual(regexTokens(text));
  });

  it('counts words as the word regex does', () => {
    for (const text of [...tricky, ...realTexts()]) {
      const s = text.toLowerCase();
      expect(roughLength(s), text.slice(0, 60)).toBe(regexLength(s));
    }
  });
});

/** The features as the token strings spell them (featurize hashes the tokens from a buffer instead). */
function stringFeatures(sentence: string, buckets: number): SparseVector {
  const mask = buckets - 1;
  const ids: number[] = [];
  const toks = tokens(sentence);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    ids.push(fnv1a(t, 0x811c9dc5) & mask);
    ids.push(fnv1a((i ? toks[i - 1] : '^') + ' ' + t, 0x2f6b1a3d) & mask);
    if (t.length >= 3 && t.length <= 30 && !CJK.test(t)) {
      const marked = '<' + t + '>';
      for (let j = 0; j + 3 <= marked.length; j++) ids.push(fnv1a(marked.slice(j, j + 3), 0x61c88647) & mask);
    }
  }
  if (toks.length > 0) {
    ids.push(fnv1a(toks[toks.length - 1] + ' $', 0x2f6b1a3d) & mask);
    if (toks.length > 1) ids.push(fnv1aFrom(fnv1a('^2 ', 0x7a3d9e11), toks[0] + ' ' + toks[1]) & mask);
  }
  for (const name of signalFeatures(sentenceSignals(sentence))) ids.push(fnv1a(name, 0x1b873593) & mask);
  return { ids, value: ids.length ? 1 / Math.sqrt(ids.length) : 0 };
}

describe('feature hashing', () => {
  it('hashes the same features as the token strings give', () => {
    for (const text of [...tricky, ...realTexts()]) {
      for (const s of [text, ...splitSentences(ownWords(text))]) expect(featurize(s, sentenceSignals(s), 1 << 18), s.slice(0, 60)).toEqual(stringFeatures(s, 1 << 18));
    }
  });
});

describe('quantised scoring', () => {
  it('gives the same probabilities as the dense float weights, and adapts like them', () => {
    const codes = decodeModel(shipped as ModelData);
    const dense = decodeModel(shipped as ModelData);
    expect(dense.weights.length).toBe(dense.buckets * dense.classes.length); // switches it to dense floats
    const sentences = realTexts().flatMap((t) => splitSentences(ownWords(t)));
    for (const s of sentences) {
      const x = featurize(s, sentenceSignals(s), codes.buckets);
      expect(Array.from(codes.predict(x))).toEqual(Array.from(dense.predict(x)));
    }
    // A clone of the quantised model that learns leaves the original untouched.
    const x = featurize('the map is slow', sentenceSignals('the map is slow'), codes.buckets);
    const before = Array.from(codes.predict(x));
    const learner = codes.clone();
    for (let i = 0; i < 5; i++) learner.step(x, 2, 1.5);
    expect(learner.predict(x)[2]).toBeGreaterThan(before[2]);
    expect(Array.from(codes.predict(x))).toEqual(before);
  });
});
