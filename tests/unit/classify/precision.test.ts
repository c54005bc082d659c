// Precision of bug and question: fix announcements, fault words in debate, rhetorical and tag questions,
// thanks to other commenters. Each group also checks the real case next to it, so a rule that simply
// switched a label off would fail.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const classify = (text: string) => classifier.classify(text);

describe('staff and author fix announcements are not bug reports', () => {
  it.each([
    'I fixed the broken gallery links last night, they should work again.',
    'Fixed in 4.2.1, thanks for the report.',
    'The checkout error has been resolved, orders go through normally.',
    'Der Tippfehler in der Überschrift ist jetzt korrigiert, danke!',
    'Hemos arreglado el formulario, ya se puede enviar.',
    "L'erreur dans le tableau est corrigée.",
    'リンクを修正しました。',
    '已经修复了，谢谢提醒。',
  ])('%s -> other first, no bug', (text) => {
    const result = classifier.classify(text, undefined, { staff: true });
    expect(result.labels[0]).toBe('other');
    expect(result.labels).not.toContain('bug');
    expect(result.scores.bug).toBeLessThan(0.5);
  });

  it('keeps a report that says the fix did not take', () => {
    expect(classify('You said it was fixed, but the export still fails for me.').labels).toContain('bug');
    expect(classify('Angeblich behoben, aber die App stürzt immer noch beim Start ab.').labels).toContain('bug');
  });

  it('puts thanks for the report after other', () => {
    expect(classify('Danke für den Hinweis, der Link ist jetzt korrigiert.').labels).toEqual(['other', 'thanks']);
  });
});

describe('fault words used in argument are not reports', () => {
  it.each([
    'The real problem is that nobody wants to pay for local news.',
    'Das eigentliche Problem ist die Bürokratie, nicht die Technik.',
    'Je pense que le problème est surtout politique.',
    'En mi opinión el error fue privatizar el servicio.',
  ])('%s -> not bug', (text) => {
    expect(classify(text).labels).not.toContain('bug');
  });

  it('still reads an observed malfunction as a bug', () => {
    expect(classify('There is a problem with the login page, it shows a blank screen.').labels[0]).toBe('bug');
    expect(classify('Seit dem letzten Update lädt die Karte nicht mehr.').labels).toContain('bug');
    expect(classify('Since the last update the app closes as soon as I open the camera.').labels).toContain('bug');
  });
});

describe('rhetorical questions score low', () => {
  it.each([
    'Everyone saw this coming, right?',
    'Das hätte man doch wissen können, oder?',
    "C'était prévisible, n'est-ce pas ?",
    'Lo sabíamos todos, ¿verdad?',
    'Who even reads the manual anyway? Nobody.',
    '这种事谁说得清呢。',
    'How about a button to export the list?',
  ])('%s -> question below threshold', (text) => {
    const result = classify(text);
    expect(result.scores.question).toBeLessThan(0.5);
    expect(result.labels).not.toContain('question');
  });

  it('keeps genuine questions, with and without a question mark', () => {
    expect(classify('Does the tour also stop in Porto?').labels[0]).toBe('question');
    expect(classify('Weiß jemand, ob die Ausstellung verlängert wird?').labels[0]).toBe('question');
    expect(classify('这个活动什么时候开始？').labels[0]).toBe('question');
  });

  it('treats a question inside an argument as secondary but still lists it', () => {
    const text =
      'I have run this benchmark on three machines. The numbers match yours within a few percent. ' +
      'The gap on ARM is larger than the article suggests, mostly because of the allocator. ' +
      'Memory use is similar in both versions. The build was done with the default flags. ' +
      'Did you pin the CPU frequency for the runs? I did not, which might explain some of the noise. ' +
      'Either way the conclusion holds and the parser is clearly faster on large inputs.';
    const result = classify(text);
    expect(result.labels[0]).toBe('other');
    expect(result.labels).toContain('question');
    expect(result.cues.question).toContain('pin the CPU');
  });
});

describe('thanks to another commenter', () => {
  it('is other first with thanks second', () => {
    expect(classify('Thanks @mira, that tip saved my afternoon.').labels).toEqual(['other', 'thanks']);
  });

  it('leaves gratitude for the post as thanks', () => {
    expect(classify('Thank you for this wonderful guide!').labels[0]).toBe('thanks');
  });
});
