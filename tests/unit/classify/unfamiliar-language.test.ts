import { describe, expect, it } from 'vitest';
import { COMMENT_BUCKETS, RULE_SHARE, UNFAMILIAR_RULE_SHARE, ruleShareFor, trainingLanguages } from '../../../lib/classify/comment-model';
import { createClassifier } from '../../../lib/classify/index';
import { LinearModel, encodeModel } from '../../../lib/classify/model';
import { trainedLanguages } from '../../../scripts/train-comment-model';

// A comment model sure of `other` whatever it reads (its bias alone): the stand-in for a model reading words it never
// learnt, which sees nothing in them to back the rules' thanks.
function sureOfOther(languages?: string) {
  return encodeModel(new LinearModel(['thanks', 'question', 'bug', 'other'], COMMENT_BUCKETS, undefined, [-4, -4, -4, 4]), 'tcm1-test', languages ? { languages } : {});
}

describe('a language the comment model has not learnt', () => {
  it('is told by the languages the model lists, by primary subtag', () => {
    const languages = trainingLanguages({ trainedOn: { languages: 'en:8000,pt:3000,ca:44' } });
    expect(languages?.get('pt')).toBe(3000);
    expect(ruleShareFor('pt-BR', languages)).toBe(RULE_SHARE);
    expect(ruleShareFor('EN', languages)).toBe(RULE_SHARE);
    // Too few comments to have learnt from, or none.
    expect(ruleShareFor('ca', languages)).toBe(UNFAMILIAR_RULE_SHARE);
    expect(ruleShareFor('da-DK', languages)).toBe(UNFAMILIAR_RULE_SHARE);
    // Nothing known: the usual blend.
    expect(ruleShareFor(undefined, languages)).toBe(RULE_SHARE);
    expect(ruleShareFor('da', trainingLanguages({ trainedOn: { sets: 3 } }))).toBe(RULE_SHARE);
    expect(UNFAMILIAR_RULE_SHARE).toBeGreaterThan(RULE_SHARE);
  });

  it('lets the rules lead: a Danish thank-you stays thanks where the model, knowing no Danish, reads `other`', () => {
    // Written for this test.
    const text = 'Tusind tak for en rigtig god artikel!';
    const rules = createClassifier({ commentModel: null }).classify(text, 'da').labels;
    expect(rules[0]).toBe('thanks');
    const knowsEnglishOnly = createClassifier({ commentModel: sureOfOther('en:5000') });
    expect(knowsEnglishOnly.classify(text, 'da').labels[0]).toBe('thanks');
    // The same model, told the comment is in a language it learnt (or not told the language), overrules the rules.
    expect(knowsEnglishOnly.classify(text, 'en').labels[0]).toBe('other');
    expect(knowsEnglishOnly.classify(text).labels[0]).toBe('other');
    // A model that does not list its languages is trusted in all of them.
    expect(createClassifier({ commentModel: sureOfOther() }).classify(text, 'da').labels[0]).toBe('other');
    // Every label the rules found stays on the comment either way.
    expect(knowsEnglishOnly.classify(text, 'en').labels).toContain('thanks');
  });

  it('is counted by the trainer from the training comments, most common first', () => {
    const item = (lang?: string) => ({ key: 'k', text: 't', labels: ['other' as const], must: [], lang, source: 's' });
    expect(trainedLanguages({ a: [item('pt-BR'), item('en'), item('pt')], b: [item(undefined), item('EN'), item('pt')] })).toBe('pt:3,en:2');
  });
});
