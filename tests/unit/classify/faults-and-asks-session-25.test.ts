// Reports and questions the rules missed on the development sets of session 25, in the words their writers used:
// Chinese issue threads and blogs, Japanese Slack help, Czech and Slovak Firefox talk, Russian and Italian blogs, a
// Brazilian mailing list. Written for these tests (not copied from the sets).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const rulesOnly = createClassifier({ commentModel: null });

describe('a malfunction told without the usual fault words', () => {
  it.each([
    ['zh', '横向列表的内容显示不全，右边被截掉了。'],
    ['zh', '在真机上运行就报空指针，模拟器没问题。'],
    ['zh', '给按钮加了阴影，安卓上没有任何效果。'],
    ['zh', '刷新以后还是没有显示新的评论。'],
    ['zh', '弹窗里的输入框获得不了焦点。'],
    ['zh', '升级插件以后项目编译通不过了。'],
    ['zh', '文末的参考链接已经坏掉了。'],
    ['zh', '连续点击有概率出现白屏。'],
    ['zh', '我也报这个错了，一模一样。'],
    ['ja', 'アップデートしたらビルドが通らなくなりました。'],
    ['ja', 'ヘッドホンを挿しても音が出ないです。'],
    ['ja', '外付けディスクがマウントできません。'],
    ['cs', 'Po aktualizaci mi Thunderbird padal při každém spuštění.'],
    ['cs', 'Zkoušel jsem to znovu, ale mi to pořád nejede.'],
    ['sk', 'Doplnok sa nedá nainštalovať do novej verzie.'],
    ['ru', 'Битая ссылка на архив с примерами.'],
    ['ru', 'Опечатка во втором абзаце: «показл».'],
    ['it', 'Neanche a me funziona il tema nuovo.'],
    ['it', 'Nessun plugin funziona dopo il riavvio.'],
  ])('%s: %s reads as a report, by the rules alone too', (_lang, text) => {
    expect(rulesOnly.classify(text).labels).toContain('bug');
    expect(classifier.classify(text).labels).toContain('bug');
  });

  it('does not read a plain error-free statement as a report', () => {
    for (const text of ['这样写没有任何问题，放心用吧。', 'Zítra to zkusím nainstalovat.', 'Il tema funziona benissimo, grazie!']) {
      expect(classifier.classify(text).labels, text).not.toContain('bug');
    }
  });
});

describe('a question followed by Portuguese "No ..." (in the), not an answer "No."', () => {
  it('keeps the question the writer asks the list', () => {
    const text =
      'Oi. Alguém está recebendo as minhas mensagens para a lista? No arquivo da lista elas aparecem. Antes eu recebia uma confirmação a cada envio. Agora não recebo mais nada.';
    expect(rulesOnly.classify(text, 'pt').labels).toContain('question');
  });

  it('still reads a question its writer answers with "No." or "No, ..." as answered', () => {
    for (const text of ['Does it work offline? No. You need a connection the whole time.', '¿Sirve para algo? No, para nada.']) {
      expect(rulesOnly.classify(text).labels, text).not.toContain('question');
    }
  });
});

describe('thanks and praise in languages the models hardly learnt from', () => {
  it.each([
    ['ko', '좋은 사진 잘 보고 갑니다~'],
    ['ko', '오늘도 수고하셨습니다!'],
    ['ko', '사진 너무 예뻐요'],
    ['vi', 'cam on chi nhieu nhe'],
    ['vi', 'Bài viết hay quá!'],
    ['vi', 'Chúc mừng em nhé!'],
    ['ca', 'Felicitats per la feina!'],
    ['ca', 'Molt bon article, Carles.'],
    ['da', 'Tillykke med den nye blog!'],
    ['da', 'Fedt indlæg, Jacob.'],
  ])('%s: %s reads as thanks', (lang, text) => {
    expect(rulesOnly.classify(text, lang).labels[0]).toBe('thanks');
    expect(classifier.classify(text, lang).labels).toContain('thanks');
  });

  it('does not take look-alikes in other languages for thanks', () => {
    expect(classifier.classify('There is a cam on the dashboard that records everything.', 'en').labels).not.toContain('thanks');
    expect(classifier.classify('No hay quórum para votar hoy.', 'es').labels).not.toContain('thanks');
  });
});
