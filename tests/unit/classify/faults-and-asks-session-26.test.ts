// Reports the rules missed and questions they saw where there were none, on the development sets of session 26:
// Chinese issue threads, Portuguese and Spanish help forums, Czech Firefox talk, Japanese Slack answers. Written for
// these tests (not copied from the sets).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const rulesOnly = createClassifier({ commentModel: null });

describe('a malfunction told without the usual fault words', () => {
  it.each([
    ['zh', '改完配置以后列表还是没有显示出来。'],
    ['zh', '打开详情页只显示空白。'],
    ['zh', '透明的图标在安卓上显示成黑色。'],
    ['zh', '打包成功了，但是无法启动。'],
    ['zh', '同一段代码在两个平台上运行结果不一样。'],
    ['pt', 'A consulta não retorna nenhuma informação.'],
    ['pt', 'Ainda não está enviando as notificações.'],
    ['pt', 'Ao salvar, os campos perdem o valor.'],
    ['pt', 'O formulário não persiste a alteração.'],
    ['es', 'Al abrir el juego se queda tildado en la pantalla de inicio.'],
    ['es', 'Al compilar me da el siguiente error: undefined reference.'],
    ['cs', 'Po aktualizaci prohlížeč stále padá.'],
    ['cs', 'Zkusil jsem nový profil, ale nic nepomohlo.'],
    ['cs', 'Chybka v nadpisu, má tam být verze 3.5.'],
    ['en', 'If the cache folder is missing, the daemon exits with error: no such file.'],
    ['en', 'Saving the second form throws an exception.'],
    ['en', 'When I open the settings it triggers an exception.'],
    ['en', 'I can confirm this behaviour on my machine as well.'],
    ['fr', 'Depuis hier, la page des résultats est inaccessible.'],
    ['fr', "Il y a des soucis d'encodage sur les accents du titre."],
    ['fr', "Au démarrage j'ai une fenêtre vide."],
    ['de', 'Seit dem Update geht gar nichts mehr.'],
    ['de', 'Der Dienst ist plötzlich stehen geblieben.'],
    ['de', 'Seit gestern komme ich nicht mehr in mein Konto rein.'],
  ])('%s: %s reads as a report, by the rules alone too', (lang, text) => {
    expect(rulesOnly.classify(text, lang).labels).toContain('bug');
    expect(classifier.classify(text, lang).labels).toContain('bug');
  });

  it('leaves statements that something works, or that nothing came back wrong, alone', () => {
    for (const [lang, text] of [['zh', '显示效果很好，谢谢分享。'], ['pt', 'Não retorna nenhum problema, funciona bem.'], ['cs', 'Stále používám starou verzi, funguje skvěle.'], ['en', 'There is an exception to every rule.'], ['de', 'Da geht nichts mehr rein, der Koffer ist voll.']]) {
      expect(classifier.classify(text, lang).labels, text).not.toContain('bug');
    }
  });
});

describe('questions that ask nothing', () => {
  it.each([
    ['zh', '你在同一个目录下重新构建一下，看看能不能成功。'],
    ['zh', '你先确认一下两个实例的上下文是否是同一个。'],
    ['ja', '出力せずに return しているのが原因なのではないでしょうか。'],
    ['ja', 'テストだと標準入力が空かも？'],
  ])('%s: %s tells the reader what to check or offers a guess: no question', (lang, text) => {
    expect(rulesOnly.classify(text, lang).labels).not.toContain('question');
  });

  it.each([
    ['zh', '请问能不能导出成表格？'],
    ['zh', '这个应用是否支持离线使用'],
    ['ja', 'この設定はどこで変更できますか？'],
  ])('%s: %s still asks', (lang, text) => {
    expect(rulesOnly.classify(text, lang).labels).toContain('question');
  });
});

describe('praise in Chinese blog comments', () => {
  it.each(['看完受益颇多。', '非常好的分享，谢谢楼主的整理', '这篇写得真好', '此处应有掌声', '[good]', '[赞][赞]', '毕业快乐！'])('%s reads as thanks', (text) => {
    expect(rulesOnly.classify(text, 'zh').labels[0]).toBe('thanks');
  });

  it('leaves a report that follows the emoticon a report', () => {
    expect(rulesOnly.classify('[good] 但是第三个例子运行报错了', 'zh').labels).toContain('bug');
  });
});
