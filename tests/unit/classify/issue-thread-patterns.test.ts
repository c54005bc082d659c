// Patterns found while measuring the classifier on real issue-tracker threads (set (h) of `npm run eval`: users
// seconding reports, maintainers triaging them). The sentences are written for these tests; none is copied
// from that set.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { sentenceSignals } from '../../../lib/classify/signals';
import { ownWords } from '../../../lib/classify/text';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('users seconding a report', () => {
  it('reads a bare "me too" as seconding the report above', () => {
    for (const text of ['Same here.', 'same', 'Same for me!', 'Likewise.', 'Can confirm.', 'Bei mir auch.', 'Pareil pour moi', '我也是']) {
      expect(labelsOf(text)[0], text).toBe('bug');
    }
    // "Moi aussi" alone is as often agreement on a French blog: the report stays, behind it.
    expect(labelsOf('Moi aussi')).toContain('bug');
  });

  it('does not read a bare "+1" (also said of feature requests) or a longer agreement as a report', () => {
    expect(labelsOf('+1')[0]).not.toBe('bug');
    expect(labelsOf('Same here, I love how calm the new design feels.')).not.toContain('bug');
  });

  it('reads the same fault met by another user, in several languages', () => {
    expect(labelsOf('I am having the same issues since the last release.')[0]).toBe('bug');
    expect(labelsOf('This happens to me too, every time the map opens.')[0]).toBe('bug');
    expect(labelsOf('Similar problem on my tablet with the offline tiles.')[0]).toBe('bug');
    expect(labelsOf("Ça se produit également sur l'écran d'accueil.")[0]).toBe('bug');
    expect(labelsOf('升级以后一直报错')[0]).toBe('bug');
  });

  it('reads blocking faults, lost access and a service that is down', () => {
    expect(labelsOf('This is a blocking issue for our team.')).toContain('bug');
    expect(labelsOf('After the update I lost access to my saved routes.')[0]).toBe('bug');
    expect(labelsOf('The server is down again since this morning.')[0]).toBe('bug');
    expect(labelsOf('Die App startet nicht mehr.')[0]).toBe('bug');
    // Prices and moods go down too.
    expect(labelsOf('Prices went down a lot this year.')).not.toContain('bug');
  });
});

describe('maintainers triaging a report', () => {
  it('does not read taking a report in hand as a report', () => {
    expect(labelsOf("I'll look into this, it seems to happen only for some accounts.")).not.toContain('bug');
    expect(labelsOf('We are investigating the failed uploads.')).not.toContain('bug');
  });

  it('does not read a release that fixes a problem as a report', () => {
    expect(labelsOf('I just released version 3.1 that fixed the sync problems.')).not.toContain('bug');
    expect(labelsOf('Removed the broken links from the guide.')).not.toContain('bug');
  });

  it('does not read the ticket itself ("close this issue", "duplicate of") as a fault', () => {
    expect(labelsOf("Glad it helps, I'm almost sorry to close this issue :-)")).not.toContain('bug');
    expect(labelsOf('This looks like a duplicate of https://example.org/tracker/12.')).not.toContain('bug');
  });

  it('does not read a crash log file name as a crash', () => {
    expect(sentenceSignals('it would be nice to print the font path in crash.log').bugStrong).toBe(false);
    expect(sentenceSignals('the app crashes on start').bugStrong).toBe(true);
  });

  it('keeps a user whose fault persists after the triage a report', () => {
    expect(labelsOf("I'll look into it later. Anyway the page still shows an empty list for me.")).toContain('bug');
  });
});

describe('requests for details phrased as statements', () => {
  it('reads asking for logs or details as a question', () => {
    expect(labelsOf('A screenshot of the settings page would be really helpful.')[0]).toBe('question');
    expect(labelsOf('Eine Fehlermeldung wäre hilfreich.')[0]).toBe('question');
    // A wished-for feature is not a request for information.
    expect(labelsOf('A dark theme would be really helpful.')).not.toContain('question');
  });

  it('reads "would like to understand how" as asking', () => {
    expect(labelsOf('I would really like to understand how I can get the widget back')[0]).toBe('question');
  });

  it('reads Dutch verb-first questions without a question mark', () => {
    expect(labelsOf('Heb je een voorbeeld van een adres waar dit gebeurt')[0]).toBe('question');
  });
});

