import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { OBSERVER } from '../../../lib/classify/lexicon';
import { words } from '../../../lib/classify/lexicon/patterns';

// Whole-word lexicon phrases: a phrase that ends in an elided word ("j'", "est-ce qu'") runs straight into the next
// word, so it must match without a word end after it, while every other phrase keeps its word bounds.
describe('whole-word lexicon phrases', () => {
  it('matches an elided word joined to the next one, and keeps word bounds for the rest', () => {
    const re = words("est-ce qu'", 'moyen');
    expect(re.test("est-ce qu'il y a")).toBe(true);
    expect(re.test('un moyen de')).toBe(true);
    expect(re.test('moyens')).toBe(false);
    expect(re.test("best-ce qu'il")).toBe(false);
    expect(OBSERVER.test("j'ai le même souci")).toBe(true);
  });

  it('reads French and Italian questions that open with an elided word and carry no question mark', () => {
    const classifier = createClassifier();
    expect(classifier.classify("Est-ce qu'il y a un moyen de changer la langue", 'fr').labels[0]).toBe('question');
    expect(classifier.classify("C'è un modo per cambiare la lingua", 'it').labels[0]).toBe('question');
  });
});
