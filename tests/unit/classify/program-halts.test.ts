// Help lists and issue threads tell a malfunction as a program that hangs, locks up or times out, a control that does
// nothing, or something the writer is not able to do with it; those read as reports, and the everyday senses of the words do not.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();

describe('a program that hangs or that the writer cannot get to work', () => {
  it.each([
    'With the config below, the client hangs for an indefinite period of time while fetching the first message.',
    'The whole machine locked up completely after I plugged the receiver in.',
    'Since the upgrade to 6.3 I have not been able to download my mail from the server.',
    'Every connection attempt times out after thirty seconds.',
    'Clicking the help button on the settings page does not do anything.',
    'None of the controls in the viewer has any effect on the preview image.',
    "I'm trying to get my webcam to work with the latest driver without success.",
    'I am never able to make mouse scroll work with the controller.',
  ])('%s is a report', (text) => {
    expect(classifier.classify(text, 'en').labels).toContain('bug');
  });

  it.each(['We hung the new pictures on the wall.', 'I was hanging out with friends all weekend.', 'Hang on, I will check the manual first.', "Don't do anything rash, take a break first.", 'I sold the flat without success in finding a new one.'])(
    '%s is not',
    (text) => {
      expect(classifier.classify(text, 'en').labels).not.toContain('bug');
    },
  );
});
