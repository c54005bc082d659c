// Mail clients that quote the earlier mail whole below an "Original Message" line, without "> " marks, and signatures
// below the "-- " line: neither is the writer's words, so their questions and thanks are not theirs (help lists are full of both).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { ownWords } from '../../../lib/classify/text';

const classifier = createClassifier();
const reply = [
  'Thanks a lot, the new driver works fine now.',
  '',
  '-----Original Message-----',
  'From: Laurent',
  'Sent: Monday, April 14, 2008 10:02',
  'Subject: Re: camera not detected',
  '',
  'Could you please try the attached patch? Does the camera still fail to start?',
].join('\n');

describe('an earlier mail forwarded below the reply', () => {
  it("is left out of the writer's words, in the languages of the mail clients", () => {
    expect(ownWords(reply)).not.toContain('attached patch');
    for (const separator of ['-----Mensaje original-----', '-----Ursprüngliche Nachricht-----', "-----Message d'origine-----", '----- Original Message -----'])
      expect(ownWords(reply.replace('-----Original Message-----', separator))).not.toContain('attached patch');
  });

  it("does not lend its questions to the reply", () => {
    expect(classifier.classify(reply, 'en').labels[0]).toBe('thanks');
    expect(classifier.classify(reply, 'en').labels).not.toContain('question');
  });

  it('keeps a forwarded mail that is all the comment says', () => {
    const forwardedOnly = reply.slice(reply.indexOf('-----Original Message-----'));
    expect(ownWords(forwardedOnly)).toContain('attached patch');
  });
});

describe('a mail signature below the "-- " line', () => {
  const mail = [
    'The new firmware fixed the lost fix after resume.',
    '',
    '-- ',
    'Thanks! & 73, Doc KD4E',
    'Any questions? Visit http://example.org/faq',
  ].join('\n');

  it("is no part of the writer's words", () => {
    expect(ownWords(mail)).not.toContain('Visit');
    expect(ownWords(mail)).toContain('new firmware');
  });

  it('lends the message neither its thanks nor its questions', () => {
    const labels = classifier.classify(mail, 'en').labels;
    expect(labels).not.toContain('question');
    expect(labels[0]).not.toBe('thanks');
  });
});

describe("a phone's sign-off", () => {
  it.each([
    ['en', 'The cnf file is named after the mac of the phone.\nSent from my BlackBerry? wireless device'],
    ['es', 'El archivo se llama como la mac del teléfono.\n\nEnviado desde mi iPhone'],
    ['de', 'Die Datei heißt wie die MAC-Adresse des Telefons.\nVon meinem iPhone gesendet'],
  ])("%s: is no part of the writer's words, and asks nothing", (lang, text) => {
    expect(ownWords(text)).not.toMatch(/iPhone|BlackBerry/);
    expect(classifier.classify(text, lang).labels).not.toContain('question');
  });

  it('is a whole line: "sent from my office" inside a sentence stays', () => {
    expect(ownWords('I was sent from my office to the store. Why?')).toContain('sent from my office');
  });
});
