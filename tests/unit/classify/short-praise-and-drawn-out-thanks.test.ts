// A reader's whole comment of praise in a word or two ("Cool!", "Ausgezeichnet!", "muy buen aporte", "66666"), thanks
// with letters drawn out in delight ("Graciasssss") or typed without accents ("moltes gracies"), and their look-alikes:
// the same words opening other business, or only acknowledging ("Bueno...", "Legal.", "Gut."). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string, lang?: string) => classifier.classify(text, lang).labels;

describe('a whole comment of short praise', () => {
  it.each([
    ['en', 'Cool!'],
    ['en', 'Very cool :)'],
    ['en', 'Good stuff!'],
    ['de', 'Ausgezeichnet!'],
    ['de', 'Einfach gut!'],
    ['fr', 'Bien vu !'],
    ['fr', 'Très sympa !'],
    ['es', 'muy buen aporte'],
    ['es', 'Muy bien!!!'],
    ['es', 'crack!'],
    ['es', 'Sos un groso'],
    ['pt', 'Boa dica!'],
    ['pt', 'Muito legal!!!'],
    ['it', 'Bella analisi :)'],
    ['it', 'Auguri!'],
    ['nl', 'Goed idee man!'],
    ['zh', '66666'],
    ['zh', '棒棒哒'],
    ['ja', 'イイネ！'],
  ])('%s: %s leads with thanks', (lang, text) => {
    expect(labelsOf(text, lang)[0]).toBe('thanks');
  });
});

describe('thanks drawn out or typed plainly', () => {
  it.each([
    ['en', 'thankssss'],
    ['en', 'Thaaaanks, that did it.'],
    ['es', 'Graciasssss, ya estaba por volverme loco con esto.'],
    ['es', 'grasias amigo, me sirvió'],
    ['fr', 'Merciiii !'],
    ['it', 'Grazieee per la guida'],
    ['pt', 'Obrigadooo, resolveu aqui.'],
    ['ca', 'Moltes gracies!'],
    ['ru', 'Спасиба за статью!'],
  ])('%s: %s leads with thanks', (lang, text) => {
    expect(labelsOf(text, lang)[0]).toBe('thanks');
  });
});

describe('look-alikes of that praise', () => {
  it.each([
    // The word opens other business.
    ['en', "Cool, I'll try that tomorrow and see."],
    ['es', 'Bueno... creamos las secciones que quieran y después vemos los nombres.'],
    ['pt', 'Legal. As soluções em Python são bem mais legíveis mesmo.'],
    // Praise words inside other business, negated or wished for.
    ['de', 'Der Film wurde mit dem Oscar ausgezeichnet.'],
    ['es', 'No me parece un buen aporte.'],
    ['pt', 'Não é muito útil.'],
    ['pt', 'Seria muito legal se tivesse modo escuro.'],
    ['ru', 'Не очень красиво.'],
    // A frown, and a full stop before other business: acknowledgements.
    ['en', 'Cool :('],
    ['en', "Cool. I'll try that tomorrow."],
    ['es', 'Muy bien. Lo reviso mañana.'],
    // A bare acknowledgement, not praise.
    ['de', 'Gut.'],
    ['fr', 'Bien.'],
    ['pt', 'Bom...'],
    // A number that only looks like "666" praise.
    ['zh', '我的订单号是 66666123'],
    // Amazement at a thing, "very" before a feeling, "badly" after a verb: not praise of the post.
    ['ja', 'ええ！！すごい恥ずかしい...'],
    ['ja', 'これ、Windowsでも使えるのか。すごい。'],
    ['zh', '嗓子疼得厉害，下咽如吞刀'],
  ])('%s: %s carries no thanks', (lang, text) => {
    expect(labelsOf(text, lang)).not.toContain('thanks');
  });

  it('keeps a question asked after the praise in the lead', () => {
    expect(labelsOf('Cool! How did you get the map to load offline?', 'en')[0]).toBe('question');
  });

  it('keeps a fault reported after the praise', () => {
    expect(labelsOf('Muy buen aporte. Pero el enlace de descarga está roto.', 'es')).toContain('bug');
  });
});
