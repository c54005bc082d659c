// When the comment model may add a report or a question the rules set aside, and how sure it must be: surer where the
// rules found no cue at all than where they found one and weighed it away.
import { describe, expect, it } from 'vitest';
import { ADD_QUESTION_AT, ADD_QUESTION_WITHOUT_CUE_AT, ADD_REPORT_AT, ADD_REPORT_WITHOUT_CUE_AT, questionAddedFrom, reportAddedFrom } from '../../../lib/classify/comment-model';
import { readComment } from '../../../lib/classify/index';
import { decodeModel, type ModelData } from '../../../lib/classify/model';
import shippedModel from '../../../lib/classify/model.json';

const sentenceModel = decodeModel(shippedModel as ModelData);
const addedFrom = (text: string) => reportAddedFrom(readComment(sentenceModel, text)!.readings);

describe('reports the comment model may add', () => {
  it('asks more of the model where no sentence holds a fault cue', () => {
    expect(ADD_REPORT_WITHOUT_CUE_AT).toBeGreaterThan(ADD_REPORT_AT);
  });

  it('takes the lower bar where a sentence holds a fault word or symptom phrase', () => {
    for (const text of ['The export button is broken again on my laptop.', 'Since the update the counter still shows zero for me.']) {
      expect(addedFrom(text), text).toBe(ADD_REPORT_AT);
    }
  });

  it('takes the higher bar, or none, where only the words around sound like trouble', () => {
    for (const text of ['This shows nothing new.', 'The results are still unknown.', 'I took it with my phone, nothing fancy.']) {
      expect([ADD_REPORT_WITHOUT_CUE_AT, null], text).toContain(addedFrom(text));
    }
  });

  it('adds none to a short agreement, a fixed fault, a fault of the world or a plain greeting', () => {
    for (const text of ['Same here :)', 'It was broken but it is fixed now, thanks!', 'Die Züge sind immer noch nicht pünktlich, und die Preise steigen weiter.', 'Hello all, same opinion here.']) {
      expect(addedFrom(text), text).toBeNull();
    }
  });
});

describe('questions the comment model may add', () => {
  const questionFrom = (text: string) => {
    const reading = readComment(sentenceModel, text)!;
    return questionAddedFrom(reading.readings, reading.labels[0]);
  };

  it('asks more of the model where no sentence holds a question cue', () => {
    expect(ADD_QUESTION_WITHOUT_CUE_AT).toBeGreaterThan(ADD_QUESTION_AT);
    expect(questionFrom('Please send me the crash log from yesterday evening.')).toBe(ADD_QUESTION_WITHOUT_CUE_AT);
  });

  it('takes the lower bar where a sentence holds a question mark or form', () => {
    expect(questionFrom('I tried the new importer with my old files. Any idea why the dates come out empty?')).toBe(ADD_QUESTION_AT);
  });

  it('adds none to a rhetorical question, a short reaction or an admiring question in a short thank-you', () => {
    for (const text of ["What's not to love about this recipe?", 'Really?', 'Como você consegue? Fotos lindas, obrigado!']) {
      expect(questionFrom(text), text).toBeNull();
    }
  });
});
