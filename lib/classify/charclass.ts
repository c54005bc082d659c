// Unicode classes of characters, as the classifier's 'u'-flag regexes see them, computed once per character
// and cached: the hot loops (tokens, sentence length) test a bit instead of running a property regex.

export const IS_LETTER = 1; // \p{L}
export const IS_NUMBER = 2; // \p{N}
export const IS_PICTOGRAPHIC = 4; // \p{Extended_Pictographic}
export const IS_CJK = 8; // Han, Hiragana, Katakana or Hangul script
const KNOWN = 128;

export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function compute(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return (
    KNOWN |
    (LETTER.test(ch) ? IS_LETTER : 0) |
    (NUMBER.test(ch) ? IS_NUMBER : 0) |
    (PICTOGRAPHIC.test(ch) ? IS_PICTOGRAPHIC : 0) |
    (CJK_CHAR.test(ch) ? IS_CJK : 0)
  );
}

/** Class bits of a code point. */
export function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let c = bmpClass[codePoint];
    if (c === 0) bmpClass[codePoint] = c = compute(codePoint);
    return c;
  }
  let c = astralClass.get(codePoint);
  if (c === undefined) astralClass.set(codePoint, (c = compute(codePoint)));
  return c;
}

/** The code point at `i` as the 'u' flag reads it: a surrogate pair is one code point, a lone surrogate is itself. */
export function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return unit;
}

/** True when the text holds a CJK character. Every such character is at U+1100 or above: most texts are ruled out by a code-unit scan. */
export function hasCjkChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x1100) return CJK_CHAR.test(text);
  }
  return false;
}
