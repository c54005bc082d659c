// How Czech, Slovak and Polish readers ask, mostly without a "?" ("Me by zajímalo, jak ...", "Nevíte někdo, ...",
// "poraďte pls", "Mam pytanie"), a few more such asks in Spanish, Portuguese and French, and a Japanese ask that the
// retort "仕事ですが、何か？" had hidden. With their look-alikes. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string, lang: string) => classifier.classify(text, lang).labels;

describe('a question asked the way these readers ask', () => {
  it.each([
    ['cs', 'Me by zajímalo, jak mít dvě lišty záložek.'],
    ['cs', 'Jen by mě zajímalo, proč firma nepoužívá hibernate.'],
    ['cs', 'Chtěl bych se zeptat, kde je problém, internet normálně funguje.'],
    ['cs', 'Nevíte někdo, jak se takové rozšíření aktualizuje.'],
    ['cs', 'potřebuji poradit, po aktualizaci se nepřipojím k internetu'],
    ['cs', 'nenašel jsem balíček s češtinou, poraďte pls'],
    ['cs', 'Prosím o radu, kde se nastavuje vzhled.'],
    ['sk', 'Zaujímalo by ma, či to pôjde aj na starších počítačoch.'],
    ['pl', 'Czy ktoś wie, jak założyć konto na tym serwerze.'],
    ['pl', 'Nie wiem, jak to skonfigurować, proszę was o pomoc.'],
    ['es', 'Hola, necesitaría saber cómo se especifican las propiedades del algoritmo.'],
    ['es', 'Hola, cómo o dónde descargo el paquete para Windows.'],
    ['pt', 'Gostei desse livro, você sabe onde posso comprar.'],
    ['pt', 'Meu celular desconecta sempre, o que eu faço.'],
    ['fr', "J'ai le même problème, as-tu réussi à le résoudre"],
    ['ja', 'グラフ簡約について勉強したいのですが、何かいい文献はありますか？'],
  ])('%s: %s asks', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('question');
  });
});

describe('look-alikes of those asks', () => {
  it.each([
    // "You don't know what work is", "if you don't know how, read the manual", "you'll manage": no question; nor is
    // "what I do at work", "I love what I do", "you know how it is", a relative clause, a tutorial's "how I install".
    ['cs', 'Vy nevíte, co je to práce.'],
    ['cs', 'Když nevíte, jak na to, přečtěte si manuál.'],
    ['cs', 'Určitě si s tím poradíte.'],
    ['pt', 'O que eu faço no trabalho é programar sistemas de folha de pagamento.'],
    ['pt', 'Eu amo o que eu faço.'],
    ['pt', 'Você sabe como é.'],
    ['pt', 'A loja onde compro é perto de casa.'],
    ['es', 'En el vídeo enseño cómo instalo Arch.'],
    ['es', 'Nadie necesitaría saber SQL para esto.'],
    // The fish "ほっけ", not the recall question; "finally understood what to do".
    ['ja', '今日の夕飯はほっけ。'],
    ['ja', 'どうしたらいいか、やっと分かりました'],
    // "because the towel...", "I don't want to know", "I asked and it's solved", "isn't there", a kiss.
    ['zh', '因为毛巾湿了'],
    ['zh', '我不想知道'],
    ['zh', '请教了一下，已经解决了'],
    ['zh', '没有嘛'],
    ['zh', '么么[爱你]'],
    // The retort asks nothing.
    ['ja', '仕事ですが、何か？'],
  ])('%s: %s does not ask', (lang, text) => {
    expect(labelsOf(text, lang)).not.toContain('question');
  });
});

// Chinese asks and reports in the words readers type (session 33), and the staff line that only looks like one.
describe('Chinese asks and reports without the usual cue', () => {
  it.each(['可以转载吗[嘻嘻]', '哪儿有demo可以看看', '拼团订阅的有嘛', '我加了这个方法还是不对，求指导', '为啥函数返回一个不实现error接口的error'])('%s asks', (text) => {
    expect(labelsOf(text, 'zh')).toContain('question');
  });

  it.each(['rss订阅的链接好像有问题', '下载xls rar文件好像不行', 'java不能自动获取服务器ip', '加了上下拉刷新控件以后，scroller没有作用', '更新后小米4 还有这个问题'])('%s reports', (text) => {
    expect(labelsOf(text, 'zh')).toContain('bug');
  });

  it.each([
    // "If you still have this problem, upgrade", "you cannot run two instances" (advice), "written so, it won't go wrong".
    '如果你还有这个问题，请升级到最新版本',
    '你不能运行两个实例，否则会冲突',
    '这样写就不会出错了',
  ])('%s is no report', (text) => {
    expect(labelsOf(text, 'zh')).not.toContain('bug');
  });
});

// Japanese asks: the recall question "...っけ", a full-width period after "でしょうか", help asked for (session 33).
describe('Japanese asks without a question mark', () => {
  it.each(['XWaylandでもこの手法使えるんですっけ', 'ある程度は仕方ないのでしょうか．', '方法がわかりません。誰か助けてください。'])('%s asks', (text) => {
    expect(labelsOf(text, 'ja')).toContain('question');
  });
});
