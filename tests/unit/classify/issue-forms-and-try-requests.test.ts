// Two readings that issue trackers and help lists need: the prompts of an issue form are not the writer's question,
// and a maintainer asking someone to try a patch gives advice rather than asking for an answer.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { ownWords } from '../../../lib/classify/text';

const classifier = createClassifier();

describe('an issue filed on a feature-request form', () => {
  const filed = [
    'Is your feature request related to a problem? Please describe.',
    'Switching wallets takes four clicks, and I do it many times a day.',
    "Describe the solution you'd like",
    'A drop-down menu in the toolbar that lists the open wallets.',
    "Describe alternatives you've considered",
    'A keyboard shortcut would do as well.',
  ].join('\n');

  it("drops the form's prompts from the writer's words and keeps the rest", () => {
    const words = ownWords(filed);
    expect(words).not.toMatch(/related to a problem|describe/i);
    expect(words).toContain('A drop-down menu in the toolbar');
  });

  it('is not read as a question, even as the post that opens the issue', () => {
    expect(classifier.classify(filed, 'en').labels).not.toContain('question');
    expect(classifier.classify(filed, 'en', { opensThread: true }).labels).not.toContain('question');
  });

  it('still asks a question the writer adds', () => {
    expect(classifier.classify(`${filed}\nWould that fit the current design?`, 'en', { opensThread: true }).labels).toContain('question');
  });
});

describe('the headings of a bug form', () => {
  it.each([
    'To reproduce: import an address with watch-only funds into a wallet with private keys disabled, create a transaction, click Send. Result: nothing happens.',
    'Current behaviour: the settings window opens behind the main window and cannot be reached.',
  ])('%s is a report', (text) => {
    expect(classifier.classify(text, 'en').labels[0]).toBe('bug');
  });

  it('does not take "hard to reproduce:" for one', () => {
    expect(classifier.classify('It is hard to reproduce: I have seen it once in a month.', 'en').labels).not.toContain('bug');
  });
});

describe('a maintainer asking someone to try something', () => {
  it.each(['Could you please try the attached patch?', '@alice @bob Mind testing #107?', 'Hi Lars, could you try to load the module with quirks=2 ?'])(
    '%s leads with other when it answers for the site',
    (text) => {
      expect(classifier.classify(text, 'en', { staff: true, answerer: true }).labels[0]).toBe('other');
    },
  );

  it('still leads with the question when it asks for information', () => {
    expect(classifier.classify('Which kernel version are you running?', 'en', { staff: true, answerer: true }).labels[0]).toBe('question');
  });
});
