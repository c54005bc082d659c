// A comment's language, guessed from its letters where nobody says it (a page with no lang attribute, a file of
// comments with no "lang"). Only the rules' share of the blend depends on the language (ruleShareFor): in a language the
// comment model hardly learnt, the rules lead. So the guess names only what its letters make plain (a script of its
// own that holds a good share of the letters, letters no familiar language uses, a few very common words), and says
// nothing otherwise.

/** Scripts of their own, tested in this order; the first holding SCRIPT_SHARE of the letters names the language. */
const SCRIPTS: Array<[string, RegExp]> = [
  ['ko', /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g],
  ['ja', /[\u3040-\u30ff]/g],
  ['zh', /[\u4e00-\u9fff]/g],
  ['th', /[\u0e00-\u0e7f]/g],
  ['ar', /[\u0600-\u06ff]/g],
  ['he', /[\u0590-\u05ff]/g],
  ['hi', /[\u0900-\u097f]/g],
  ['el', /[\u0370-\u03ff]/g],
  ['ru', /[\u0400-\u04ff]/g],
];
/** A Japanese text also writes kanji (Han): its kana need only a small share. */
const KANA_SHARE = 0.1;
const SCRIPT_SHARE = 0.3;
const LETTER = /\p{L}/gu;
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

/** The primary language code the text's letters make plain, or undefined. */
export function guessLanguage(text: string): string | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const letters = count(sample, LETTER);
  if (!letters) return undefined;
  for (const [lang, script] of SCRIPTS) {
    const share = count(sample, script) / letters;
    if (share >= (lang === 'ja' ? KANA_SHARE : SCRIPT_SHARE)) return lang === 'ru' && UKRAINIAN.test(sample) ? 'uk' : lang;
  }
  if (count(sample, VIETNAMESE) >= 2) return 'vi';
  if (NORDIC_LETTER.test(sample) && distinct(sample, NORDIC_WORDS) >= 2) return 'da';
  if (distinct(sample, CATALAN) >= 2) return 'ca';
  return undefined;
}
