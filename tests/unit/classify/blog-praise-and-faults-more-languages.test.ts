// Short praise and plain fault reports from blog and forum threads in ru, zh, fr, it, es, pl, de, pt, ja, cs, sk, and their
// look-alikes: sarcasm, a feature question, a lasting fault, a dislike. Sentences written for these tests after
// reading the misses of the development sets of sessions 22 and 23 (data/labels).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('short praise of the post', () => {
  it.each([
    ['ru', 'Суперский обзор, спасибо!'],
    ['ru', 'Клёво...'],
    ['ru', 'Очень интересно написано.'],
    ['zh', '说得真好！'],
    ['zh', '相当精辟的总结'],
    ['zh', '学到了，收藏'],
    ['zh', '读完获益匪浅。'],
    ['fr', 'Excéééééllent !'],
    ['fr', 'Ma-gni-fi-que !!'],
    ['it', 'Articolo geniale. Grande!'],
    ['es', 'Nivelazo de entrada, seguid así!'],
    ['es', 'Chulísimas las fotos.'],
    ['pl', 'A mnie się bardzo podoba.'],
    ['de', 'Gratulation zum Jubiläum!'],
    ['pt', 'Boa analogia!'],
  ])('%s: %s leads with thanks', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('thanks');
  });
});

describe('look-alikes of that praise', () => {
  it.each([
    ['zh', '说得好听，其实根本没用。'],
    ['zh', '这个软件支持你的设备吗？'],
    ['es', 'El error sigue así desde ayer.'],
    ['pl', 'Nie podoba mi się ten szablon.'],
  ])('%s: %s carries no thanks', (_lang, text) => {
    expect(labelsOf(text)).not.toContain('thanks');
  });
});

describe('a fault reported without the usual fault words', () => {
  it.each([
    ['pt', 'Chamei o serviço mas a mesma não retorna os dados.'],
    ['pt', 'A variável json retorna undefined.'],
    ['pt', 'Ao abrir o anexo aparecem somente páginas em branco.'],
    ['pt', 'Atualizei os valores, porém o erro persistiu.'],
    ['pl', 'Obraz z dźwiękiem nie jest zsynchronizowany.'],
    ['pl', 'Miał być obrazek, ale go nie widać.'],
    ['ru', 'Ссылка в конце статьи ведет не туда.'],
    ['ru', 'В примерах дефисы потерялись.'],
    ['ja', '設定を変えましたが、解決されません。'],
  ])('%s: %s carries a report', (_lang, text) => {
    expect(labelsOf(text)).toContain('bug');
  });

  it.each([
    ['pt', 'O endpoint retorna os dados em JSON, basta ler o campo items.'],
    ['pl', 'Nie widać końca tej dyskusji.'],
    ['ru', 'Мы потерялись в лесу, но было весело.'],
  ])('%s: %s is no report', (_lang, text) => {
    expect(labelsOf(text)).not.toContain('bug');
  });
});

describe('short praise and thanks in Czech and Slovak, with or without diacritics', () => {
  it.each([
    ['cs', 'Fakt pěkný nápad!'],
    ['cs', 'Pekne logo :-)'],
    ['cs', 'Parada, presne tohle jsem hledal.'],
    ['cs', 'Smekám!'],
    ['sk', 'Sikovne :)'],
    ['cs', 'dik moc'],
  ])('%s: %s leads with thanks', (lang, text) => {
    expect(classifier.classify(text, lang).labels[0]).toBe('thanks');
  });

  it.each([
    ['cs', 'To je pěkně blbě udělané.'],
    ['cs', 'Nelíbí se mi to.'],
    ['nl', 'Die plank is te dik.'],
  ])('%s: %s does not', (lang, text) => {
    expect(classifier.classify(text, lang).labels).not.toContain('thanks');
  });
});

describe('short Chinese praise of a post, a photo or a fix', () => {
  it.each(['修得不错嘛！', '质感不错', '这张拍得确实很好', '路过~~很好！！', '前辈说的很好', '挺你！', '很适合新手的例子', '我喜歡 妳這些文字'])('%s leads with thanks', (text) => {
    expect(classifier.classify(text, 'zh').labels[0]).toBe('thanks');
  });

  it.each(['我不喜欢这篇文章', '这个问题不错，我也想知道怎么做', '说得好听，其实没用'])('%s does not', (text) => {
    expect(classifier.classify(text, 'zh').labels[0]).not.toBe('thanks');
  });
});

describe('errata pointed at a spot of the post, in Chinese and Japanese', () => {
  it.each([
    ['zh', 'mkfs 那一步这里是 loop2016 吧'],
    ['zh', '第三行 之间少了一个空格吧'],
    ['zh', '其中的 5_000 应该是 5000'],
    ['ja', 'P120の図でoffice_idとありますが、正しくはorder_idです。'],
    ['ja', 'リンク先のURLが間違っていますよ'],
  ])('%s: %s reports', (lang, text) => {
    expect(classifier.classify(text, lang).labels).toContain('bug');
  });

  it.each(['这里是北京吧？', '我觉得这里应该是最好的餐厅', '上面的说法应该是对的'])('%s does not', (text) => {
    expect(classifier.classify(text, 'zh').labels).not.toContain('bug');
  });
});

describe('faults told in help threads in pt, fr, ja', () => {
  it.each([
    ['pt', 'Tenho um processo onde não envio os e-mails notificando o andamento da solicitação.'],
    ['pt', 'Já atualizei duas vezes e aqui o problema persiste.'],
    ['fr', 'Le serveur du jeu est down depuis ce matin.'],
    ['fr', "J'ai appliqué la manip mais ça change rien."],
    ['ja', 'VSCodeの拡張機能を正常に動かすことができません。'],
  ])('%s: %s reports', (lang, text) => {
    expect(classifier.classify(text, lang).labels).toContain('bug');
  });

  it.each([
    ['fr', 'La voiture est en panne, alors on a pris le train.'],
    ['fr', 'Ça ne change rien pour moi, je préfère le thé.'],
  ])('%s: %s does not', (lang, text) => {
    expect(classifier.classify(text, lang).labels).not.toContain('bug');
  });
});

describe('faults told in German and Spanish help lists', () => {
  it.each([
    ['de', 'Beim ersten Start gibt es ein Problem beim Anlegen der Datenbank.'],
    ['de', 'Die Lehrgänge können nicht aktiviert werden.'],
    ['es', 'En el PDF no me aparece ningún acento.'],
  ])('%s: %s reports', (lang, text) => {
    expect(classifier.classify(text, lang).labels).toContain('bug');
  });

  it('leaves a problem of politics alone', () => {
    expect(classifier.classify('Es gibt ein Problem mit der Politik in diesem Land.', 'de').labels).not.toContain('bug');
  });
});
