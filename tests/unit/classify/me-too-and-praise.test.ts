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
  ])('%s: %s is thanks', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('thanks');
  });

  it('still reads "thanks to" a thing as a cause, not gratitude', () => {
    const labels = labelsOf('Thanks to the last update, the map no longer loads.');
    expect(labels[0]).toBe('bug');
    expect(labels).not.toContain('thanks');
  });
});
