import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

// Congratulations on the blog's or the author's day are thanks by the labelling convention (the shared data set's
// README): staff read them as appreciation, not as something to answer. A question after them still gets asked.
const classifier = createClassifier();

describe('congratulations', () => {
  it.each([
    ['en', 'Happy Blogoversary!'],
    ['en', 'Happy 6th to you blog!'],
    ['en', "Happy birthday, blog! Here's to many more."],
    ['de', 'Alles Gute zum Bloggeburtstag!'],
    ['es', '¡Feliz aniversario al blog!'],
    ['fr', 'Joyeux anniversaire au blog !'],
    ['ja', '5周年おめでとうございます！'],
  ])('%s: %s', (lang, text) => {
    expect(classifier.classify(text, lang).labels[0]).toBe('thanks');
  });

  it('keeps the question or the report that follows a well-wish', () => {
    expect(classifier.classify('Happy birthday to my mom, she would have loved this recipe. Does it work with almond flour?', 'en').labels).toContain('question');
    expect(classifier.classify('Happy new year everyone, the server is down again.', 'en').labels[0]).toBe('bug');
  });
});
