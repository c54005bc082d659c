// Thanks and praise that are not gratitude for the post: irony, sarcasm, thanks to another commenter, and a
// bare sign-off closing a long argument. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { sentenceSignals } from '../../../lib/classify/signals';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('ironic thanks is not gratitude', () => {
  it.each([
    'Thanks for nothing, the ministry ignored every single objection again.',
    'Danke für nichts, liebe Bahn, der Zug fiel wieder einmal aus.',
    'Merci pour rien, la réforme a encore augmenté nos loyers.',
    'Gracias por nada, el gobierno subió otra vez los impuestos.',
    'Na danke, das haben wir jetzt von dieser Koalition.',
    'Vielen Dank auch, jetzt zahlen die Mieter die Zeche.',
  ])('%s -> not thanks', (text) => {
    expect(sentenceSignals(text).thanks).toBe(0);
    expect(labelsOf(text)).not.toContain('thanks');
  });

  it('still reads plain gratitude for the post', () => {
    expect(labelsOf('Danke für den Artikel, sehr gut erklärt!')[0]).toBe('thanks');
    expect(labelsOf('Thanks for this write-up.')[0]).toBe('thanks');
  });
});

describe('sarcastic praise is not appreciation', () => {
  it.each([
    'Great, another price rise for commuters.',
    'Toll, schon wieder eine Steuererhöhung.',
    'Na super, die Mieten steigen weiter.',
    'Oh wonderful, more surveillance cameras downtown.',
  ])('%s -> no praise', (text) => {
    expect(sentenceSignals(text).praise).toBe(0);
    expect(labelsOf(text)).not.toContain('thanks');
  });

  it('keeps sincere praise', () => {
    expect(sentenceSignals('Great article, very clear.').praise).toBeGreaterThan(0);
    expect(labelsOf('Toller Artikel!')[0]).toBe('thanks');
  });
});

describe('thanks to another commenter leads with other', () => {
  it.each([
    '@Martina Danke für die Erklärung. Das Gesetz gilt aber erst ab nächstem Jahr und betrifft nur Neuverträge.',
    'Gracias por la aclaración. De todos modos el problema de fondo sigue siendo la vivienda.',
    'Thanks for the clarification, Tom. I still think the subsidy mostly helps landlords.',
    '@jo thanks, that makes sense. The numbers from the census point the same way.',
  ])('%s -> other first', (text) => {
    expect(labelsOf(text)[0]).toBe('other');
  });
});

describe('a bare thanks closing a long argument is a sign-off', () => {
  it('puts the argument first', () => {
    const text =
      'Die Reform verschiebt die Kosten nur auf die Länder. Die Kommunen haben schon jetzt kein Geld für Schulen. ' +
      'Wer glaubt, dass die Gebühren sinken, hat die letzten zehn Jahre verschlafen. Am Ende zahlen wieder die Familien mit kleinen Einkommen. Danke.';
    expect(labelsOf(text)[0]).toBe('other');
  });

  it('keeps thanks first when gratitude is the point', () => {
    expect(labelsOf('Vielen Dank für diese gründliche Recherche! Das hat mir sehr geholfen.')[0]).toBe('thanks');
  });
});
