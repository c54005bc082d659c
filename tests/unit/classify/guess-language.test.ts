// A comment with no language given reads as one whose language is given, where its letters make the language plain.
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../lib/classify/guess-language';
import { createClassifier } from '../../../lib/classify/index';

// Sentences written for these tests.
const PLAIN: Array<[string, string]> = [
  ['ko', '좋은 글 잘 보고 갑니다. 다음 글도 기대할게요!'],
  ['ja', 'いつも楽しく読んでいます。次の記事も楽しみです。'],
  ['zh', '谢谢分享，这个方法很有用。'],
  ['vi', 'Cảm ơn bạn đã chia sẻ, bài viết rất hay và hữu ích.'],
  ['da', 'Tak for et godt indlæg, jeg har ikke set det før og det er meget nyttigt.'],
  ['ca', 'Moltes gràcies per la guia, però no sé què fer amb el segon pas.'],
  ['uk', 'Дякую за статтю, дуже цікаво і корисно.'],
  ['ru', 'Спасибо за статью, очень интересно.'],
  ['ja', '日本語の記事、ありがとう'],
  ['th', 'ขอบคุณสำหรับบทความนี้ครับ'],
];

describe('guessLanguage', () => {
  it.each(PLAIN)('names %s from its letters', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it.each([
    'Thanks for the post, the export works fine now.',
    'Gracias por el artículo, me ha servido mucho.',
    'Obrigado pela dica, funcionou perfeitamente.',
    'Merci beaucoup pour cet article, très utile.',
    'Vielen Dank für den Beitrag, hat mir sehr geholfen.',
    'The formula uses π and θ for the angle.',
    'Smørrebrød is on the menu.',
    // Letters or words that other languages share: Italian "però", Romanian "ă", Croatian "đ", German "er" beside a
    // Danish name; single characters of another script in an English text.
    'Sì, però secondo me il problema è un altro, però magari sbaglio.',
    'Această metodă funcționează până la urmă.',
    'Međutim, između nas nema razlike.',
    'Er hat recht, er schreibt wie Søren Kierkegaard.',
    'It costs ฿500 there, does it work؟',
    'The build fails in /home/ㄱ/build again.',
    '',
  ])('says nothing where the letters do not make it plain: %s', (text) => {
    expect(guessLanguage(text)).toBeUndefined();
  });
});

describe('a comment with no language given', () => {
  const classifier = createClassifier();

  it.each(PLAIN)('reads as one in %s', (lang, text) => {
    expect(classifier.classify(text)).toEqual(classifier.classify(text, lang));
  });

  it('reads as given where a language is given, whatever its letters', () => {
    const text = 'Tak for et godt indlæg, jeg har ikke set det før og det er meget nyttigt.';
    // A Danish text said to be English reads as English: the guess is only for comments whose language nobody gives.
    expect(classifier.classify(text, 'en').scores).not.toEqual(classifier.classify(text).scores);
    expect(classifier.classify(text, 'en').scores).not.toEqual(classifier.classify(text, 'da').scores);
  });
});
