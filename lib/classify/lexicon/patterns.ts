// How lexicon patterns are built. Each pattern is a whole-word regular expression (JS \b is ASCII-only, so words
// are bounded by lookarounds). Patterns are lower case and are matched against lower-cased text: case-insensitive
// matching is several times slower and this runs on every sentence.
/**
 * Letters and digits of the Latin, Greek and Cyrillic blocks, lower case: a plain class without the 'u' flag
 * is about 3x faster than \\p{L} lookarounds. CJK text has no word bounds and uses `anywhere`.
 */
export const LETTER = 'a-z0-9\\u00df-\\u00ff\\u0100-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';

export const L = LETTER;

/** Whole-word alternation, case-insensitive, Unicode-aware. */
export function words(...alternatives: string[]): RegExp {
  // A phrase ending in a space can never match: the word-end lookahead then needs a non-letter after the space.
  const dangling = alternatives.find((a) => a.endsWith(' '));
  if (dangling !== undefined) throw new Error(`lexicon phrase ends in a space and can never match: "${dangling}"`);
  // An elided word ("j'", "est-ce qu'") runs straight into the next one: it needs no word end.
  const elided = alternatives.filter((a) => a.endsWith("'"));
  if (!elided.length) return new RegExp(`(?<![${L}])(?:${alternatives.join('|')})(?![${L}])`);
  const whole = alternatives.filter((a) => !a.endsWith("'"));
  return new RegExp(`(?<![${L}])(?:(?:${whole.join('|')})(?![${L}])|${elided.join('|')})`);
}

/** Alternation without word bounds: for CJK (no spaces) and emoji. */
export function anywhere(...alternatives: string[]): RegExp {
  return new RegExp(`(?:${alternatives.join('|')})`);
}

/** Alternation of phrases that each end at a word end, written with `${L}` placeholders for the letter class. */
export function symptomPattern(alternatives: string[]): RegExp {
  // Each phrase ends at a word end ("can't see" must not match "can't seem"), unless it ends in a space class.
  const bounded = alternatives.map((a) => (/\\s[+*]?\)?$/.test(a) ? a : `(?:${a})(?![${L}])`));
  return new RegExp(bounded.join('|').split('${L}').join(L));
}
