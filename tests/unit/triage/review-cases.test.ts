// Cases a review of the triage found wrong (session 39): who counts as staff on a forum or issue tracker, quotes and
// names that answered the wrong comment, and a staff thank-you that hid an open follow-up.
import { describe, expect, it } from 'vitest';
import { analyseThread } from '../../../lib/triage/analyse';
import { isOpenFollowUp } from '../../../lib/store/status';
import type { Classification, Label, ScrapedComment, ScrapedThread } from '../../../lib/thread';
import type { QueueItem } from '../../../lib/store/types';

function keywordClassify(text: string): Classification {
  const labels: Label[] = [];
  if (/[?？]/.test(text)) labels.push('question');
  if (/\b(error|broken|crash(es|ed)?|fails?)\b/i.test(text)) labels.push('bug');
  if (/\bthank(s| you)\b/i.test(text)) labels.push('thanks');
  if (labels.length === 0) labels.push('other');
  const scores = { thanks: 0, question: 0, bug: 0, other: 0 };
  for (const label of labels) scores[label] = 0.9;
  return { labels, scores, cues: {} };
}

const thread = (platform: string, author = 'opener'): ScrapedThread => ({
  url: 'https://forum.example.org/t/42',
  title: 'Backups fail',
  platform,
  author,
  commentCountClaimed: null,
  warnings: [],
});

let clock = 0;
function comment(partial: Partial<ScrapedComment> & Pick<ScrapedComment, 'id' | 'author' | 'text'>): ScrapedComment {
  clock += 60_000;
  return { publishedAt: new Date(Date.UTC(2026, 0, 1) + clock).toISOString(), permalink: `https://forum.example.org/t/42#${partial.id}`, parentId: null, staff: false, ...partial };
}
const opener = (id: string, text: string) => comment({ id, author: 'opener', text, staff: true, staffReason: 'post-author' });
const mod = (id: string, text: string, extra: Partial<ScrapedComment> = {}) =>
  comment({ id, author: 'mod', text, staff: true, staffReason: 'platform-role', ...extra });
const byId = (comments: ReturnType<typeof analyseThread>) => new Map(comments.map((c) => [c.id, c]));

describe('the opener of a forum topic or an issue is a user, not staff', () => {
  for (const platform of ['github', 'discourse', 'phpbb']) {
    it(`on ${platform}: their question after a maintainer's reply is an open follow-up`, () => {
      const result = byId(analyseThread(thread(platform), [
        opener('o', 'Backups fail with error 17 since 3.2.'),
        mod('m', 'Which version of the app are you on?'),
        opener('o2', 'Version 3.2.1. It still fails every night, any update?'),
      ], keywordClassify));
      expect(result.get('o2')).toMatchObject({ staff: false, followUp: true, reply: { state: 'unanswered', by: null } });
      // The report that opened the topic awaits staff too, and the maintainer's reply below it answered it.
      expect(result.get('o')!.reply).toMatchObject({ state: expect.stringMatching(/answered/) });
      expect(result.get('m')).toMatchObject({ staff: true });
    });
  }

  it('their reply answers no one else', () => {
    const result = byId(analyseThread(thread('discourse'), [
      opener('o', 'Backups fail every night.'),
      comment({ id: 'l', author: 'lucia', text: 'Same here. Did you find a workaround?' }),
      opener('o2', '@lucia no, still waiting for support.'),
    ], keywordClassify));
    expect(result.get('l')!.reply).toEqual({ state: 'unanswered', by: null });
  });

  it('an opener on the staff list answers for the site', () => {
    const result = byId(analyseThread(thread('discourse', 'dev'), [
      comment({ id: 'p', author: 'dev', text: 'Version 3.2 is out.', staff: true, staffReason: 'post-author' }),
      comment({ id: 'q', author: 'user1', text: 'Does it fix the export?' }),
      comment({ id: 'a', author: 'dev', parentId: 'q', text: 'Yes, it does.', staff: true, staffReason: 'post-author' }),
    ], keywordClassify, { staffLogins: ['dev'] }));
    expect(result.get('q')!.reply).toEqual({ state: 'answered', by: 'a' });
    expect(result.get('a')).toMatchObject({ staff: true, staffReason: 'configured' });
  });

  it("on a blog the post's author still answers for the site", () => {
    const result = byId(analyseThread(thread('wordpress', 'writer'), [
      comment({ id: 'q', author: 'reader', text: 'Does it work offline?' }),
      comment({ id: 'a', author: 'writer', parentId: 'q', text: 'Yes, it does.', staff: true, staffReason: 'post-author' }),
    ], keywordClassify));
    expect(result.get('q')!.reply).toEqual({ state: 'answered', by: 'a' });
    expect(result.get('a')).toMatchObject({ staff: true, staffReason: 'post-author' });
  });
});

