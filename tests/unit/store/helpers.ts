// Builders for realistic scanned threads used by the store tests.
import type { AnalysedComment, Label, ScrapedThread } from '../../../lib/thread';

export const THREAD_URL = 'https://forum.example.net/t/login-fails-after-update/4411';

export function thread(overrides: Partial<ScrapedThread> = {}): ScrapedThread {
  return {
    url: THREAD_URL,
    title: 'Login fails after the 3.2 update',
    platform: 'discourse',
    author: 'sam_admin',
    commentCountClaimed: null,
    warnings: [],
    lang: 'en',
    ...overrides,
  };
}

export function analysed(id: string, text: string, labels: Label[] = ['other'], overrides: Partial<AnalysedComment> = {}): AnalysedComment {
  const scores = { thanks: 0, question: 0, bug: 0, other: 0 };
  for (const label of labels) scores[label] = 0.8;
  const actionable = labels.includes('question') || labels.includes('bug');
  return {
    id,
    author: `user${id}`,
    publishedAt: '2024-04-02T10:00:00.000Z',
    text,
    permalink: `${THREAD_URL}/${id}`,
    parentId: null,
    staff: false,
    labels,
    scores,
    cues: {},
    reply: actionable ? { state: 'unanswered', by: null } : null,
    followUp: false,
    ...overrides,
  };
}

/** `count` comments, every third a question, with a `round` marker in the text. */
export function manyComments(count: number, round = 0): AnalysedComment[] {
  return Array.from({ length: count }, (_, i) =>
    analysed(String(i + 1), `Comment ${i + 1} (scan ${round}): ${i % 3 === 0 ? 'does the fix apply to SSO accounts?' : 'works for me now'}`,
      i % 3 === 0 ? ['question'] : ['thanks']),
  );
}

/** A synthetic dashboard queue over `threads` threads on two sites, varied labels, statuses and languages. */
export function queueItems(count: number, threads = 200): import('../../../lib/store/types').QueueItem[] {
  const statuses = ['open', 'open', 'answered', 'dismissed', 'snoozed'] as const;
  const labelSets: Label[][] = [['question'], ['thanks'], ['bug'], ['question', 'bug'], ['other'], ['thanks', 'question']];
  const words = ['login', 'export', 'invoice', 'timeout', 'dark mode', 'sync', 'password', 'webhook', 'refund', 'crash'];
  return Array.from({ length: count }, (_, i) => {
    const t = i % threads;
    const threadUrl = `https://${t % 2 ? 'forum.example.net' : 'blog.example.com'}/t/${t}`;
    const labels = labelSets[i % labelSets.length];
    const base = analysed(String(i), `Comment ${i} about ${words[i % words.length]} and ${words[(i * 7) % words.length]}${labels.includes('question') ? '?' : '.'}`, labels, {
      author: `user${i % 997}`,
      lang: i % 5 === 0 ? 'es' : i % 5 === 1 ? 'en-GB' : 'en',
      publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      followUp: i % 11 === 0,
      staff: i % 50 === 0,
    });
    base.scores.question = labels.includes('question') ? ((i * 37) % 100) / 100 : 0;
    const status = statuses[i % statuses.length];
    return {
      comment: { ...base, key: `${threadUrl}#${i}`, threadUrl, site: new URL(threadUrl).hostname, firstSeenAt: base.publishedAt!, lastSeenAt: base.publishedAt!, goneSince: null, history: [] },
      triage: {
        key: `${threadUrl}#${i}`, threadUrl, status, snoozeUntil: status === 'snoozed' ? (i % 2 ? '2000-01-01T00:00:00Z' : '2999-01-01T00:00:00Z') : null,
        note: i % 13 === 0 ? 'Escalated to billing' : '', assignee: null, labelOverride: null, draft: '', updatedAt: base.publishedAt!,
      },
      labels,
    };
  });
}
