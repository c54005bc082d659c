import { describe, expect, it } from 'vitest';
import { analyseThread } from '../../../lib/triage/analyse';
import type { Classification, Label, ScrapedComment, ScrapedThread } from '../../../lib/thread';

// A small rule classifier standing in for lib/classify: triage only needs labels.
function keywordClassify(text: string): Classification {
  const labels: Label[] = [];
  if (/\?/.test(text)) labels.push('question');
  if (/\b(error|broken|crash(es|ed)?|fails?|500)\b/i.test(text)) labels.push('bug');
  if (/\bthank(s| you)\b/i.test(text)) labels.push('thanks');
  if (labels.length === 0) labels.push('other');
  const scores = { thanks: 0, question: 0, bug: 0, other: 0 };
  for (const label of labels) scores[label] = 0.9;
  return { labels, scores, cues: {} };
}

const THREAD: ScrapedThread = {
  url: 'https://status.example.org/t/api-outage-march-4/812',
  title: 'API outage on March 4',
  platform: 'discourse',
  author: 'maria_ops',
  commentCountClaimed: null,
  warnings: [],
  lang: 'en',
};

function comment(partial: Partial<ScrapedComment> & Pick<ScrapedComment, 'id' | 'author' | 'text'>): ScrapedComment {
  return {
    publishedAt: null,
    permalink: `${THREAD.url}/${partial.id}`,
    parentId: null,
    staff: false,
    ...partial,
  };
}

// A flat Discourse-style outage thread: the platform marks no one as staff, the user configures two accounts.
const OUTAGE: ScrapedComment[] = [
  comment({ id: '1', author: 'maria_ops', authorName: 'Maria Ortega', publishedAt: '2024-03-04T09:12:00Z',
    text: 'Since 08:40 UTC the public API returns 503 for about 30% of requests. We are rolling back the deploy and will post updates here.' }),
  comment({ id: '2', author: 'dev_kenji', publishedAt: '2024-03-04T09:20:00Z', text: 'Thanks for the quick heads-up!' }),
  comment({ id: '3', author: 'lucia.b', authorName: 'Lucía Benítez', publishedAt: '2024-03-04T09:31:00Z',
    text: 'Will webhooks that failed during the outage be retried automatically, or do we need to replay them?' }),
  comment({ id: '4', author: 'pgrant', publishedAt: '2024-03-04T09:45:00Z',
    text: 'Our nightly sync crashes with error 503 on /v2/orders. Is the EU region affected too?' }),
  comment({ id: '5', author: 'dev_kenji', publishedAt: '2024-03-04T10:02:00Z', text: 'Thank you, all green on our side again.' }),
  comment({ id: '6', author: 'tom_sre', publishedAt: '2024-03-04T11:15:00Z',
    text: '@lucia.b failed webhooks are retried for 72 hours, no replay needed. @pgrant yes, EU was affected until 10:50 UTC; the sync should pass now.' }),
  comment({ id: '7', author: 'anna_k', publishedAt: '2024-03-04T11:30:00Z', text: 'Thanks team, great communication.' }),
  comment({ id: '8', author: 'pgrant', publishedAt: '2024-03-11T08:05:00Z',
    text: 'A week later our sync fails again with the same 503 on /v2/orders. Is this related to last week?' }),
];

