// Patterns found while measuring the classifier on blog and forum threads of the web (set (j) of `npm run eval`)
// and on CJK comments. The sentences are written for these tests; none is copied from that set.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { sentenceSignals } from '../../../lib/classify/signals';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;
const rulesOnly = createClassifier({ commentModel: null });

describe('praise in blog comments', () => {
  it('reads "looks divine" and plural Italian praise as appreciation', () => {
    expect(labelsOf('Oh, these look divine!')[0]).toBe('thanks');
    expect(labelsOf('Questi biscotti sono bellissimi, fantastici davvero')[0]).toBe('thanks');
    expect(labelsOf('Muy bien el artículo, muy instructivo.')[0]).toBe('thanks');
  });

  it('does not read idioms and wishes as praise', () => {
    expect(labelsOf('Great minds think alike! We bought the same lamp last week.')).not.toContain('thanks');
    expect(labelsOf('It would be most helpful to have a list of the tools you used.')).not.toContain('thanks');
  });

  it('does not read a CJK sentence as thanks on the model alone', () => {
    expect(labelsOf('私は苦手な分野の質問には答えないようにしています。')).not.toContain('thanks');
    expect(labelsOf('谢谢分享！')[0]).toBe('thanks');
  });
});

describe('questions in forums and blogs', () => {
  it('reads a request for confirmation after an opinion as a question', () => {
    expect(labelsOf('I think the bright patch is a second galaxy behind it. Is this correct?')).toContain('question');
  });

  it('reads requests to share or explain in it, es, de as questions', () => {
    expect(labelsOf('Potresti pubblicare lo schema delle lettere con i cuori')[0]).toBe('question');
    expect(labelsOf('mi dici come hai fatto il bordo')[0]).toBe('question');
    expect(labelsOf('Ich hätte gerne gewusst, welche Folie du genommen hast.')[0]).toBe('question');
    expect(labelsOf('It would be really helpful if someone could name a few of those tools.')[0]).toBe('question');
  });

  it('keeps a plea for help that thanks in advance a question, not thanks', () => {
    expect(labelsOf('My unit will not boot after the update. Thank you very much for any help in advance!')).not.toEqual(['thanks']);
    expect(sentenceSignals('thank you very much for your kind help in advance!').thanksInAdvance).toBe(true);
  });
});

describe('faults in hobby forums', () => {
  it('reads devices that will not boot or power on as reports', () => {
    expect(labelsOf('My keyboard will not boot since the firmware update.')[0]).toBe('bug');
  });

  it('does not read weather freezes, own mistakes or "never had a problem" as reports', () => {
    expect(labelsOf('The year before we had a lot of freezes and the roses barely bloomed.')).not.toContain('bug');
    expect(labelsOf('I realise this was pilot error on my side.')).not.toContain('bug');
    expect(labelsOf("I have baked this for years and haven't had a single problem.")).not.toContain('bug');
  });

  it('reads "should read" as an erratum only before the corrected text', () => {
    expect(sentenceSignals('my friends should read this article').bugStrong).toBe(false);
    expect(sentenceSignals('step 3 should read: bake for 20 minutes').bugStrong).toBe(true);
  });
});

describe('statements that open like questions', () => {
  it('reads an auxiliary before a verb or adverb as a statement, and before its subject as a question', () => {
    expect(labelsOf('Could also be a caching problem on their side')).not.toContain('question');
    expect(labelsOf('Would be great to see more posts like this')).not.toContain('question');
    expect(labelsOf('Could you send me the pattern')[0]).toBe('question');
    expect(labelsOf('Is the map down for everyone')[0]).toBe('question');
  });

  it('does not read an invitation to give feedback or an offer of tips as a question', () => {
    expect(labelsOf('Good news, the theme now has a dark mode. Let me know what you think :)')).not.toContain('question');
    expect(labelsOf("Cool, I'll have a look and see if I can give any tips.")).not.toContain('question');
    expect(labelsOf('Any tips for a beginner')[0]).toBe('question');
  });
});

