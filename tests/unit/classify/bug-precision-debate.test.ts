// Bug precision in debate: fault words said of the world, of people or of bugs in general are not reports.
// Each group sits next to the real reports it must keep, so a rule that switched bug off would fail.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labels = (text: string) => classifier.classify(text).labels;

describe('fault words about politics and society are not bug reports', () => {
  it.each([
    'Our healthcare system is broken and nobody in Washington cares. We have a problem with lobbying. The politicians failed us.',
    'Wir haben den Fehler gemacht, uns von Russland abhängig zu machen. Jetzt zahlen wir dafür.',
    "Le problème, c'est que le gouvernement ne fait rien. La France est cassée. On a un problème avec l'immigration.",
    'The real issue here is that AI companies scrape everything. There is a problem with copyright law that the government ignores.',
    'This is a mistake. The error of the central bank was to raise rates too late. The economy is failing.',
  ])('%s -> no bug', (text) => {
    expect(labels(text)).not.toContain('bug');
  });
});

describe('wrong, supposed to and "play well" in an argument are not symptoms', () => {
  it.each([
    'You are wrong about this. Intel has been behind AMD for years.',
    "That's just wrong. Nvidia prices are insane and people still buy them.",
    'It is a public project that other people are supposed to use, but it is also a playground for ideas, which does not play well with a public roadmap.',
  ])('%s -> no bug', (text) => {
    expect(labels(text)).not.toContain('bug');
  });
});

describe('bugs mentioned in a long argument are not a report', () => {
  it('a remark about strange bugs nobody noticed, inside an argument', () => {
    const text =
      'We found more strange bugs that nobody ever complained about. Probably because nobody used those features. ' +
      'I had enough trouble with the old build system back then. The fact that nobody complains does not mean everything is good.';
    expect(labels(text)).not.toContain('bug');
  });
});

describe('real reports next to them still read as bug', () => {
  it.each([
    'The link in the article is broken.',
    'Der Link im Artikel ist kaputt, er führt auf eine leere Seite.',
    'Le lien vers la deuxième partie est cassé.',
    'The video does not play in Firefox.',
    'The counter is supposed to reset at midnight but it keeps the old value.',
    'The numbers in the chart are wrong, the total shows 12 but the rows add up to 40.',
    'My app is broken since the update, the map stays blank.',
    'The government portal crashes every time I upload my tax form.',
  ])('%s -> bug', (text) => {
    expect(labels(text)).toContain('bug');
  });
});
