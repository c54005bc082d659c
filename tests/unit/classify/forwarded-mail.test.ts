// Mail clients that quote the earlier mail whole below an "Original Message" line, without "> " marks: that mail is
// not the writer's words, so its questions and faults are not theirs (help mailing lists are full of such replies).
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
