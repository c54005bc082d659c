// Follow-ups as users write them on issue trackers and support forums: it cannot be done, an error message pasted
// alone, "still not fixed", a me-too in the writer's words, a device that died, it worked until a change, details
// that narrow a report down. None has a fault word the older lexicon knew. Written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('follow-ups that report a fault without a fault word', () => {
  it.each([
    ["I'm not able to add a second account anymore."],
    ['We are not able to upload anything larger than 2 MB.'],
    ["I can't click the save button."],
    ["Can't type anything into the search box."],
    ["still, can't watch any videos."],
    ['Could not connect to server. Please try again later.'],
    ['Access denied when I open the shared album.'],
    ["No, it's not fixed."],
    ['This is still an issue in the latest version.'],
    ["I'm seeing this as well on Firefox."],
    ['Seeing this too.'],
    ['Also affected.'],
    ['Same on my Pixel 7.'],
    ['The extension has quit working since Tuesday.'],
    ['The phone is bricked after flashing 1.4.'],
    ['It reboots in a loop.'],
    ['The battery drains overnight since the update.'],
    ['The text overlaps the images on mobile.'],
    ['This worked fine until yesterday.'],
    ['It was working fine until I changed the theme.'],
    ['Reinstalling did not help.'],
    ['It only happens on Android 14.'],
    ['Reproducible on a clean install.'],
    ['I get a 500 when I submit the form.'],
    ['The log shows "connection reset by peer" right after login.'],
    ['The export produces an empty CSV.'],
    ['I never received the confirmation email.'],
    ['The verification code is rejected every time.'],
    ['The page redirects to itself forever.'],
    ['Sound cuts out after ten minutes.'],
  ])('%s', (text) => {
    expect(labelsOf(text)[0]).toBe('bug');
  });

  it('leaves the same words in everyday talk alone', () => {
    for (const text of [
      "I can't thank you enough.",
      "Can't wait for the next post!",
      'Could not agree more.',
      "Not able to attend this year, sadly, but I'll watch the stream.",
      'The team quit working on weekends, which is healthy.',
      'I used to work at a bakery, so this brings back memories.',
      'Happens to the best of us.',
      'I never received a reply from the city council.',
      'I got a 500 euro fine for parking there.',
      'Poverty is still an issue for many families in the region.',
      'This way I can reproduce the issue and find the cause.',
      'It would help if you tell them whether it worked before the update.',
      'Tried it on two loaves, same great result.',
      'The log shows how much effort went into this.',
    ]) {
      expect(labelsOf(text), text).not.toContain('bug');
    }
  });
});

describe('German follow-ups on trackers and support forums', () => {
  it.each([
    ['Die Wiedergabe stoppt nach ein paar Sekunden.'],
    ['Das Video ruckelt extrem.'],
    ['Der Ton ist nicht synchron zum Bild.'],
    ['Die App startet ständig neu.'],
    ['Nach dem Login lande ich wieder auf der Startseite.'],
    ['Die Synchronisation hängt seit gestern.'],
    ['Der Zähler bleibt bei 0 stehen.'],
    ['Die Benachrichtigungen kommen nicht mehr an.'],
    ['Die E-Mail mit dem Code kommt nie an.'],
    ['Lässt sich bei mir reproduzieren.'],
    ['Bei mir genau dasselbe.'],
    ['Die Neuinstallation hat nichts gebracht.'],
    ['Das Häkchen lässt sich nicht setzen.'],
    ['Der Export erzeugt eine leere Datei.'],
    ['Fast alle Downloads lassen sich nur teilweise abspielen.'],
    ['Die Karte zeigt meinen Standort falsch an.'],
    ['Das Problem besteht auch mit Firefox.'],
  ])('%s', (text) => {
    expect(labelsOf(text)[0]).toBe('bug');
  });

  it('leaves the same verbs in debate and everyday talk alone', () => {
    for (const text of [
      'Die Verhandlungen brechen ständig ab, das ist typisch.',
      'Die Diskussion hängt seit Jahren.',
      'Der Preis bleibt bei 10 Euro.',
      'Das Experiment ist reproduzierbar, das ist der Punkt.',
      'Nach dem Urlaub lande ich wieder im Alltag.',
      'Das kommt bei den Wählern nicht an.',
      'Mein Akku ist leer, ich muss los.',
    ]) {
      expect(labelsOf(text), text).not.toContain('bug');
    }
  });
});

