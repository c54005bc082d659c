// The regex pre-screen may only rule a pattern out when the pattern cannot match: checked on every real
// sentence we have and on generated texts built around each pattern's own literals.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../lib/classify/lexicon';
import { words } from '../../../lib/classify/lexicon/patterns';
import { deriveScreenTable, partsOf, RegexScreen, requiredLiterals, splitOf } from '../../../lib/classify/prescreen';
import { SCREEN_TABLE } from '../../../lib/classify/screen-table';
import { signalScreen, signalScreenTable } from '../../../lib/classify/signals';
import { ownWords, splitSentences } from '../../../lib/classify/text';
import { parseExamples, parseFixtureComments, parseForumCsv, parseHeldoutComments } from '../../../lib/classify/training-data';

const root = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

function realSentences(): string[] {
  const texts = [
    ...parseExamples(read('data/examples.jsonl')),
    ...parseHeldoutComments(read('data/heldout-realistic.jsonl')),
    ...parseFixtureComments(read('../shared/datasets/fixture-comments/labelled-comments.jsonl')),
    ...parseForumCsv(read('../shared/datasets/tizard2019-forum/sentences.csv')),
  ].map((e) => e.text);
  return texts.flatMap((t) => splitSentences(ownWords(t))).map((s) => s.toLowerCase().replace(/[’‘`´]/g, "'"));
}

/** Deterministic texts around each literal: alone, inside words, at edges, with punctuation and other scripts. */
function generatedTexts(screen: RegexScreen): string[] {
  let seed = 7;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const fillers = ['', ' ', 'a', 'x ', ', ', '. ', '? ', '!', ' ?', '？', '。', 'é', 'ß', '🙏', '谢', 'and ', ' the ', "'", '-', '\n', '@bob '];
  const out: string[] = [];
  for (const re of screen.regexes) {
    const literals = requiredLiterals(re) ?? [];
    // Up to 80 literals per pattern, spread over the set.
    const step = Math.max(1, Math.floor(literals.length / 80));
    for (let l = 0; l < literals.length; l += step) {
      for (let k = 0; k < 4; k++) {
        const parts = [fillers[rand(fillers.length)], literals[l], fillers[rand(fillers.length)]];
        // Sometimes two literals of the same pattern, so multi-part patterns can match.
        if (k % 2 === 1) parts.push(literals[rand(literals.length)], fillers[rand(fillers.length)]);
        out.push(parts.join(''));
      }
    }
  }
  return out;
}

/** Texts where the screen's answer (ruled out, or its parts run) differs from the whole regex's. */
function falseNegatives(screen: RegexScreen, texts: string[]): string[] {
  const missed: string[] = [];
  for (const text of texts) {
    const screening = screen.scan(text);
    screen.regexes.forEach((re, i) => {
      const whole = re.test(text);
      if ((whole && screening.regexes[i] === 0) || screen.test(i, text, screening) !== whole) missed.push(`${re.source.slice(0, 40)} :: ${JSON.stringify(text)}`);
    });
  }
  return missed;
}

describe('requiredLiterals', () => {
  it('derives literals every match must contain', () => {
    expect(requiredLiterals(/thanks?/)).toEqual(['thank']);
    expect(requiredLiterals(/(?<![a-z])(?:is|are) supposed to/)?.sort()).toEqual(['are supposed to', 'is supposed to']);
    // Optional parts are expanded into the literal set rather than dropped.
    expect(requiredLiterals(/can you (?:please )?help/)?.sort()).toEqual(['can you help', 'can you please help']);
    // Repetition ends a literal; the rest of the sequence may be chosen instead.
    expect(requiredLiterals(/marvel+ous/)).toEqual(['marvel']);
    // Escaped punctuation is a literal character; classes and escapes are not.
    expect(requiredLiterals(/seriously\?/)).toEqual(['seriously?']);
    expect(requiredLiterals(/\u00e9t\u00e9/)).toEqual(['t']);
  });

  it('cuts literals to a length, keeping each cut once', () => {
    const re = /(?:thank you so much|thank you so very much|thanks a lot) (?:again|indeed)/;
    expect(requiredLiterals(re)?.sort()).toEqual([
      'thank you so much again',
      'thank you so much indeed',
      'thank you so very much again',
      'thank you so very much indeed',
      'thanks a lot again',
      'thanks a lot indeed',
    ]);
    // A prefix of a required literal is required too: cut to 9 units, six literals are two.
    expect(requiredLiterals(re, 9)?.sort()).toEqual(['thank you', 'thanks a ']);
  });

  it('gives up (null) when a match can avoid every literal', () => {
    expect(requiredLiterals(/[a-z]+/)).toBeNull();
    expect(requiredLiterals(/thanks|\d+/)).toBeNull();
    expect(requiredLiterals(/thanks/i)).toBeNull();
  });
});

describe('splitting a regex into parts', () => {
  const sources = (re: RegExp) => partsOf(re, splitOf(re)).map((part) => part.source);

  it('splits the biggest alternation four options a part, keeping what surrounds it in every part', () => {
    expect(sources(/(?<![a-z])(?:broken link|(?:page|site) is down|crash|404|blank page|no sound)(?![a-z])/)).toEqual([
      '(?<![a-z])(?:broken link|(?:page|site) is down|crash|404)(?![a-z])',
      '(?<![a-z])(?:blank page|no sound)(?![a-z])',
    ]);
    expect(sources(/thanks|merci|danke|gracias|obrigado/)).toEqual(['thanks|merci|danke|gracias', 'obrigado']);
  });

  it('splits a long option again when it is one big alternation, as words() makes around elided phrases', () => {
    const phrases = Array.from({ length: 40 }, (_, i) => `phrase number ${i} here`);
    const regex = words(...phrases, "est-ce qu'");
    const parts = partsOf(regex, splitOf(regex));
    // Forty phrases four to a part, and the elided phrase on its own.
    expect(parts).toHaveLength(11);
    for (const text of ['so phrase number 7 here.', "est-ce qu'il", 'phrase number 7 heres', 'nothing']) {
      expect(parts.some((part) => part.test(text))).toBe(regex.test(text));
    }
  });

  it('leaves whole what cannot split: no alternation, back-references, stateful flags', () => {
    expect(splitOf(/how to /)).toBeNull();
    expect(splitOf(/(a|b)\1/)).toBeNull();
    expect(splitOf(/a|b/g)).toBeNull();
    expect(sources(/(?:a|b)+c/)).toEqual(['(?:a|b)+c']);
  });

  it('runs only the parts a text may match, and answers as the whole regex does', () => {
    const regex = /(?<![a-z])(?:doesn't load|won't (?:start|open)|is broken|keeps crashing|shows nothing|hangs|times out)(?![a-z])/;
    const screen = new RegexScreen([regex]);
    for (const text of ["the app won't open", 'it is broken.', 'it loads fine', 'unbroken', "won't starts", 'the upload times out']) {
      expect(screen.test(0, text, screen.scan(text))).toBe(regex.test(text));
    }
    expect(screen.scan('the upload times out').parts).toEqual(new Uint8Array([0, 1]));
    expect(screen.scan("the app won't open").parts).toEqual(new Uint8Array([1, 0]));
  });
});

describe('RegexScreen', () => {
  const sentences = realSentences();

  it('never rules out a signal pattern that matches a real sentence', () => {
    expect(sentences.length).toBeGreaterThan(4000);
    expect(falseNegatives(signalScreen(), sentences)).toEqual([]);
  });

  it('never rules out a lexicon pattern on real or generated texts', () => {
    const regexes = Object.values(lexicon).filter((v): v is RegExp => v instanceof RegExp);
    const screen = new RegexScreen(regexes);
    const generated = generatedTexts(screen);
    // The generated texts do hit the patterns (else this would check nothing).
    const matched = regexes.filter((re) => generated.some((t) => re.test(t)));
    expect(matched.length).toBeGreaterThan(regexes.length * 0.8);
    expect(falseNegatives(screen, [...sentences, ...generated])).toEqual([]);
  });

  it('rules most patterns out on an ordinary sentence', () => {
    const flags = signalScreen().scan('the weather was nice and the walk took two hours.').regexes;
    const thanks = signalScreen().regexes.indexOf(lexicon.THANKS);
    const bugWords = signalScreen().regexes.indexOf(lexicon.BUG_WORDS);
    expect(flags[thanks]).toBe(0);
    expect(flags[bugWords]).toBe(0);
    expect(flags.reduce((a, b) => a + b, 0)).toBeLessThan(signalScreen().regexes.length / 4);
    expect(signalScreen().scan('thanks, the upload is broken').regexes[thanks]).toBe(1);
  });

  it('keeps patterns it cannot screen as candidates', () => {
    const screen = new RegexScreen([/\d+ items/, /[a-z]+$/]);
    expect(Array.from(screen.scan('nothing here').regexes)).toEqual([0, 1]);
    expect(Array.from(screen.scan('12 items').regexes)).toEqual([1, 1]);
  });
});

describe('the stored screen table', () => {
  const sentences = realSentences().slice(0, 3000);

  it('is current: the shipped classifier starts from it (after a lexicon change, run npm run train)', () => {
    expect(signalScreen().fromTable).toBe(true);
    expect(SCREEN_TABLE).toEqual(signalScreenTable());
  });

  it('screens exactly as derived literals do', () => {
    const regexes = Object.values(lexicon).filter((v): v is RegExp => v instanceof RegExp);
    const derived = new RegexScreen(regexes);
    const stored = new RegexScreen(regexes, JSON.parse(JSON.stringify(deriveScreenTable(regexes))));
    expect(stored.fromTable).toBe(true);
    expect(derived.fromTable).toBe(false);
    const differing = sentences.filter((s) => derived.scan(s).parts.join() !== stored.scan(s).parts.join());
    expect(differing).toEqual([]);
    expect(falseNegatives(stored, sentences)).toEqual([]);
  });

  it('hands its trie to a screen in another thread, which then screens exactly as one that built its own', () => {
    const regexes = Object.values(lexicon).filter((v): v is RegExp => v instanceof RegExp);
    const table = deriveScreenTable(regexes);
    const own = new RegexScreen(regexes, table);
    const built = own.built();
    expect(built).not.toBeNull();
    // As a worker receives it: a structured clone, typed arrays and all. The screen scans with those very arrays.
    const handed = structuredClone(built!);
    const taken = new RegexScreen(regexes, table, handed);
    expect(taken.built()!.trie.nodeInfo).toBe(handed.trie.nodeInfo);
    expect(taken.built()!.trie.probeTable).toBe(handed.trie.probeTable);
    const differing = sentences.filter((s) => own.scan(s).parts.join() !== taken.scan(s).parts.join());
    expect(differing).toEqual([]);
    expect(falseNegatives(taken, sentences)).toEqual([]);
    // Not from a table: nothing to hand over. A trie of another table is not taken.
    expect(new RegexScreen(regexes).built()).toBeNull();
    const other = new RegexScreen([/thanks?/], deriveScreenTable([/thanks?/]));
    const mismatched = new RegexScreen(regexes, table, other.built()!);
    expect(mismatched.built()!.trie.nodeInfo).not.toBe(other.built()!.trie.nodeInfo);
    expect(sentences.filter((s) => own.scan(s).parts.join() !== mismatched.scan(s).parts.join())).toEqual([]);
  });

  it('is ignored when it was derived from other patterns, so a stale table never hides a match', () => {
    const before = [/thanks?/, /broken (?:link|page)/];
    const after = [/thanks?/, /broken (?:link|page|image)/];
    const screen = new RegexScreen(after, deriveScreenTable(before));
    expect(screen.fromTable).toBe(false);
    expect(Array.from(screen.scan('a broken image').regexes)).toEqual([0, 1]);
    // Same patterns in another order: also a different table.
    expect(new RegexScreen([...before].reverse(), deriveScreenTable(before)).fromTable).toBe(false);
  });
});