describe('support forums for devices and software', () => {
  it('reads code or devices that will not execute, flash or be detected as reports, and faults that are back', () => {
    expect(labelsOf('Since the last release my sketch will not compile.')[0]).toBe('bug');
    expect(labelsOf('I spoke too soon. It is happening again.')[0]).toBe('bug');
  });

  it('reads "I have two questions" in several languages as asking', () => {
    expect(labelsOf('I have a couple of questions about the wiring.')[0]).toBe('question');
    expect(labelsOf('Je me pose quelques questions sur le réglage du doublet.')[0]).toBe('question');
    expect(labelsOf('Ik heb twee vraagjes over dit schema.')[0]).toBe('question');
    // A suggestion announced as "question/suggestion" is a feature request.
    expect(sentenceSignals('i have one question/suggestion: a pause button').questionForm).toBe(false);
  });
});

describe('reports that tell what was tried', () => {
  it('reads a fix that was tried without effect as a report', () => {
    expect(labelsOf('I tried to change the font in the menu and nothing changed.')[0]).toBe('bug');
    expect(labelsOf('Reinstalled the driver twice, no luck.')[0]).toBe('bug');
    // Without an attempt, "makes no difference" is an explanation.
    expect(labelsOf('The order of the switches makes no difference.')).not.toContain('bug');
  });

  it('reads me-too with a platform, new problems met, and things one cannot get to work', () => {
    expect(labelsOf('Same here on Windows 11 with version 3.16.5')[0]).toBe('bug');
    expect(labelsOf("Thanks, that worked. However, I'm faced with another problem: the LED blinks red.")).toContain('bug');
    expect(labelsOf("I can't get the sensor to connect to the hub.")[0]).toBe('bug');
  });
});

describe('support requests in forums and issue threads', () => {
  it('reads a greeting, the writer\'s own case at length and then a question as a question first', () => {
    const post =
      'Hallo zusammen, ich habe ein kleines Problem mit meinem Gewächshaus. Ich habe im Frühjahr neue Tomaten gesetzt. ' +
      'Meine Pflanzen stehen am Südfenster und bekommen viel Licht. Ich gieße sie jeden zweiten Tag mit Regenwasser. ' +
      'Seit einer Woche werden meine Blätter an den Rändern gelb. Ich habe schon weniger gedüngt. Woran kann das liegen?';
    // The rules lead with the question; the comment model may weigh the long story as the main act, but the
    // question stays on the comment, so it reaches the queue, with its sentence as the cue.
    expect(rulesOnly.classify(post).labels[0]).toBe('question');
    const result = classifier.classify(post);
    expect(result.labels).toContain('question');
    expect(result.cues.question).toBe('Woran kann das liegen?');
  });

  it('reads "same problem" followed by more words, and "can\'t get it to work" in other languages, as reports', () => {
    expect(labelsOf('Same problem, the export button does nothing since yesterday.')[0]).toBe('bug');
    expect(labelsOf('Non riesco a farlo funzionare con il nuovo router.')).toContain('bug');
    expect(labelsOf("Je n'arrive pas à le faire fonctionner sur ma tablette.")).toContain('bug');
    expect(labelsOf('Ich bekomme das Modul einfach nicht zum Laufen.')).toContain('bug');
    expect(labelsOf('更新之后就不行了')).toContain('bug');
  });

  it('reads "same problem" followed by a solution as an answer, and without one as a report', () => {
    expect(labelsOf('I had the same problem. I just deleted the cache folder and then it worked.')).not.toContain('bug');
    expect(labelsOf('Ran into a similar issue last week. Try unplugging the hub for a minute.')).not.toContain('bug');
    expect(labelsOf('I had the same problem. The upload stops at 90% every time.')).toContain('bug');
  });

  it('reads a statement of what the writer is looking to do as a request for help', () => {
    expect(labelsOf('I have a folder of photos and a list of names. What I am looking to do is rename each photo from the list.')).toContain('question');
    expect(labelsOf('I am looking for a simple way to back up my notes every night.')).toContain('question');
  });

  it('reads an announced question with "also" or addressed to the reader as a question', () => {
    expect(labelsOf('Thanks, that worked! I also have one small question about the second loop.')).toContain('question');
    expect(labelsOf('The script runs fine now. A few more questions for you: 1) Does it keep the file dates. 2) Can it skip empty folders.')).toContain('question');
  });
});

describe('short replies that are not thanks', () => {
  it('reads a short denial with no thanks or praise cue as a reply', () => {
    expect(labelsOf("That wouldn't do it.")[0]).toBe('other');
    expect(labelsOf('Not bad, thanks!')[0]).toBe('thanks');
  });
});

