// Short me-toos in the reader's own language, and thanks or praise that earlier readings missed ("Thanks to the
// team for ...", "one of my favourite blogs"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('a user meeting the same fault, in their own language', () => {
  it.each([
    ['de', 'Mir auch.'],
    ['en', 'me the same :('],
    ['en', 'Same here 😞'],
    ['fr', 'Même souci chez moi.'],
    ['da', 'Oplever samme problem.'],
    ['sv', 'Samma problem här.'],
    ['zh', '问题还是没解决'],
    ['zh', '换了浏览器还是同样问题。'],
  ])('%s: %s is a report', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('bug');
  });

  it('reads a smiling "same here" as agreement, and a plain "+1" as no report', () => {
    expect(labelsOf('Same here :)')).not.toContain('bug');
    expect(labelsOf('+1')[0]).not.toBe('bug');
  });
});

describe('thanks and praise that read as other before', () => {
  it.each([
    ['en', 'Thanks to the volunteers for keeping the servers running all night!'],
    ['en', 'Thanks to the whole team!'],
    ['en', 'Still one of my favourite blogs. Keep it up!'],
    ['pt', 'A sua explicação está muito boa.'],
    ['ja', '今日の記事は本当に良かったです。'],
    ['ja', '最後の写真の話、面白かったです。'],
    ['de', 'Habe alles nachgekocht, wirklich gut erklärt.'],
    ['en', 'Twelve years of reading and it never disappoints.'],
    ['zh', '非常有用的总结，收藏了'],
    ['zh', '每周都在看，加油！'],
    ['pl', 'Dziękuję za świetny wpis!'],
    ['sv', 'Tack för en jättebra genomgång!'],
    ['no', 'Tusen takk for en nyttig artikkel!'],
    ['da', 'Mange tak for en god artikel.'],
    ['cs', 'Děkuji za skvělý článek.'],
    ['ru', 'Спасибо за полезную статью!'],
  ])('%s: %s is thanks', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('thanks');
  });

  it('reads a French loyal reader’s praise as thanks (the comment model, trained on many French replies, leads with other)', () => {
    const text = 'Je vous lis depuis longtemps et je ne suis jamais déçu.';
    expect(createClassifier({ commentModel: null }).classify(text).labels[0]).toBe('thanks');
    expect(labelsOf(text)).toContain('thanks');
  });

  it('does not hear thanks in "tak" (Polish yes), in "no use", or in praise taken back', () => {
    for (const text of ['Tak, to działa.', '这个功能没什么用', 'Das ist nicht gut erklärt.']) {
      expect(labelsOf(text), text).not.toContain('thanks');
    }
  });

  it('still reads "thanks to" a thing as a cause, not gratitude', () => {
    const labels = labelsOf('Thanks to the last update, the map no longer loads.');
    expect(labels[0]).toBe('bug');
    expect(labels).not.toContain('thanks');
  });
});

// From the blog and forum comments of the fresh sets zh to zk (written for these tests).
describe('praise on hobby blogs and forums, and questions inside it', () => {
  it.each([
    ['es', 'Te ha quedado preciosa la tarta.'],
    ['nl', 'Wauw! 😍'],
    ['nl', 'Wat een mooie foto’s van de route.'],
    ['fr', "C'est une belle écharpe, bravo pour la patience."],
    ['en', 'Very cool!'],
    ['en', 'Your posts always make me smile.'],
  ])('%s: %s leads with thanks', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('thanks');
  });

  it('keeps "cool" and "makes me happy" about other things out of thanks', () => {
    expect(labelsOf('The pattern book has some very cool stuff in it.')).not.toContain('thanks');
    expect(labelsOf('It makes me happy when people enjoy the mods.')[0]).not.toBe('thanks');
  });

  it('asks with "?!" when the sentence is a wh-question, even after praise', () => {
    expect(labelsOf('The blanket looks beautiful! Which wool is that?!')).toContain('question');
  });

  it('reads a tag question closing a remark as no question', () => {
    expect(labelsOf('Baking bread at home calms you down, doesn’t it?')).not.toContain('question');
    expect(labelsOf('Keep posting your progress here, won’t you?')).not.toContain('question');
  });
});
