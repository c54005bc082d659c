// Store and queue figures: 10,000 comments through saveScan (first scan and a re-scan), and
// filterQueue over 50,000 items. In Node this runs on fake-indexeddb (much slower than a
// browser's IndexedDB); pass a real IDBFactory to measure in Chromium.
//   npx tsx scripts/bench-store.ts
import { openStore } from '../lib/store/store';
import { filterQueue, type QueueFilter } from '../lib/store/queue';
import type { QueueItem } from '../lib/store/types';
import type { AnalysedComment, Label, ScrapedThread } from '../lib/thread';

const WORDS = ['login', 'export', 'invoice', 'timeout', 'dark mode', 'sync', 'password', 'webhook', 'refund', 'crash'];
const LABEL_SETS: Label[][] = [['question'], ['thanks'], ['bug'], ['question', 'bug'], ['other']];

function benchComment(i: number, round: number, threadUrl: string): AnalysedComment {
  const labels = LABEL_SETS[i % LABEL_SETS.length];
  const scores = { thanks: 0, question: 0, bug: 0, other: 0 };
  for (const label of labels) scores[label] = 0.5 + ((i * 37) % 50) / 100;
  const actionable = labels.includes('question') || labels.includes('bug');
  return {
    id: `c${i}`, author: `user${i % 997}`, publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    // Every 10th comment is edited between rounds.
    text: `Comment ${i} about ${WORDS[i % WORDS.length]} and ${WORDS[(i * 3) % WORDS.length]}${i % 10 === 0 ? ` (edit ${round})` : ''}. `.repeat(3),
    permalink: `${threadUrl}#c${i}`, parentId: i % 4 === 0 ? null : `c${i - (i % 4)}`, staff: i % 40 === 0,
    labels, scores, cues: {}, reply: actionable ? { state: 'unanswered', by: null } : null, followUp: i % 11 === 0, lang: 'en',
  };
}

function benchItems(count: number): QueueItem[] {
  return Array.from({ length: count }, (_, i) => {
    const threadUrl = `https://${i % 2 ? 'forum.example.net' : 'blog.example.com'}/t/${i % 500}`;
    const comment = benchComment(i, 0, threadUrl);
    const key = `${threadUrl}#${comment.id}`;
    const status = (['open', 'open', 'answered', 'dismissed', 'snoozed'] as const)[i % 5];
    return {
      comment: { ...comment, key, threadUrl, site: new URL(threadUrl).hostname, firstSeenAt: comment.publishedAt!, lastSeenAt: comment.publishedAt!, goneSince: null, history: [] },
      triage: { key, threadUrl, status, snoozeUntil: status === 'snoozed' ? '2000-01-01T00:00:00Z' : null, note: i % 13 ? '' : 'escalated', assignee: null, labelOverride: null, draft: '', updatedAt: comment.publishedAt! },
      labels: comment.labels,
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

export async function benchStore(options: { factory?: IDBFactory; comments?: number; queue?: number } = {}): Promise<string[]> {
  const lines: string[] = [];
  const count = options.comments ?? 10_000;
  let factory = options.factory;
  if (!factory) {
    // idb recognises requests by the global IDB* classes; install fake-indexeddb's only in Node
    // (a variable specifier keeps browser bundles from pulling it in; the subpath has no types).
    const fakeGlobals = 'fake-indexeddb/auto';
    await import(/* @vite-ignore */ fakeGlobals);
    const { IDBFactory } = await import('fake-indexeddb');
    factory = new IDBFactory();
  }
  const store = await openStore({ factory, name: `threadsift-bench-${Date.now()}` });
  const thread: ScrapedThread = { url: 'https://forum.example.net/t/bench/1', title: 'Bench', platform: 'discourse', author: null, commentCountClaimed: null, warnings: [] };
  try {
    const first = Array.from({ length: count }, (_, i) => benchComment(i, 0, thread.url));
    let start = performance.now();
    const added = await store.saveScan(thread, first, new Date('2024-02-01T00:00:00Z'));
    lines.push(`saveScan ${count} new comments (one transaction): ${ms(performance.now() - start)} (added ${added.added})`);

    // Re-scan: 10% edited, the last 5% gone, 5% new.
    const second = Array.from({ length: count }, (_, i) => benchComment(i < count * 0.95 ? i : i + count, 1, thread.url));
    start = performance.now();
    const merged = await store.saveScan(thread, second, new Date('2024-02-02T00:00:00Z'));
    lines.push(`saveScan re-scan of ${count} (edited ${merged.edited}, gone ${merged.gone}, added ${merged.added}): ${ms(performance.now() - start)}`);

    start = performance.now();
    const items = await store.listItems();
    lines.push(`listItems ${items.length}: ${ms(performance.now() - start)}`);
  } finally {
    store.close();
  }

  const queueSize = options.queue ?? 50_000;
  const queue = benchItems(queueSize);
  const now = Date.parse('2024-06-01T00:00:00Z');
  const filters: Array<[string, QueueFilter, 'newest' | 'oldest' | 'score' | 'thread']> = [
    ['no filter, newest', {}, 'newest'],
    ['search "export timeout"', { search: 'export timeout' }, 'newest'],
    ['needsAttention, by score', { needsAttention: true }, 'score'],
    ['label+status+site', { labels: ['question'], statuses: ['open'], site: 'forum.example.net' }, 'thread'],
    ['follow-ups, lang en', { followUpsOnly: true, lang: 'en' }, 'oldest'],
    ['date range + search', { from: '2024-01-05T00:00:00Z', to: '2024-01-20T00:00:00Z', search: 'login' }, 'newest'],
  ];
  let start = performance.now();
  filterQueue(queue, { search: 'x' }, 'newest', now); // builds the memoised search strings
  lines.push(`filterQueue first search over ${queueSize} (builds search cache): ${ms(performance.now() - start)}`);
  for (const [name, filter, sort] of filters) {
    const runs: number[] = [];
    let hits = 0;
    for (let run = 0; run < 7; run++) {
      start = performance.now();
      hits = filterQueue(queue, filter, sort, now).length;
      runs.push(performance.now() - start);
    }
    lines.push(`filterQueue ${queueSize}, ${name}: median ${ms(median(runs))} (${hits} hits)`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchStore().then((lines) => console.log(lines.join('\n')));
}