describe('what answers a question', () => {
  it('a staff comment that quoted the same words before the question was asked does not answer it', () => {
    const result = byId(analyseThread(thread('github'), [
      comment({ id: 'a', author: 'alice', text: 'Any update on this?' }),
      mod('m', 'The fix is in review.', { quotes: ['Any update on this?'] }),
      comment({ id: 'b', author: 'bob', text: 'Any update on this?' }),
    ], keywordClassify));
    expect(result.get('a')!.reply).toEqual({ state: 'answered', by: 'm' });
    expect(result.get('b')).toMatchObject({ followUp: true, reply: { state: 'unanswered', by: null } });
  });

  it('"@lucia.b" names lucia.b, not lucia', () => {
    const result = byId(analyseThread(thread('discourse', 'mod'), [
      comment({ id: 'l', author: 'lucia', text: 'Why does login fail with error 403?' }),
      comment({ id: 'lb', author: 'lucia.b', text: 'Are attachments included in the export?' }),
      mod('m', '@lucia.b yes, attachments are included.'),
    ], keywordClassify));
    expect(result.get('lb')!.reply).toEqual({ state: 'answered', by: 'm' });
    expect(result.get('l')!.reply).toEqual({ state: 'unanswered', by: null });
  });

  it('a login that is a plain word is named only where it reads as a name', () => {
    const asked = (staffText: string) =>
      byId(analyseThread(thread('discourse', 'mod'), [
        comment({ id: 'w', author: 'will', text: 'Does the export include attachments?' }),
        mod('m', staffText),
      ], keywordClassify)).get('w')!.reply!.state;
    // Not named: a later staff comment of the same thread only possibly answers it.
    expect(asked('We will look at the export next week.')).toBe('possibly-answered');
    expect(asked('Will, yes: attachments are in the export.')).toBe('answered');
    expect(asked('will: yes, attachments are in the export.')).toBe('answered');
  });

  it('a Japanese name followed by an honorific names its writer', () => {
    const result = byId(analyseThread(thread('discourse', 'mod'), [
      comment({ id: 't', author: 'tanaka', authorName: '田中', text: '添付ファイルもエクスポートされますか？' }),
      comment({ id: 'k', author: 'kenji', text: 'エクスポートはどこですか？' }),
      mod('m', '田中さん、はい、含まれます。'),
    ], keywordClassify));
    expect(result.get('t')!.reply).toEqual({ state: 'answered', by: 'm' });
  });

  it("a staff thank-you to someone else does not hide an open follow-up in a flat thread", () => {
    const result = byId(analyseThread(thread('discourse', 'mod'), [
      comment({ id: 'q1', author: 'lucia', text: 'Can I schedule backups weekly?' }),
      mod('m1', '@lucia yes, under Schedule.'),
      comment({ id: 'q2', author: 'lucia', text: 'I cannot find Schedule in the menu, where exactly is it?' }),
      comment({ id: 'k', author: 'kenji', text: 'Great release.' }),
      mod('m2', 'Thanks Kenji, glad you like it!'),
    ], keywordClassify));
    expect(result.get('q2')).toMatchObject({ followUp: true, reply: { state: 'unanswered', by: null } });
  });
});

describe('the follow-ups staff see', () => {
  it('a follow-up staff relabelled as thanks leaves the Follow-ups view and the badge', () => {
    // The moderator's comment is not the topic's opening post (someone else opened it), so it counts as a staff reply.
    const [analysed] = analyseThread(thread('discourse', 'opener'), [
      mod('m', 'Version 3.2 is out.'),
      comment({ id: 'q', author: 'lucia', text: 'Wow, is that the one with dark mode?' }),
    ], keywordClassify).slice(1);
    const item = (labels: Label[]): QueueItem => ({
      comment: { ...analysed, key: 'k', threadUrl: 'u', site: 'forum.example.org', firstSeenAt: '', lastSeenAt: '', goneSince: null, history: [] },
      triage: { key: 'k', threadUrl: 'u', status: 'open', snoozeUntil: null, note: '', updatedAt: '' },
      labels,
    } as unknown as QueueItem);
    expect(isOpenFollowUp(item(analysed.labels))).toBe(true);
    expect(isOpenFollowUp(item(['thanks']))).toBe(false);
  });
});
