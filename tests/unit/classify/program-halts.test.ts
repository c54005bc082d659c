// Help lists and issue threads tell a malfunction as a program that hangs, locks up or times out, or as something
// the writer is not able to do with it; those read as reports, and the everyday senses of the words do not.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();

describe('a program that hangs or that the writer cannot get to work', () => {
  it.each([
    'With the config below, the client hangs for an indefinite period of time while fetching the first message.',
    'The whole machine locked up completely after I plugged the receiver in.',
    'Since the upgrade to 6.3 I have not been able to download my mail from the server.',
    'Every connection attempt times out after thirty seconds.',
  ])('%s is a report', (text) => {
    expect(classifier.classify(text, 'en').labels).toContain('bug');
  });

  it.each(['We hung the new pictures on the wall.', 'I was hanging out with friends all weekend.', 'Hang on, I will check the manual first.'])(
    '%s is not',
    (text) => {
      expect(classifier.classify(text, 'en').labels).not.toContain('bug');
    },
  );
});
