import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import type { Label } from '../../../lib/thread';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;
const score = (text: string, label: Label) => classifier.classify(text).scores[label];

describe('questions without a question mark', () => {
  it.each([
    'Is there a way to export my sightings as a spreadsheet.',
    'I wonder whether the app works offline',
    "I'd like to know how the monthly totals are computed.",
    'Does anyone know which lens was used for the night shots',
    'Können Sie mir erklären, wie ich die Karte ausdrucke.',
    'Est-ce que les anciennes photos restent visibles',
    'この機能は無料で使えますか',
    '这个应用可以离线使用吗',
  ])('%s -> question first', (text) => {
    expect(labelsOf(text)[0]).toBe('question');
  });

  it('reads ¿ as a question opening in Spanish', () => {
    expect(labelsOf('¿Cuándo se publica la segunda parte del reportaje')[0]).toBe('question');
  });
});

describe('problem reports without bug words', () => {
  it.each([
    'The counter says 12 but I uploaded 40.',
    'Two days later my photos still show as pending.',
    'Ghost emails keep coming back.',
    'I get every newsletter twice since Monday.',
  ])('%s -> bug', (text) => {
    expect(labelsOf(text)).toContain('bug');
    expect(labelsOf(text)).not.toContain('other');
  });

  it('reads a question about a lingering problem as question and bug', () => {
    const result = classifier.classify('How long until the duplicate emails stop?');
    expect(result.labels).toEqual(expect.arrayContaining(['question', 'bug']));
    expect(result.cues.bug).toContain('duplicate emails');
  });
});

describe('negation', () => {
  it('does not report a bug when the writer says there is none', () => {
    expect(score('No problem at all, glad I could help out.', 'bug')).toBeLessThan(0.5);
    expect(labelsOf("That's not a bug, the filter hides unverified records on purpose.")).not.toContain('bug');
    expect(labelsOf('It works fine now after the reinstall.')).not.toContain('bug');
  });

  it('keeps a real failure next to a negated one', () => {
    expect(labelsOf('Not a problem with my network: the upload still fails at 99% every time.')).toContain('bug');
  });
});

describe('rhetorical questions inside thanks', () => {
  it('gives them a low question score and keeps thanks', () => {
    const result = classifier.classify('Thank you so much for this guide! Who knew it could be this easy?');
    expect(result.labels[0]).toBe('thanks');
    expect(result.labels).not.toContain('question');
    expect(result.scores.question).toBeLessThan(0.5);
  });

  it('still finds a genuine question after thanks', () => {
    const result = classifier.classify('Thanks, great work! Will the old links keep working?');
    expect(result.labels).toEqual(expect.arrayContaining(['thanks', 'question']));
    expect(result.cues.question).toBe('Will the old links keep working?');
    expect(result.cues.thanks).toBe('Thanks, great work!');
  });
});

describe('thanks in many languages and emoji', () => {
  it.each([
    ['en', 'Thank you, this saved my afternoon.'],
    ['es', 'Mil gracias por la explicación tan clara.'],
    ['fr', 'Merci beaucoup pour ce reportage.'],
    ['de', 'Vielen Dank für die ausführliche Antwort.'],
    ['pt', 'Muito obrigado pelas fotos da viagem.'],
    ['it', 'Grazie per aver condiviso queste informazioni.'],
    ['nl', 'Bedankt voor het geweldige overzicht.'],
    ['nl', 'Leuke foto van de markt!'],
    ['nl', 'Sterk stuk, hulde.'],
    ['en', 'Interesting read, well argued.'],
    ['ja', '詳しい説明をありがとうございました。'],
    ['zh', '謝謝你的分享，受益良多。'],
    ['emoji', '🙏🙏'],
    ['emoji', 'The new icons ❤️'],
  ])('%s: %s -> thanks', (_lang, text) => {
    const result = classifier.classify(text);
    expect(result.labels[0]).toBe('thanks');
    expect(result.scores.thanks).toBeGreaterThanOrEqual(0.5);
    expect(result.cues.thanks).toBeTruthy();
  });

  it('does not treat "thanks in advance" under a question as gratitude', () => {
    const result = classifier.classify('Does the importer accept GPX files? Thanks in advance.');
    expect(result.labels).toEqual(['question']);
  });
});

describe('comments that hold several acts', () => {
  it('labels thanks + bug with a cue for each', () => {
    const result = classifier.classify('Thanks for the update! Just a heads up: the download link at the bottom leads to an empty page.');
    expect(result.labels).toEqual(expect.arrayContaining(['thanks', 'bug']));
    expect(result.cues.bug).toMatch(/download link/);
  });

  it("gives 'other' only when nothing else applies", () => {
    const plain = classifier.classify('We visited the lake last autumn with the kids.');
    expect(plain.labels).toEqual(['other']);
    const q = classifier.classify('We visited the lake last autumn. Is the path to the waterfall open in winter?');
    expect(q.labels).not.toContain('other');
  });

  it('lists the actionable label first when a question ends a thank-you', () => {
    expect(labelsOf('Vielen Dank für den Artikel! Gilt das auch für Fotos aus Österreich?')[0]).toBe('question');
  });

  it('scores every label in [0,1] and orders labels by priority', () => {
    const result = classifier.classify('Love the redesign. The search box is gone on mobile though. Where did it move?');
    for (const v of Object.values(result.scores)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(result.labels.slice(0, 2)).toEqual(['question', 'bug']);
  });
});

describe('quoted text', () => {
  it('reads only the commenter’s own words', () => {
    const text = '> alice wrote:\n> Does the export include photos?\n\nYes, since version 2 it includes them.';
    expect(labelsOf(text)).toEqual(['other']);
  });
});
