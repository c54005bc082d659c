import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

// Follow-ups that arrive after a report: the fault met again, met too, or not fixed yet. Written without the
// usual bug words, in many languages; each must reach the queue as a bug report.
const classifier = createClassifier();

describe('follow-up reports without bug words', () => {
  it.each([
    ['en', 'Still occurs in version 3.2 as well.'],
    ['en', 'Again the issue is happening after the restart.'],
    ['en', 'Unable to sync since this morning.'],
    ['de', 'Hab das auch.'],
    ['fr', 'Rien ne se passe quand je clique sur envoyer.'],
    ['ru', 'Та же проблема, приложение вылетает при запуске.'],
    ['ru', 'Не работает экспорт в CSV.'],
    ['ko', '업데이트 후에도 해결되지 않았습니다.'],
    ['ja', '昨日の更新でも修正されていませんでした。'],
    ['zh', '我也碰到了，一打开就卡死'],
  ])('%s: %s', (lang, text) => {
    expect(classifier.classify(text, lang).labels).toContain('bug');
  });

  it.each([
    ['de', 'Hab das auch gelesen, super Artikel!'],
    ['en', 'I was unable to attend the talk, will there be a recording?'],
    ['ko', '대소문자를 구분하여 로그인 시도 부탁드립니다.'],
    ['en', 'It never worked out between us and that framework, so we moved on. Great write-up!'],
  ])('not a report: %s: %s', (lang, text) => {
    expect(classifier.classify(text, lang).labels).not.toContain('bug');
  });
});
