// A question the writer announces ("Una duda, ...", "outra dúvida, ...", "Quick question: ...") is asked, even in the
// sentence that thanks: the damping of questions inside a thank-you (which admire rather than ask) does not apply.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();

describe('a question announced inside a thank-you', () => {
  it.each([
    ['es', 'Gracias por la explicación, muy buena una duda, sabrás si se puede fijar el tamaño del disco de root?'],
    ['pt', 'obrigado, outra dúvida, este código eu devo usar nos eventos do formulário ou num script do processo?'],
    ['en', 'Thanks for the write-up, quick question, does this also work with the older firmware?'],
  ])('%s: %s leads with the question and keeps the thanks', (lang, text) => {
    expect(classifier.classify(text, lang).labels).toEqual(['question', 'thanks']);
  });

  it('leaves an admiring question inside thanks alone', () => {
    expect(classifier.classify('Thank you so much, how do you do it?!', 'en').labels[0]).toBe('thanks');
  });
});