describe('analyseThread on an outage thread', () => {
  const analysed = analyseThread(THREAD, OUTAGE, keywordClassify, { staffLogins: ['Maria_Ops', 'TOM_SRE'] });
  const byId = new Map(analysed.map((c) => [c.id, c]));

  it('tells the classifier who is staff, configured accounts included', () => {
    const seen = new Map<string, boolean | undefined>();
    analyseThread(THREAD, OUTAGE, (text, lang, context) => {
      seen.set(text, context?.staff);
      return keywordClassify(text);
    }, { staffLogins: ['Maria_Ops', 'TOM_SRE'] });
    expect(OUTAGE.filter((c) => seen.get(c.text)).map((c) => c.id)).toEqual(['1', '6']);
    expect(OUTAGE.every((c) => seen.get(c.text) !== undefined)).toBe(true);
  });

  it('tells the classifier who answers for the site: roles, configured accounts and article authors, not openers', () => {
    const answers = (platform: string, c: ScrapedComment) => {
      let seen: boolean | undefined;
      analyseThread({ ...THREAD, platform }, [c], (text, lang, context) => ((seen = context?.answerer), keywordClassify(text)));
      return seen;
    };
    const opener = comment({ id: 'o', author: 'op', text: 'Still broken for me.', staff: true, staffReason: 'post-author' });
    const moderator = comment({ id: 'm', author: 'mod', text: 'Fixed now.', staff: true, staffReason: 'platform-role' });
    const reader = comment({ id: 'r', author: 'reader', text: 'Nice.' });
    expect(answers('github', opener)).toBe(false);
    expect(answers('phpbb', opener)).toBe(false);
    expect(answers('wordpress', opener)).toBe(true);
    expect(answers('inaturalist', opener)).toBe(true);
    expect(answers('discourse', opener)).toBe(false);
    expect(answers('github', moderator)).toBe(true);
    expect(answers('wordpress', reader)).toBe(false);
    let configured: boolean | undefined;
    analyseThread(THREAD, [reader], (text, lang, context) => ((configured = context?.answerer), keywordClassify(text)), { staffLogins: ['READER'] });
    expect(configured).toBe(true);
  });

  it('tells the classifier whether the comments are on an article (blog engines, unknown pages) or in a forum or issue', () => {
    const onArticle = (platform: string) => {
      const seen: Array<boolean | undefined> = [];
      analyseThread({ ...THREAD, platform }, [comment({ id: 'r', author: 'reader', text: 'Did you try the beta?' })], (text, lang, context) => (seen.push(context?.article), keywordClassify(text)));
      return seen[0];
    };
    expect(['wordpress', 'blogger', 'disqus', 'generic'].map(onArticle)).toEqual([true, true, true, true]);
    expect(['discourse', 'github', 'phpbb'].map(onArticle)).toEqual([false, false, false]);
  });

  it("tells the classifier which comment opens a forum topic or an issue, but not an article's first comment", () => {
    const opens = (platform: string, comments: ScrapedComment[], author = 'op') => {
      const seen: Array<boolean | undefined> = [];
      analyseThread({ ...THREAD, platform, author }, comments, (text, lang, context) => (seen.push(context?.opensThread), keywordClassify(text)));
      return seen;
    };
    const first = comment({ id: 'o', author: 'op', text: 'How do I rotate the logs?', staff: true, staffReason: 'post-author' });
    const reply = comment({ id: 'r', author: 'reader', text: 'Same question here?' });
    const later = comment({ id: 'o2', author: 'op', text: 'Any idea?', staff: true, staffReason: 'post-author' });
    expect(opens('discourse', [first, reply, later])).toEqual([true, false, false]);
    expect(opens('github', [first, reply])).toEqual([true, false]);
    expect(opens('wordpress', [first, reply])).toEqual([false, false]);
    // A thread that starts with someone else's comment has no opening post among its comments.
    expect(opens('discourse', [reply, first])).toEqual([false, false]);
    // Nor does a topic the site's staff open (an announcement): they answer for the site.
    const announcement = comment({ id: 'a', author: 'op', text: 'Maintenance tonight. Questions?', staff: true, staffReason: 'platform-role' });
    expect(opens('discourse', [announcement, reply])).toEqual([false, false]);
    // An issue a maintainer files still reports or asks: on an issue tracker the opening post is never an answer.
    expect(opens('github', [announcement, reply])).toEqual([true, false]);
  });

  it('marks configured staff accounts, case-insensitively, and says why', () => {
    expect(byId.get('1')).toMatchObject({ staff: true, staffReason: 'configured' });
    expect(byId.get('6')).toMatchObject({ staff: true, staffReason: 'configured' });
    expect(analysed.filter((c) => c.staff).map((c) => c.id)).toEqual(['1', '6']);
  });

  it('treats the questions the staff reply addressed by mention as answered by it', () => {
    expect(byId.get('3')!.reply).toEqual({ state: 'answered', by: '6' });
    expect(byId.get('4')!.reply).toEqual({ state: 'answered', by: '6' });
  });

  it('lists the question asked a week after the staff reply as an unanswered follow-up', () => {
    const late = byId.get('8')!;
    expect(late.labels).toContain('question');
    expect(late.reply).toEqual({ state: 'unanswered', by: null });
    expect(late.followUp).toBe(true);
  });

  it('does not count questions after the opening announcement as follow-ups', () => {
    expect(byId.get('3')!.followUp).toBe(false);
    expect(byId.get('4')!.followUp).toBe(false);
  });

  it('never asks for a reply to a thank-you', () => {
    for (const id of ['2', '5', '7']) {
      expect(byId.get(id)!.labels).toContain('thanks');
      expect(byId.get(id)!.reply).toBeNull();
      expect(byId.get(id)!.followUp).toBe(false);
    }
  });

  it('keeps the scraped fields and the classification', () => {
    expect(analysed).toHaveLength(OUTAGE.length);
    expect(byId.get('4')).toMatchObject({ author: 'pgrant', text: OUTAGE[3].text, labels: ['question', 'bug'] });
  });

  it('without staff accounts nobody answered anything', () => {
    const plain = analyseThread(THREAD, OUTAGE, keywordClassify);
    expect(plain.every((c) => !c.staff)).toBe(true);
    expect(plain.filter((c) => c.reply).map((c) => [c.id, c.reply!.state])).toEqual([
      ['3', 'unanswered'], ['4', 'unanswered'], ['8', 'unanswered'],
    ]);
  });
});

