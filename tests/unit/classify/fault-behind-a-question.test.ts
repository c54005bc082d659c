// A request for help that tells of a malfunction: the fault is given as a second label behind the question, so a
// report buried in a long mail that ends "what else can I check?" reaches the queue's report filter, even where the
// damping of long comments keeps its report score under the threshold.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const longRequest =
  'Hallo, ich habe zwei Rechner, auf denen der Peer unter Lubuntu läuft, jeweils auf verschiedenen Ports. Der erste hat 512 MB RAM und eine alte Platte. Der Peer beendet sich ständig. Ich habe das Speicherlimit erhöht, wie im anderen Thread empfohlen. Was kann ich noch prüfen?';

describe('a fault told in a request for help', () => {
  it('asks first and reports second, with the sentence that tells the fault as the cue', () => {
    const { labels, scores, cues } = classifier.classify(longRequest, 'de');
    expect(labels).toEqual(['question', 'bug']);
    // The dashboard shows the labels scored at the threshold or above.
    expect(scores.bug).toBeGreaterThanOrEqual(0.5);
    expect(cues.bug).toBe('Der Peer beendet sich ständig.');
  });

  it('is not given to someone who answers for the site', () => {
    expect(classifier.classify(longRequest, 'de', { staff: true, answerer: true }).labels).not.toContain('bug');
  });

  it.each([
    ['en', 'Great write-up, thanks! Is there a way to run this on a Raspberry Pi?'],
    ['en', 'Which version of the driver should I install for a Logitech C920?'],
    ['en', 'We moved our team chat to the new server last month. The migration went well and the import kept every channel. Search is much faster than before. The mobile app connects without trouble. Is there a way to export the audit log as CSV?'],
  ])('%s: %s reports nothing', (lang, text) => {
    expect(classifier.classify(text, lang).labels).not.toContain('bug');
  });
});
