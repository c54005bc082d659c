import { describe, expect, it } from 'vitest';
import { filterQueue } from '../../../lib/store/queue';
import { effectiveStatus } from '../../../lib/store/status';
import { queueItems } from './helpers';

const NOW = Date.parse('2024-06-01T00:00:00Z');

describe('filterQueue', () => {
  const items = queueItems(3_000, 30);

  it('filters by label, effective status, site and thread', () => {
    const bugs = filterQueue(items, { labels: ['bug'], statuses: ['open'] }, 'oldest', NOW);
    expect(bugs.length).toBeGreaterThan(0);
    expect(bugs.every((i) => i.labels.includes('bug') && effectiveStatus(i.triage, NOW) === 'open')).toBe(true);
    expect(bugs.length).toBe(items.filter((i) => i.labels.includes('bug') && effectiveStatus(i.triage, NOW) === 'open').length);
    // Snoozes that ran out are open: the open count includes them.
    const expired = items.filter((i) => i.triage.status === 'snoozed' && i.triage.snoozeUntil!.startsWith('2000'));
    expect(expired.length).toBeGreaterThan(0);
    expect(filterQueue(expired, { statuses: ['open'] }, 'newest', NOW)).toHaveLength(expired.length);
    expect(filterQueue(expired, { statuses: ['snoozed'] }, 'newest', NOW)).toHaveLength(0);

    const site = filterQueue(items, { site: 'forum.example.net' }, 'newest', NOW);
    expect(site.length).toBe(1_500);
    const thread = filterQueue(items, { threadUrl: 'https://blog.example.com/t/4' }, 'newest', NOW);
    expect(thread.length).toBe(100);
    expect(new Set(thread.map((i) => i.comment.threadUrl))).toEqual(new Set(['https://blog.example.com/t/4']));
  });

  it('matches a language with or without region', () => {
    expect(filterQueue(items, { lang: 'en' }, 'newest', NOW)).toHaveLength(2_400);
    expect(filterQueue(items, { lang: 'EN-gb' }, 'newest', NOW)).toHaveLength(600);
    expect(filterQueue(items, { lang: 'es' }, 'newest', NOW)).toHaveLength(600);
  });

  it('searches all words case-insensitively across text, author and note', () => {
    const hits = filterQueue(items, { search: '  DARK   Mode REFUND ' }, 'newest', NOW);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((i) => /dark mode/i.test(i.comment.text) && /refund/i.test(i.comment.text))).toBe(true);
    expect(filterQueue(items, { search: 'user996' }, 'newest', NOW).every((i) => i.comment.author === 'user996')).toBe(true);
    expect(filterQueue(items, { search: 'escalated billing' }, 'newest', NOW)).toHaveLength(items.filter((i) => i.triage.note).length);
    expect(filterQueue(items, { search: 'no-such-word' }, 'newest', NOW)).toHaveLength(0);
  });

  it('filters by date range, inclusive', () => {
    const from = '2024-01-01T10:00:00.000Z';
    const to = new Date('2024-01-01T11:00:00.000Z');
    const hits = filterQueue(items, { from, to }, 'oldest', NOW);
    expect(hits).toHaveLength(61);
    expect(hits[0].comment.publishedAt).toBe(from);
    expect(hits[60].comment.publishedAt).toBe(to.toISOString());
  });

  it('needsAttention: open questions and bugs by non-staff; followUpsOnly: open unanswered follow-ups', () => {
    const attention = filterQueue(items, { needsAttention: true }, 'newest', NOW);
    expect(attention.length).toBeGreaterThan(0);
    for (const item of attention) {
      expect(item.labels.some((l) => l === 'question' || l === 'bug')).toBe(true);
      expect(effectiveStatus(item.triage, NOW)).toBe('open');
      expect(item.comment.staff).toBe(false);
    }
    const thanksOnly = attention.filter((i) => i.labels.every((l) => l === 'thanks'));
    expect(thanksOnly).toHaveLength(0);
    const followUps = filterQueue(items, { followUpsOnly: true }, 'newest', NOW);
    expect(followUps.length).toBeGreaterThan(0);
    expect(followUps.every((i) => i.comment.followUp && i.comment.reply?.state === 'unanswered')).toBe(true);
  });

  it('sorts newest, oldest, by score and by thread', () => {
    const times = (list: typeof items) => list.map((i) => Date.parse(i.comment.publishedAt!));
    const newest = times(filterQueue(items, {}, 'newest', NOW));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    const oldest = times(filterQueue(items, {}, 'oldest', NOW));
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    const scores = filterQueue(items, {}, 'score', NOW).map((i) => Math.max(i.comment.scores.question, i.comment.scores.bug));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const byThread = filterQueue(items, {}, 'thread', NOW).map((i) => i.comment.threadUrl);
    expect(byThread).toEqual([...byThread].sort());
    expect(filterQueue(items, {}, 'newest', NOW)).toHaveLength(items.length);
    expect(items[0].comment.id).toBe('0'); // the input is not reordered
  });

  // Speed is measured by `npm run bench` (Node and Chromium); here: a big queue filters correctly.
  it('filters a 50,000-item queue to exactly the matching items', () => {
    const big = queueItems(50_000);
    const open = filterQueue(big, { labels: ['question'], statuses: ['open'] }, 'newest', NOW);
    expect(open.length).toBe(big.filter((i) => i.labels.includes('question') && effectiveStatus(i.triage, NOW) === 'open').length);
    expect(open.length).toBeGreaterThan(0);
    const dated = filterQueue(big, { from: '2024-01-10T00:00:00Z', to: '2024-01-20T00:00:00Z' }, 'oldest', NOW);
    expect(dated.length).toBeGreaterThan(0);
    for (const item of dated) {
      const at = Date.parse(item.comment.publishedAt ?? item.comment.firstSeenAt);
      expect(at).toBeGreaterThanOrEqual(Date.parse('2024-01-10T00:00:00Z'));
      expect(at).toBeLessThanOrEqual(Date.parse('2024-01-20T00:00:00Z'));
    }
  });
});
