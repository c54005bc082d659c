// A comment's language, guessed from its letters where nobody says it (a page with no lang attribute, a file of
// comments with no "lang"). Only the rules' share of the blend depends on the language (ruleShareFor): in a language the
// comment model hardly learnt, the rules lead. So the guess names only what its letters make plain (a script of its
// own that holds a good share of the letters, letters no familiar language uses, a few very common words), and says
// nothing otherwise.
import { classOf, IS_LETTER } from './charclass';

/** Scripts of their own, by code range, in the order they are tried; the first holding their share of the letters wins. */
const SCRIPTS: Array<{ lang: string; ranges: Array<[number, number]>; share: number }> = [
  { lang: 'ko', ranges: [[0xac00, 0xd7af], [0x1100, 0x11ff], [0x3130, 0x318f]], share: 0.3 },
  // A Japanese text also writes kanji (Han): its kana need only a small share.
  { lang: 'ja', ranges: [[0x3040, 0x30ff]], share: 0.1 },
  { lang: 'zh', ranges: [[0x4e00, 0x9fff]], share: 0.3 },
  { lang: 'th', ranges: [[0x0e00, 0x0e7f]], share: 0.3 },
  { lang: 'ar', ranges: [[0x0600, 0x06ff]], share: 0.3 },
  { lang: 'he', ranges: [[0x0590, 0x05ff]], share: 0.3 },
  { lang: 'hi', ranges: [[0x0900, 0x097f]], share: 0.3 },
  { lang: 'el', ranges: [[0x0370, 0x03ff]], share: 0.3 },
  { lang: 'ru', ranges: [[0x0400, 0x04ff]], share: 0.3 },
];

/** Per UTF-16 code unit, the index in SCRIPTS of the script it belongs to, or -1. */
const SCRIPT_OF = new Int8Array(0x10000).fill(-1);
SCRIPTS.forEach(({ ranges }, k) => {
  for (const [from, to] of ranges) SCRIPT_OF.fill(k, from, to + 1);
});

/** The language of the first script that holds its share of the sample's letters (one pass over its characters). */
function scriptLanguage(sample: string): string | undefined {
  const counts = new Int32Array(SCRIPTS.length);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((classOf(code) & IS_LETTER) === 0) continue;
    letters++;
    const script = SCRIPT_OF[code];
    if (script >= 0) counts[script]++;
  }
  for (let k = 0; k < SCRIPTS.length; k++) if (letters > 0 && counts[k] / letters >= SCRIPTS[k].share) return SCRIPTS[k].lang;
  return undefined;
}

/** Letters of Ukrainian that Russian does not use. */
const UKRAINIAN = /[іїєґ]/i;
/** Vietnamese vowels with their tone marks, and ơ, ư: no other language writes them (ă and đ are Romanian and Croatian too). */
const VIETNAMESE = /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi;
/** Very common Danish, Norwegian and Swedish words, in a text that also writes æ, ø or å. */
const NORDIC_LETTER = /[æøå]/i;
const NORDIC_WORDS = /(?<![\p{L}])(?:og|ikke|jeg|det|til|på|med|har|och|inte|jag|är|att|som|men|kan)(?![\p{L}])/giu;
/** Catalan: the middle dot of l·l, or words its neighbours spell otherwise. */
const CATALAN = /l·l|(?<![\p{L}])(?:què|amb|perquè|això|també|gràcies|molt|aquest|aquesta|moltes)(?![\p{L}])/giu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const distinct = (text: string, pattern: RegExp) => new Set((text.match(pattern) ?? []).map((word) => word.toLowerCase())).size;

/**
 * Every language guessed writes a letter outside ASCII: most English comments are ruled out by one test (typographic
 * quotes, dashes and the Latin-1 signs do not count).
 */
const NON_ASCII = /[^\u0000-\u00bf\u2000-\u206f]/;
/** A letter of a script other than Latin. */
const NON_LATIN = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/;

/** The primary language code the text's letters make plain, or undefined. */
export function guessLanguage(text: string): string | undefined {
  if (typeof text !== 'string' || !NON_ASCII.test(text)) return undefined;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  if (NON_LATIN.test(sample)) {
    const lang = scriptLanguage(sample);
    if (lang) return lang === 'ru' && UKRAINIAN.test(sample) ? 'uk' : lang;
  }
  if (count(sample, VIETNAMESE) >= 2) return 'vi';
  if (NORDIC_LETTER.test(sample) && distinct(sample, NORDIC_WORDS) >= 2) return 'da';
  if (distinct(sample, CATALAN) >= 2) return 'ca';
  return undefined;
}