describe('reply state', () => {
  const thread: ScrapedThread = { ...THREAD, author: 'owner', platform: 'wordpress' };

  it('a staff reply anywhere below a question answers it (descendant, not only direct child)', () => {
    const comments = [
      comment({ id: 'a', author: 'reader', text: 'How do I export my data?' }),
      comment({ id: 'b', author: 'other', parentId: 'a', text: 'Same question here, no luck.' }),
      comment({ id: 'c', author: 'owner', staff: true, staffReason: 'post-author', parentId: 'b', text: 'Settings, then Export.' }),
    ];
    const [a] = analyseThread(thread, comments, keywordClassify);
    expect(a.reply).toEqual({ state: 'answered', by: 'c' });
  });

  it('a staff comment quoting a substantial part of the question answers it', () => {
    const comments = [
      comment({ id: 'q', author: 'reader', text: 'Does the importer keep the original publish dates of my old posts? Mine all show today.' }),
      comment({ id: 'x', author: 'someone', text: 'Nice article.' }),
      comment({ id: 's', author: 'owner', staff: true, text: 'It does now, update to 2.3.',
        quotes: ['Does the importer keep the original publish dates of my old posts?'] }),
    ];
    expect(analyseThread(thread, comments, keywordClassify)[0].reply).toEqual({ state: 'answered', by: 's' });
  });

  it('a short quote of a common phrase does not count as answering', () => {
    const comments = [
      comment({ id: 'q', author: 'reader', text: 'Does the importer keep the original publish dates of my old posts?' }),
      comment({ id: 's', author: 'owner', staff: true, parentId: null, text: 'Noted.', quotes: ['the importer'] }),
    ];
    // Flat thread with a later staff comment: only "possibly".
    expect(analyseThread(thread, comments, keywordClassify)[0].reply).toEqual({ state: 'possibly-answered', by: 's' });
  });

  it('mentions by display name count; mentions before the question do not', () => {
    const comments = [
      comment({ id: 's0', author: 'owner', staff: true, parentId: 'zz', text: 'Welcome Jane Roe, glad to have you.' }),
      comment({ id: 'q', author: 'jroe', authorName: 'Jane Roe', text: 'Is there a dark mode?' }),
      comment({ id: 'r', author: 'kim', parentId: 'q', text: 'I would like that too' }),
      comment({ id: 's1', author: 'owner', staff: true, parentId: 'r', text: 'Kim, soon!' }),
    ];
    // s1 is a descendant of q, so q is answered by s1 — the earlier mention in s0 does not count.
    expect(analyseThread(thread, comments, keywordClassify)[1].reply).toEqual({ state: 'answered', by: 's1' });
    const mentionOnly = [
      comment({ id: 'q', author: 'jroe', authorName: 'Jane Roe', text: 'Is there a dark mode?' }),
      comment({ id: 't', author: 'kim', text: 'Great post' }),
      comment({ id: 's', author: 'owner', staff: true, parentId: 't', text: 'Thanks Kim! And jane roe: yes, in settings.' }),
    ];
    expect(analyseThread(thread, mentionOnly, keywordClassify)[0].reply).toEqual({ state: 'answered', by: 's' });
  });

  it('in a nested thread, a later staff comment in the same sub-thread is only a possible answer; elsewhere none', () => {
    const comments = [
      comment({ id: 'top1', author: 'ann', text: 'Love this.' }),
      comment({ id: 'q', author: 'bob', parentId: 'top1', text: 'Why is the download so slow?' }),
      comment({ id: 's', author: 'owner', staff: true, parentId: 'top1', text: 'Mirror added today.' }),
      comment({ id: 'top2', author: 'cy', text: 'Where is the changelog?' }),
      comment({ id: 's2', author: 'owner', staff: true, parentId: 'top1', text: 'One more note for this sub-thread.' }),
    ];
    const result = analyseThread(thread, comments, keywordClassify);
    expect(result[1].reply).toEqual({ state: 'possibly-answered', by: 's' });
    expect(result[3].reply).toEqual({ state: 'unanswered', by: null });
  });

  it('uses publishedAt for "later" when known, document order otherwise', () => {
    // Newest-first page: the staff comment comes first in the document but was written later.
    const comments = [
      comment({ id: 's', author: 'mod_li', staff: true, publishedAt: '2024-05-02T10:00:00Z', text: 'Fixed in 1.2.' }),
      comment({ id: 'q', author: 'reader', publishedAt: '2024-05-01T10:00:00Z', text: 'The app crashes on start, any idea?' }),
    ];
    const [, q] = analyseThread(thread, comments, keywordClassify);
    expect(q.reply).toEqual({ state: 'possibly-answered', by: 's' });
    expect(q.followUp).toBe(false);
    const undated = comments.map((c) => ({ ...c, publishedAt: null }));
    const [, q2] = analyseThread(thread, undated, keywordClassify);
    expect(q2.reply).toEqual({ state: 'unanswered', by: null });
    expect(q2.followUp).toBe(true);
  });

  it("staff's own questions are not open: reply null, never a follow-up", () => {
    const comments = [
      comment({ id: 'q', author: 'reader', text: 'Crashes on save?' }),
      comment({ id: 's', author: 'owner', staff: true, parentId: 'q', text: 'Which version are you on?' }),
    ];
    const [q, s] = analyseThread(thread, comments, keywordClassify);
    expect(q.reply).toEqual({ state: 'answered', by: 's' });
    expect(s.labels).toContain('question');
    expect(s.reply).toBeNull();
    expect(s.followUp).toBe(false);
  });

  it('deleted staff comments answer nothing, and parent cycles do not hang', () => {
    const comments = [
      comment({ id: 'q', author: 'reader', parentId: 'z', text: 'Where do I find the API key?' }),
      comment({ id: 'z', author: 'other', parentId: 'q', text: 'loop' }),
      comment({ id: 's', author: 'owner', staff: true, deleted: true, parentId: 'q', text: 'removed' }),
    ];
    expect(analyseThread(thread, comments, keywordClassify)[0].reply).toEqual({ state: 'unanswered', by: null });
  });
});
