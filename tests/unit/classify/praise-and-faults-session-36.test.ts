// Praise and thanks the lexicon missed on blogs (German thanks as a noun, Czech and Slovak praise of the writing, drawn-out
// Spanish praise, French and Italian admiration, Russian "not bad" of a post) and faults told in words it missed (French
// "plantage" and "pas moyen", Portuguese "dando pau", Czech "problém s", Chinese "出错：" and "渲染不出"), with their
// look-alikes. Sentences written for these tests after reading the misses of the development blogs (session 36).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('praise and thanks of the post', () => {
  it.each([
    ['de', 'Herzlichen Glückwunsch nicht, aber Dank für diesen klaren Text.'],
    ['de', 'Mein Dank an Frau Berger für die Mühe.'],
    ['de', 'Sehr gute Analysen, wie immer.'],
    ['de', 'Absolut treffend!'],
    ['es', 'Qué post, muy buenooo!!'],
    ['cs', 'Moc pěkně napsáno, díky.'],
    ['cs', 'Hezký článek :)'],
    ['cs', 'Gratulace k vydání!'],
    ['sk', 'Veľmi zaujímavé!'],
    ['fr', "J'aime beaucoup ce billet."],
    ['fr', 'Tout simplement génial.'],
    ['it', 'Sei un genio!'],
    ['ru', 'Неплохой обзор, спасибо.'],
  ])('%s: %s leads with thanks', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('thanks');
  });
});

describe('look-alikes of that praise', () => {
  it.each([
    // "dank" as a preposition names a cause; "Dank" for a thing staff do not do is no thanks to anyone here.
    ['de', 'Dank der neuen Version lädt die Seite schneller.'],
    ['cs', 'Ten článek není moc pěkně napsaný? Nevím.'],
    ['fr', "Je n'aime pas ce thème."],
  ])('%s: %s does not lead with thanks', (_lang, text) => {
    expect(labelsOf(text)[0]).not.toBe('thanks');
  });
});

describe('a fault in words the lexicon missed', () => {
  it.each([
    ['fr', "J'ai un plantage au démarrage depuis la mise à jour."],
    ['fr', "J'ai tout refait trois fois, mais pas moyen."],
    ['fr', 'La liste reste toujours vide.'],
    ['pt', 'O app está dando pau quando abro a câmera.'],
    ['it', 'Ho reinstallato ma non mi parte.'],
    ['cs', 'Pořád mám problém s přihlášením.'],
    ['cs', 'Tlačítko Uložit je nefunkční.'],
    ['zh', '点击保存后出错：'],
    ['zh', '升级以后图表渲染不出来'],
  ])('%s: %s carries a report', (_lang, text) => {
    expect(labelsOf(text)).toContain('bug');
  });

  it.each([
    ['fr', 'Pas moyen de faire plus simple, bravo.'],
    ['it', 'Il treno parte alle otto.'],
    ['zh', '这个功能可以使用吗？'],
  ])('%s: %s carries no report', (_lang, text) => {
    expect(labelsOf(text)).not.toContain('bug');
  });
});
