import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';
import { isReportForm } from '../../../lib/classify/lexicon';

// Game betas, issue trackers and product forums ask testers to report through a form: a bug name, a priority, steps to
// reproduce, what was expected. A filled-in form is a report whatever its title or its description reads as (a joke
// title, a quoted log, a long story). The texts below are written for these tests.
const classifier = createClassifier();

describe('filled-in bug-report forms', () => {
  it.each([
    ['fr', 'Nom du bug : Le coffre fantôme\nPriorité : mineure\nDescription : en ouvrant le coffre de la cuisine, on récupère deux fois la même clé.'],
    ['fr', 'Nom-de-Bug : Vive le vent ! Priorité : Mineur Description : la météo du village annonce de la neige depuis trois jours.'],
    ['en', 'Steps to reproduce:\n1. Open the map\n2. Zoom out twice\nExpected behaviour: the pins stay.\nActual behaviour: every pin moves to the ocean.'],
    ['en', 'Version: 3.2.1\nOS: Android 14\nI tap "sync" and the spinner just keeps going, no sightings come through.'],
    ['de', 'Schritte zum Reproduzieren:\n1. Profil öffnen\n2. Bild hochladen\nErwartetes Verhalten: das neue Bild erscheint.'],
    ['es', 'Pasos para reproducir:\n1. Abrir la galería\n2. Elegir una foto\nResultado esperado: la foto se sube.'],
    ['pt', 'Passos para reproduzir:\n1. Abrir o mapa\nComportamento esperado: os pontos aparecem.'],
    ['it', 'Passi per riprodurre:\n1. Apri il profilo\nComportamento atteso: la foto si aggiorna.'],
    ['zh', '复现步骤：\n1. 打开设置\n2. 切换语言\n预期结果：界面变成中文'],
    ['ja', '再現手順:\n1. 設定を開く\n2. 言語を変更する\n期待される動作: 表示が日本語になる'],
    ['ru', 'Шаги воспроизведения:\n1. Открыть карту\nОжидаемый результат: метки на месте.'],
  ])('%s: %s -> a report first', (_lang, text) => {
    expect(isReportForm(text.toLowerCase()), text).toBe(true);
    const { labels, scores, cues } = classifier.classify(text);
    expect(labels[0], text).toBe('bug');
    expect(scores.bug).toBeGreaterThanOrEqual(0.5);
    // The dashboard shows why: a sentence of the form.
    expect(cues.bug, text).toBeTruthy();
  });

  it('is not read into configuration snippets, requests for steps, or a form that reports a fix', () => {
    const notForms = [
      // A configuration file quoted in an answer: its keys are not form fields.
      'This works for me:\n\napiVersion: v1\nkind: Cluster\nmetadata:\n  name: sample\nspec:\n  version: 7.1.26\n  description: main',
      'Here is my automation:\n```\nalias: Lights at dusk\ndescription: ""\nplatform: sun\n```\nHope it helps.',
      // Asking for the steps is not giving them.
      'Could you add steps to reproduce and the expected behaviour to the issue?',
      // One field alone is a detail of a conversation, not a form.
      'Version: 2.0 fixed the sync for me, thanks!',
    ];
    for (const text of notForms) {
      expect(isReportForm(text.toLowerCase()), text).toBe(false);
      expect(classifier.classify(text).labels[0], text).not.toBe('bug');
    }
    // The form, filled in to say the fault is gone, reports nothing.
    const fixed = "Nom du bug : Le coffre fantôme\nPriorité : mineure\nDescription : c'est corrigé depuis le patch de ce matin.";
    expect(classifier.classify(fixed).labels[0]).not.toBe('bug');
  });

  it('is not a report when the site posts the empty form as instructions', () => {
    const instructions = 'Pour signaler un bug, copiez ce modèle :\nNom du bug : (un titre court)\nPriorité : (mineure, majeure)\nDescription : (deux lignes)';
    expect(classifier.classify(instructions, undefined, { staff: true, answerer: true }).labels[0]).not.toBe('bug');
  });
});

describe('French report phrasing of a game forum', () => {
  it.each([
    'Idem pour moi, testé sur Firefox et Chrome, même résultat.',
    "Tu n'es pas le seul, il m'arrive la même chose.",
    "L'écran des personnages est vide, impossible de commencer une partie.",
    'Je suis donc bloqué !',
    'Les menottes sont simplement inutilisables.',
    "Ce que j'écris dans le chat disparaît si je clique ailleurs.",
  ])('%s -> a report', (text) => {
    expect(classifier.classify(text).labels).toContain('bug');
  });

  it.each([
    'Idem pour moi, vivement la suite !',
    'Moi aussi, je trouve ce jeu génial.',
    "Je suis bloqué au niveau 3, quelqu'un a une astuce pour passer le boss ?",
  ])('%s -> no report first', (text) => {
    expect(classifier.classify(text).labels[0]).not.toBe('bug');
  });
});

/** Comments that must carry a report label, and look-alikes that must not. */
function reportsAndLookAlikes(title: string, reports: string[], lookAlikes: string[]): void {
  describe(title, () => {
    it.each(reports)('%s -> a report', (text) => {
      expect(classifier.classify(text).labels).toContain('bug');
    });
    it.each(lookAlikes)('%s -> no report', (text) => {
      expect(classifier.classify(text).labels).not.toContain('bug');
    });
  });
}

