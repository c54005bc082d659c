// A comment's language, guessed from its letters where nobody says it (a page with no lang attribute, a file of
// comments with no "lang"). Only the rules' share of the blend depends on the language (ruleShareFor): in a language the
// comment model hardly learnt, the rules lead. So the guess names only what its letters make plain (a script of its
// own, letters no familiar language uses, a few very common words), and says nothing otherwise.

const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;
const KANA = /[\u3040-\u30ff]/;
const HAN = /[\u4e00-\u9fff]/;
const THAI = /[\u0e00-\u0e7f]/;
const ARABIC = /[\u0600-\u06ff]/;
const HEBREW = /[\u0590-\u05ff]/;
const GREEK = /[\u0370-\u03ff]/;
const DEVANAGARI = /[\u0900-\u097f]/;
const CYRILLIC = /[\u0400-\u04ff]/;
/** Letters of Ukrainian that Russian does not use. */
const UKRAINIAN = /[іїєґ]/i;
/** Vietnamese vowels with their tone marks, and đ: no other language writes them. */
const VIETNAMESE = /[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi;
/** Very common Danish, Norwegian and Swedish words, in a text that also writes æ, ø or å. */
const NORDIC_LETTER = /[æøå]/i;
const NORDIC_WORDS = /(?<![\p{L}])(?:og|ikke|jeg|det|er|til|på|med|har|och|inte|jag|är|att|som|men|kan)(?![\p{L}])/giu;
/** Catalan: the middle dot of l·l, or words its neighbours spell otherwise. */
const CATALAN = /l·l|(?<![\p{L}])(?:què|amb|però|perquè|això|també|gràcies|molt|aquest|aquesta|moltes)(?![\p{L}])/giu;

/** The primary language code the text's letters make plain, or undefined. */
export function guessLanguage(text: string): string | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  if (HANGUL.test(sample)) return 'ko';
  if (KANA.test(sample)) return 'ja';
  if (HAN.test(sample)) return 'zh';
  if (THAI.test(sample)) return 'th';
  if (ARABIC.test(sample)) return 'ar';
  if (HEBREW.test(sample)) return 'he';
  if (DEVANAGARI.test(sample)) return 'hi';
  if (GREEK.test(sample) && !/[a-z]{3}/i.test(sample)) return 'el';
  if (CYRILLIC.test(sample)) return UKRAINIAN.test(sample) ? 'uk' : 'ru';
  if ((sample.match(VIETNAMESE)?.length ?? 0) >= 2) return 'vi';
  if (NORDIC_LETTER.test(sample) && (sample.match(NORDIC_WORDS)?.length ?? 0) >= 2) return 'da';
  if ((sample.match(CATALAN)?.length ?? 0) >= 2) return 'ca';
  return undefined;
}