describe('fault words in answers, advice and talk that report nothing', () => {
  it('reads them as no bug report', () => {
    for (const text of [
      'You need to enable location access in the settings, otherwise the map stays empty.',
      'This is a known issue with older Android versions; updating to 2.4 fixes it.',
      'Every piece of software has bugs, that is just life.',
      'The problem with this argument is that it ignores costs.',
      'The error in your script is the missing quote on line 3.',
      'My grandmother always said a broken clock is right twice a day.',
    ]) {
      expect(labelsOf(text), text).not.toContain('bug');
    }
  });

  it('keeps a request for the error message a question, not a report', () => {
    expect(labelsOf('Could you post the full error message?')).toEqual(['question']);
  });

  it('still hears the same faults when they happen', () => {
    for (const text of ['The map stays empty when I zoom in.', 'The app crashes twice a day.', 'Here is the full error message: connection refused.']) {
      expect(labelsOf(text), text).toContain('bug');
    }
  });
});

describe('follow-ups in Dutch, Portuguese, Spanish, Japanese, Polish, French and Italian', () => {
  it.each([
    ['nl', 'Hetzelfde probleem hier.'],
    ['nl', 'Bij mij gebeurt precies hetzelfde.'],
    ['nl', 'Het probleem is nog steeds niet opgelost.'],
    ['nl', 'De app blijft steeds opnieuw opstarten.'],
    ['nl', 'De e-mail met de code komt nooit aan.'],
    ['nl', 'Opnieuw installeren hielp niet.'],
    ['pt', 'O problema continua na versão 2.3.'],
    ['pt', 'Aparece a mensagem "falha na conexão".'],
    ['pt', 'O e-mail de confirmação nunca chega.'],
    ['pt', 'Reinstalei e não adiantou.'],
    ['es', 'Me pasa exactamente lo mismo.'],
    ['es', 'El problema sigue en la versión 2.3.'],
    ['es', 'El correo de confirmación nunca llega.'],
    ['es', 'Reinstalé y no sirvió de nada.'],
    ['ja', 'アップデート後にログインできなくなりました。'],
    ['pl', 'U mnie to samo.'],
    ['pl', 'Problem nadal nie został rozwiązany.'],
    ['pl', 'Mail z kodem nie przychodzi.'],
    ['pl', 'Ponowna instalacja nie pomogła.'],
    ['fr', 'Le problème est toujours présent dans la version 2.3.'],
    ['fr', "Le mail de confirmation n'arrive jamais."],
    ['fr', "Réinstaller n'a rien changé."],
    ['it', 'Ho lo stesso identico problema.'],
    ['it', 'Il problema persiste anche nella versione 2.3.'],
    ['it', "L'email di conferma non arriva mai."],
    ['it', 'Reinstallare non è servito a nulla.'],
  ])('%s: %s', (lang, text) => {
    expect(classifier.classify(text, lang).labels[0]).toBe('bug');
  });

  it('leaves the same words about politics and daily life alone', () => {
    for (const [lang, text] of [
      ['nl', 'Hetzelfde geldt voor de politiek.'],
      ['pt', 'O problema continua sendo a corrupção.'],
      ['es', 'Lo mismo pasa en la política, siempre igual.'],
      ['pl', 'To samo myślę o tym rządzie.'],
      ['fr', 'Le problème reste la dette publique.'],
      ['it', 'Il problema persiste nella società italiana.'],
      ['pt', 'Recebi uma mensagem linda da minha avó.'],
    ]) {
      expect(classifier.classify(text, lang).labels, text).not.toContain('bug');
    }
  });
});

// A bare "Je confirme." stays out: on a blog it agrees with a commenter as often as it confirms a fault.
describe('follow-ups of a few words: the fault persists, the same problem (session 17)', () => {
  it.each([
    'Il problema persiste.',
    'El problema persiste.',
    'O problema persiste.',
    'Het probleem blijft.',
    'Ainda não funcionou.',
    'Sigue sin funcionar.',
    'Immer noch kaputt.',
    'Nog steeds stuk.',
    'Problème identique pour moi.',
    'Zelfde probleem hier.',
  ])('%s -> a report', (text) => {
    expect(labelsOf(text)).toContain('bug');
  });

  it.each([
    'El problema sigue siendo la vivienda.',
    'Il problema persiste nella società italiana da decenni.',
    'Je confirme que le restaurant est excellent.',
    'Confirmo que vou ao encontro.',
    'Bestätigt meine Meinung.',
    'La crisis sigue.',
  ])('%s -> no report', (text) => {
    expect(labelsOf(text)).not.toContain('bug');
  });
});