reportsAndLookAlikes('follow-ups of an issue that second or confirm it', [
  'Just wanted to say I have a similar issue on my tablet :)',
  'Not sure this helps, but I just wanted to add that I have the same.',
  'Restarted the router twice, but no result.',
  'Подтверждаю, обновление не решило проблему.',
  'Зря закрыли, проблема не устранена.',
  'Переустановка не помогла.',
  'Bonjour, problème identique pour moi ☹️',
  "J'ai ce problème depuis deux jours et ça ne remarche pas.",
  "Sur la 6.6.1, toujours d'actualité.",
  'Ich hab das auch seit heute.',
  'Dies trat auch beim Update von anderen Adaptern auf.',
  'Me pasó lo mismo después de actualizar.',
  'Aconteceu aqui também.',
  'Aqui parou faz uma hora.',
], [
  'Just restart the app and it works again.',
  'I have the same phone and it works fine.',
  'Этот редактор хорош, но проблему вёрстки он не решает.',
  'Ich hatte das auch so gemacht und es klappt.',
  'Depuis la mise à jour, tout remarche.',
]);

reportsAndLookAlikes('a sentence that opens by naming the fault it reports', [
  'Small bug: the counter resets every night.',
  'Petit bug : le compteur se remet à zéro chaque nuit.',
  'Ein kleiner Bug: der Zähler springt jede Nacht auf null.',
  'Pequeño bug: el contador se reinicia cada noche.',
  'Piccolo bug: il contatore si azzera ogni notte.',
  'Bug sur la carte : les marqueurs disparaissent au zoom.',
], [
  'Bug fixes: the counter no longer resets and the map loads faster.',
  'Bugfix-Release: die Karte lädt jetzt schneller.',
]);

reportsAndLookAlikes('Chinese issue comments that report what the writer cannot get done', [
  '升级以后进不了后台，一直提示网关错误。',
  '这个视频解析不出来，换了浏览器也一样。',
  '图片传不上去，点了没有反应。',
  '俺也一样，更新后就这样了。',
  '打开软件就退回桌面了。',
  '导入以后引用列为空。',
  '在我的电脑上可以稳定复现。',
  '换了新版本，问题依旧。',
], [
  '如果失效的话，重启一下就好。',
  '我错了，是我自己配置的问题，现在好了。',
  '看看有没有其他人也遇到这个问题。',
]);

reportsAndLookAlikes('Japanese and Italian follow-ups that report', [
  '20日から機能していません。',
  'アップデートしてから同期が機能しなくなりました。',
  'キャッシュを消してみましたが、変わらずでした。',
  '再インストールしましたが、問題は解決していませんでした。',
  'Successo anche a me, ieri ha smesso improvvisamente di funzionare.',
], [
  'ここでコマンドを直接実行してはダメです。',
  '問題が発生した場合は、ログを添付してください。',
  '接続できなくても心配いりません。',
]);

reportsAndLookAlikes('Russian follow-ups that second a report', [
  'Подтверждаю, пришлось откатиться на 2.6.5.',
  'У меня такая же хрень, откачусь на предыдущую версию.',
  'После переустановки ничего не поменялось.',
  'Аналогичная проблема на Android 12.',
], [
  'Присоединяюсь к поздравлениям, тебя тоже!',
  'Подтверждаю, отличная статья!',
]);

reportsAndLookAlikes('issue-thread follow-ups in German, Spanish, Portuguese, Italian, French and Korean', [
  'Problem kann ich bestätigen, seit dem Update.',
  'Reverting hilft nicht.',
  'Das hat auch nicht funktioniert.',
  'Der Ladebalken bleibt einfach stehen.',
  'Sigue sin dejarme hacer login.',
  'Probé en modo incógnito y se repite el error.',
  'O meu também tá assim.',
  'Não estou conseguindo conectar desde ontem.',
  'Ho svuotato la cache, ma nulla.',
  "Après la mise à jour, j'ai un message \"Token invalide\".",
  '저도 비슷한 문제가 있습니다.',
], [
  'Das hilft nicht nur Anfängern, sondern allen.',
  'No me deja de sorprender lo rápido que es.',
  'Ma niente paura, è facile.',
]);

reportsAndLookAlikes('a me-too that names where it happens too', [
  'Pareil sur iOS',
  'Idem sous Android 14.',
  'То же самое - обновляется теперь только вручную.',
  'Mismo issue por aqui, con Mac M1.',
  '此bug 依旧存在。',
  '我也有类似的问题，设备会显示离线。',
], [
  'Pareil, je trouve ce thème superbe !',
  'Same here, I love the new design.',
]);

reportsAndLookAlikes('more issue follow-ups in Japanese, Chinese, German and Italian', [
  'アップデート後、テレビが映らない。',
  'Closedになっていますが、また起きています。',
  '我的问题类似，下载的文件一直有损坏。',
  'Ich habe das gleiche mit dem Datenpunkt power.',
  'Stessa cosa, non riesco ad accedere.',
  'Il problema si ripresenta, identico.',
], [
  'Ich habe das gleiche gedacht, gute Idee.',
  'Stessa cosa per me: ottimo lavoro!',
]);
