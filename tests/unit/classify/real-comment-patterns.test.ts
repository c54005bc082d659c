// Patterns found while measuring the classifier on real comments from unseen pages (set (e) of `npm run eval`).
// The sentences here are written for the tests; none is copied from that set.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { sentenceSignals } from '../../../lib/classify/signals';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('statements are not questions', () => {
  it.each([
    'You can build the docs however you like in your own branch.',
    'Others can decide for themselves what to do with their old posts.',
    "I don't care how many times you rebased the branch.",
  ])('%s -> no question', (text) => {
    expect(labelsOf(text)).not.toContain('question');
  });

  it('still reads a question mark and a question form without one', () => {
    expect(labelsOf('You can build the docs in your own branch?')[0]).toBe('question');
    expect(labelsOf('I wonder whether the old links keep working.')[0]).toBe('question');
  });

  it('does not read a quoted question form as asked', () => {
    expect(sentenceSignals('The old wiki answered every “how do I install this” right away.').questionForm).toBe(false);
    expect(sentenceSignals('How do I install this, the “old” way or the new one.').questionForm).toBe(true);
  });
});

describe('fault reports in real phrasing', () => {
  it.each([
    'Schönes Rezept, aber leider funktioniert die Suche auf der Seite nicht.',
    'Seit gestern lädt die Karte bei mir nicht.',
    'Nice redesign. The only problem I have noticed is that the RSS feed is empty.',
    'The old download buttons are now non-functional.',
  ])('%s -> bug', (text) => {
    expect(labelsOf(text)).toContain('bug');
  });

  it('keeps German arguments with "nicht" apart from faults', () => {
    expect(labelsOf('Das funktioniert politisch so nur, wenn alle mitmachen.')).not.toContain('bug');
  });

  it('reads a workaround that works as a resolution, not a report', () => {
    expect(sentenceSignals('Wer den Fehler bekommt: Handy neu starten, dann geht es.').fixAnnounced).toBe(true);
    expect(labelsOf('If you get the sync error, log out and back in, that fixed it for me.')[0]).toBe('other');
  });
});

describe('thanks that is not gratitude', () => {
  it('a bare thanks closing a request is politeness', () => {
    expect(labelsOf('Please keep the discussion on topic. Thanks.')).not.toContain('thanks');
    expect(labelsOf('Bitte bleiben Sie sachlich. Danke, die Moderation')).not.toContain('thanks');
  });

  it('still reads thanks that stands on its own', () => {
    expect(labelsOf('Thanks, this guide saved my weekend.')[0]).toBe('thanks');
  });

  it.each([
    'Glad to hear the bread worked out for you!',
    'Schön, dass es dir geschmeckt hat!',
    'Dumping the whole forum on users overnight is not exactly nice.',
  ])('%s -> no thanks', (text) => {
    expect(labelsOf(text)).not.toContain('thanks');
  });
});

// Debate turns: rhetorical and reaction questions are moves in an argument; questions to someone stay questions.
// Sentences written for these tests.
describe('questions in debate', () => {
  it.each(['Really?', 'Echt jetzt?', 'Vraiment ?', '¿En serio?', 'Naprawdę?', '@mika_r Ach so?', 'Na und?'])('short reaction %s -> other', (text) => {
    expect(sentenceSignals(text).rhetoricalShape).toBe(true);
    expect(labelsOf(text)).toEqual(['other']);
  });

  it('keeps short genuine questions', () => {
    expect(sentenceSignals('Which version?').rhetoricalShape).toBe(false);
    expect(labelsOf('Does it work offline?')[0]).toBe('question');
  });

  it('reads an @reply question answered by the writer\'s own claims as part of the argument', () => {
    const text = '@jo_k Welche Mehrheit? Die Partei liegt seit Monaten unter zehn Prozent. Umfragen zeigen seit Jahren dasselbe Bild. Koalitionen sind damit ausgeschlossen.';
    expect(labelsOf(text)).not.toContain('question');
  });

  it('keeps an @reply question addressed in the second person', () => {
    const text = '@jo_k Hast du den Antrag online gestellt? Bei mir kam nach drei Wochen keine Antwort. Die Hotline ist dauernd besetzt.';
    expect(labelsOf(text)).toContain('question');
    expect(sentenceSignals('@jo_k Haben Sie den Antrag online gestellt?').secondPerson).toBe(true);
  });

  it('reads "Why? Because ..." as answered by the writer', () => {
    expect(labelsOf('Why did the fares go up? Because the subsidy ran out in spring.')).not.toContain('question');
  });

  it('keeps a question the writer asks after setting the argument aside', () => {
    expect(labelsOf("I think the reform is wrong, but where can I read the full report?")[0]).toBe('question');
    expect(labelsOf('I disagree with most of this. Can you tell me when the consultation closes?')).toContain('question');
  });

  it('reads Polish question openings without a question mark', () => {
    expect(sentenceSignals('Jak długo trzeba piec ten chleb').questionOpening).toBe(true);
    expect(sentenceSignals('Jak zwykle nic się nie zmieniło.').endsWithPeriod).toBe(true);
  });
});
