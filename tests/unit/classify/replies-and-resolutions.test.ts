// Short replies on issue trackers and forums: me-toos with a greeting, "not the only one", things
// not recognised or not saved, in several languages; and replies that talk about a fault without reporting one: a
// fix in a version, a fix promised, the cause found by the writer, a request for logs. Written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('short replies that second or report a fault', () => {
  it.each([
    ['Hello all, me the same :('],
    ['Hi everyone, same here.'],
    ['The same for italian.'],
    ['Confirmed, by the way.'],
    ['También me ocurre a mí'],
    ['Lo mismo me pasa desde ayer'],
    ["Glad to see I'm not the only one with this."],
    ['The same happened to me with version 4.1.'],
    ['Backup was not restored, the server is still in a broken state.'],
    ['The new contact does not get added to the list.'],
    ['Nothing is loading at all.'],
    ['The device is not recognized anymore.'],
    ["It doesn't respect my zoom setting."],
    ['Same here on W11'],
    ['Same here Version 101.0 (64 bits)'],
    ['Also Chrome & Mac'],
    ['I am also noticing this.'],
    ['I have been experiencing it for the past three weeks.'],
    ['It happens to me, too.'],
    ['This happened to me today, too.'],
    ['This started happening to me recently even with an older build.'],
    ['Still happening here, and for quite a while.'],
    ['yeah broken again'],
    ['Similar here - Pixel 6 with Android 13.'],
    ["Can't seem to get this to work!"],
    ['All sensors show as unavailable after the restart.'],
  ])('%s', (text) => {
    expect(labelsOf(text)).toContain('bug');
  });

  it.each([
    ['de', 'Der Stick wird nicht erkannt.'],
    ['de', 'Die Sensoren werden nicht mehr erkannt.'],
    ['de', 'Nur der Kanal ARTE macht Schwierigkeiten.'],
    ['de', 'Der Import macht seit gestern Probleme.'],
    ['fr', 'Plus rien depuis deux jours.'],
    ['fr', "La clé n'est pas reconnue."],
    ['it', 'Il mio non riesce a collegarsi al wifi.'],
    ['es', 'No me reconoce el dispositivo.'],
    ['cs', 'Aplikace nefunguje od včerejška.'],
    ['cs', 'Tlačítko nejde stisknout.'],
    ['fr', 'meme probleme mais la solution de Paul fonctionne.'],
    ['es', 'mismo aquí'],
    ['es', 'A mi tambien'],
    ['es', 'En nuestra guild seguimos con el error cada vez que vendemos.'],
    ['de', 'Danke - selbes problem hier....'],
    ['de', 'Doch es hat sich leider nichts geändert.'],
    ['de', 'Die Zyklen werden nicht gelesen.'],
    ['de', 'Ich bekomme wieder Daten aber falsche Werte.'],
    ['nl', 'Is nog niet over.'],
    ['nl', 'Na de herstart staan alle sensoren op niet beschikbaar.'],
    ['zh', '重新导入也不行'],
    ['zh', '设置了但是没有效果'],
    ['ja', '修正したのに変わっていません'],
  ])('%s: %s', (_lang, text) => {
    expect(labelsOf(text)).toContain('bug');
  });
});

describe('replies that speak of a fault without reporting one', () => {
  it.each([
    ['Duplicate of #512. Update to 3.2.1 to fix the issue.'],
    ['Thanks for the report. Version 2.0.3 fixes this issue.'],
    ["That's definitely a bug on my side, I'll fix it soon."],
    ['Be sure to upload crash reports to pastebin and post the link here.'],
    ['Check the logs for errors and report back.'],
    ['Please provide a minimal reproducible example. Without one this issue cannot be progressed.'],
    ['I found the error, something was configured wrong after all.'],
    ['Fixed. I was pointing at the wrong IP address.'],
    ['I just upgraded to 2.1 and the video plays again. Thanks!'],
    ['Thank you for the quick bug fix. I installed the new version and everything runs correctly now.'],
    ['I rolled back the release because it broke the login, the fixed version is coming today.'],
    ['Your password is not sent to our servers.'],
    ['请提供一下错误日志。'],
    ['Ik heb de fout gevonden, het was een verkeerde instelling.'],
    ['Fehler gefunden, war ein Tippfehler in meiner Konfiguration.'],
    ["J'ai trouvé l'erreur, c'était ma configuration."],
    ['Encontré el error, era mi configuración.'],
    ['Great that you found a way to trigger this. I will try to solve this for next version.'],
    ['Just updated the server. Hope this resolved the issue.'],
    ['No, seems to have corrected itself.'],
    ['This crash has been already corrected in the new version.'],
    ["Set it to sync only when charging, that way it doesn't drain the battery."],
    ['Is this still an issue with the latest version?'],
    ['Does it still happen after the update?'],
    ["Est-ce que le problème est toujours d'actualité ?"],
    ['我刚刚在本地测试了一下，没遇到什么问题。'],
    ['ese error será arreglado para la próxima actualización'],
    ['Die Änderung in Zeile 20 behebt das Problem.'],
    ['Der Fehler wird im nächsten Update behoben.'],
    ['Nunca dejó de funcionar acá.'],
    ['ご指摘部分を正誤表に反映いたしました。'],
    ['The full error message would be really helpful.'],
  ])('%s', (text) => {
    expect(labelsOf(text)).not.toContain('bug');
  });

  it('keeps look-alikes out: wishes, greetings, agreement, negated trouble, politics', () => {
    for (const text of [
      '+1 for dark mode',
      'The same to you!',
      'The same for you, have a great weekend!',
      "I'm glad I'm not the only one who thinks so.",
      'Das macht keine Probleme.',
      'Nothing is impossible.',
      'Hello all, same opinion here.',
      'Same here, I love the new colours.',
      'Also, Chrome is my favourite browser.',
      'The results are still unknown.',
    ]) {
      expect(labelsOf(text), text).not.toContain('bug');
    }
  });
});
