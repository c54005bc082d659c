// Session 27: a top-posted mail reply is read without the mail it quotes below an Outlook-style header, and a
// sentence that thanks in earnest keeps its thanks beside a "thanks to" that names a cause. Written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { ownWords } from '../../../lib/classify/text';

const classifier = createClassifier();

const quoted = (header: string) =>
  `Hi Jon,\n\nThanks so much for your help, I've got it all working now.\n\nKind regards,\nTom\n________________________________\n${header}\n\n> I don't know if the problem is with the font. Does the renderer crash for you too?\n`;

describe('a mail quoted below a top-posted reply', () => {
  it.each([
    'From: Jon Burgess [jburgess at example.org]\nSent: 11 March 2009 22:03\nTo: Tom\nSubject: Re: [Maps-users] Specifying fonts',
    'From: Jon Burgess <jburgess at example.org>\nTo: maps-users at lists.example.org\nSent: Friday, 19 June, 2009 9:12\nSubject: Re: fonts',
    'Von: Jon Burgess\nGesendet: Dienstag, 16. Oktober 2007 21:09\nAn: maps-users\nBetreff: Re: fonts',
    'De : Jon Burgess\nEnvoyé : mardi 16 octobre 2007 21:09\nÀ : maps-users\nObjet : Re: fonts',
  ])('is cut at its header: %s', (header) => {
    const text = quoted(header);
    expect(ownWords(text)).not.toContain('Specifying fonts');
    expect(ownWords(text)).not.toContain('renderer crash');
    expect(ownWords(text)).toContain('got it all working now');
    expect(classifier.classify(text, 'en').labels).toEqual(['thanks']);
  });

  it('keeps a comment that only mentions who a mail was from', () => {
    const text = 'From: the release notes of 2.1\nthe export button moved to the toolbar. Where did the CSV option go?';
    expect(ownWords(text)).toBe(text);
    expect(classifier.classify(text, 'en').labels[0]).toBe('question');
  });

  it('keeps a reply that is all quoted mail', () => {
    const text = 'From: Jon Burgess\nSent: 11 March 2009 22:03\nTo: Tom\nSubject: fonts\n\nThe renderer crashes on every tile since 0.7.';
    expect(ownWords(text)).toBe(text);
  });
});

describe('thanks to a cause beside thanks in earnest', () => {
  it.each([
    ['es', 'Gracias a los dos, ya funciona todo.'],
    ['es', 'Funciona gracias al nuevo parche, gracias por todo.'],
    ['es', 'Gracias a los desarrolladores por este juego.'],
    ['it', 'Grazie ai ragazzi del forum!'],
    ['en', 'Thank god it works now, thanks for the quick fix!'],
  ])('thanks: (%s) %s', (lang, text) => {
    expect(classifier.classify(text, lang).labels).toContain('thanks');
  });

  it.each([
    ['es', 'Funciona gracias al nuevo parche.'],
    ['it', 'Funziona grazie al driver nuovo.'],
    ['en', 'Thank god it works.'],
  ])('a cause or an exclamation alone thanks no one: (%s) %s', (lang, text) => {
    expect(classifier.classify(text, lang).labels).not.toContain('thanks');
  });
});

describe('a mail quoted whole below an "X wrote:" line without "> " marks', () => {
  const topPosted = 'Thanks, the new build fixed it.\n\nOn 6/22/10 12:58 PM, "Ian Brown" <ian at example.org> wrote:\n\nDear all,\nthe tool crashes when I open a second image. Any idea why?\n';

  it('is the earlier mail, not the writer\'s words', () => {
    expect(ownWords(topPosted)).not.toContain('crashes');
    expect(classifier.classify(topPosted, 'en').labels).toEqual(['thanks']);
  });

  it('stays when the header line was wrapped by the mail app', () => {
    const wrapped = 'Solved, thank you.\n\nEl 21 sep 2010 11:16 p.m., "Javier" <javier at example.org>\nescribió:\n\nHola, el programa no arranca. ¿Alguna idea?\n';
    expect(ownWords(wrapped)).not.toContain('no arranca');
  });

  it('keeps answers written between "> " quoted lines', () => {
    const interleaved = 'Hi,\n\nOn Tue, 2007-10-09 at 15:38 +0200, Damian wrote:\n> Does the phone still reboot?\n\nYes, every few minutes since the update.\n';
    expect(ownWords(interleaved)).toContain('every few minutes');
    expect(ownWords(interleaved)).not.toContain('still reboot');
  });
});