describe('lexicon phrases that run into the next word', () => {
  it('matches phrases written to continue with any word ("released ...", "should read ...")', () => {
    expect(sentenceSignals("i've just released version 3.1 that fixed the sync problems.").fixAnnounced).toBe(true);
    expect(sentenceSignals('the second step should read 200 g of flour').bugStrong).toBe(true);
  });
});

describe('code inside comments', () => {
  it('reads only the prose around a code box or a fenced block', () => {
    const phpbb = 'Here is a shorter version.\n\nCode: Select all\n\n@echo off\nif errorlevel 1 echo Error: copy failed\nset /a n=%n%+1\n\nIt runs on XP too.';
    expect(ownWords(phpbb)).not.toMatch(/copy failed|errorlevel/);
    expect(ownWords(phpbb)).toMatch(/Here is a shorter version\.[\s\S]*It runs on XP too\./);
    const fenced = 'Try this config:\n```yaml\non_error: fail\nretries: 3\n```\nThat keeps the retries.';
    expect(ownWords(fenced)).not.toMatch(/on_error/);
  });

  it('does not read error handling in posted code as a report', () => {
    const answer = 'You can test the result like this.\n\nCode: Select all\n\nif errorlevel 1 (\n  echo ERROR: the file could not be copied\n  exit /b 1\n)\n\nThat way the script stops at the first failure.';
    expect(labelsOf(answer)).not.toContain('bug');
  });

  it('keeps prose lines that mention symbols', () => {
    expect(ownWords('I tried (again) and the "Save" button still does nothing :(\nAny idea?')).toContain('still does nothing');
  });
});

describe('talk about faults that reports none (technical forums)', () => {
  it('does not read apologies, hypotheticals or harmless messages as reports', () => {
    expect(labelsOf('Sorry for not responding sooner, I was away all week.')).not.toContain('bug');
    expect(labelsOf('If you get any errors, post your script and the output here.')).not.toContain('bug');
    expect(labelsOf('This version copies the folder without raising an error.')).not.toContain('bug');
    expect(labelsOf('The old shell just leaves a harmless error message on screen.')).not.toContain('bug');
    expect(labelsOf('I found the right switch by trial and error.')).not.toContain('bug');
  });

  it('reads a fault inside a leading "if" clause as supposed, and one in the main clause as met', () => {
    expect(labelsOf('If the widget crashes on launch, a screenshot of the settings page would help.')).not.toContain('bug');
    expect(labelsOf('Wenn der Upload abstürzt, schick mir bitte die Protokolldatei.')).not.toContain('bug');
    expect(labelsOf('If I open the map page, the app crashes.')).toContain('bug');
    expect(labelsOf('When the app crashes, I lose all my unsaved notes.')).toContain('bug');
  });

  it('does not read release notes or failed reproductions as reports', () => {
    expect(labelsOf('3. Bug fix: the window no longer loses focus after a resize.')).not.toContain('bug');
    expect(labelsOf("I haven't been able to reproduce the issue on my test machines yet.")).not.toContain('bug');
    expect(labelsOf('Testei os dois casos e não deu erro.')).not.toContain('bug');
  });

  it('reads German "lag" as a verb, not as lag, and "must be duplicated" as an instruction', () => {
    expect(sentenceSignals('es lag am mobilfunkanbieter').bugWord).toBe(false);
    expect(sentenceSignals('the game has terrible lag').bugWord).toBe(true);
    expect(labelsOf('The only catch is that the caret must be duplicated!')).not.toContain('bug');
  });

  it('still reads a fault that does not reproduce, in non-native phrasing, as a report', () => {
    expect(labelsOf('I tried again and the video not reproduce after the first minute.')).toContain('bug');
  });
});

// Developers' forums name a fault by its kind or by a measure that got worse, without "bug" or "broken".
describe('faults named by their kind or by a measure that got worse', () => {
  it.each([
    'Hi, we are seeing some unexplained Segfault with fdb version 6.2.11.',
    'I get a segfault when I call close().',
    'The server dumped core twice last night: core dumped after the upgrade.',
    'We recently upgraded from 5.2.8 to 6.2.22 and observed that latency for some of our queries increased by ~18%.',
    'Since the upgrade, memory usage keeps growing until the process is killed.',
    'Our write throughput dropped by half after the upgrade.',
  ])('%s', (text) => {
    expect(classifier.classify(text, 'en').labels).toContain('bug');
  });

  it.each([
    'Garbage collection prevents memory leaks in most cases.',
    'The hospital said the latency of the test results increased.',
  ])('not a report: %s', (text) => {
    expect(classifier.classify(text, 'en').labels).not.toContain('bug');
  });
});
