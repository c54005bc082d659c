// Weak symptom phrases ("still waiting", "twice", "toujours pas", "está roto") are everyday words in an argument:
// they count as a fault only with an observer (the writer in the first person) or a thing of the site or product.
// Strong malfunction phrases keep firing alone. Each group sits next to reports that must stay bug.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { sentenceSignals } from '../../../lib/classify/signals';

const classifier = createClassifier();
const labels = (text: string) => classifier.classify(text).labels;

describe('weak symptom phrases in debate are not symptoms', () => {
  it.each([
    "Honestly I can't see why anyone would buy this phone at that price.",
    'Ten years on, the farmers are still waiting for the promised reforms.',
    'Die Züge sind immer noch nicht pünktlich, und die Preise steigen weiter.',
    "Le gouvernement n'a toujours pas tenu sa promesse sur les retraites.",
    'The new model costs twice the price of the old one and does less.',
    'El sistema de pensiones está roto desde hace años.',
    'Il sistema sanitario è rotto, lo sanno tutti.',
    "The numbers in that study don't add up, and the authors never answered.",
  ])('%s -> no symptom, no bug', (text) => {
    expect(sentenceSignals(text).bugSymptom).toBe(false);
    expect(labels(text)).not.toContain('bug');
  });
});

describe('the same phrases with an observer or a product thing stay reports', () => {
  it.each([
    'I still see the old avatar on my profile after changing it yesterday.',
    'The newsletter arrived twice this morning, same issue number.',
    'Bei mir ist die Karte immer noch nicht sichtbar, egal welcher Browser.',
    "La page des commentaires ne s'ouvre toujours pas chez moi.",
    'The counter is supposed to reset at midnight but it stays at 57.',
    'Each time I reload, the comments are in a different order.',
    'The app keeps asking me to sign in after every reload.',
  ])('%s -> symptom and bug', (text) => {
    expect(sentenceSignals(text).bugSymptom).toBe(true);
    expect(labels(text)).toContain('bug');
  });
});

describe('strong malfunction phrases need no observer', () => {
  it.each([
    'Getting an error message when submitting the form.',
    'Crashes on startup since yesterday.',
    "Photos won't upload on Firefox.",
    "Video doesn't load at all.",
  ])('%s -> bug', (text) => {
    expect(labels(text)).toContain('bug');
  });
});

describe('the model keeps reading every symptom phrase', () => {
  it('an unobserved weak symptom is still a feature phrase, but not a rule symptom', () => {
    const sig = sentenceSignals('Voters are still waiting for an answer.');
    expect(sig.symptomPhrase).toBe(true);
    expect(sig.bugSymptom).toBe(false);
  });
});
