import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { es } from '../../../lib/i18n/es';
import { resolveLocale, setLocale, t } from '../../../lib/i18n';
import { keyAction, dateInputToIso, isoToDateInput, tomorrow } from '../../../components/triageKeys';
import { threadRows } from '../../../components/threadTree';
import { openQuestionsTimeline, threadStats } from '../../../components/threadStats';
import { hostPermission, safeHttpUrl } from '../../../lib/safe-url';
import { summaryText, errorLines } from '../../../components/scanText';
import { errorKind } from '../../../components/errorText';
import type { QueueItem } from '../../../lib/store/types';
import type { Label } from '../../../lib/thread';

function item(id: string, opts: { parentId?: string | null; at?: string | null; labels?: Label[]; staff?: boolean; status?: QueueItem['triage']['status']; updatedAt?: string; answeredBy?: string } = {}): QueueItem {
  const labels = opts.labels ?? ['other'];
  const key = `https://t.example/1#${id}`;
  return {
    labels,
    comment: {
      id, key, threadUrl: 'https://t.example/1', site: 't.example', author: id, publishedAt: opts.at ?? null, text: id,
      permalink: '', parentId: opts.parentId ?? null, staff: opts.staff ?? false, labels,
      scores: { thanks: 0, question: 0, bug: 0, other: 0 }, cues: {},
      reply: opts.answeredBy ? { state: 'answered', by: opts.answeredBy } : labels.includes('question') ? { state: 'unanswered', by: null } : null,
      followUp: false, firstSeenAt: '2024-01-01T00:00:00.000Z', lastSeenAt: '2024-01-01T00:00:00.000Z', goneSince: null, history: [],
    },
    triage: { key, threadUrl: 'https://t.example/1', status: opts.status ?? 'open', snoozeUntil: null, note: '', assignee: null, labelOverride: null, draft: '', updatedAt: opts.updatedAt ?? '2024-01-01T00:00:00.000Z' },
  };
}

describe('i18n', () => {
  it('has a Spanish string for every English key, with the same placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const placeholders = (value: unknown) => JSON.stringify(value).match(/\{\w+\}/g)?.sort() ?? [];
      expect(es[key], key).toBeTruthy();
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('chooses plurals and fills placeholders', () => {
    setLocale('en');
    expect(t('count.questions', { n: 1 })).toBe('1 question');
    expect(t('count.questions', { n: 7 })).toBe('7 questions');
    setLocale('es');
    expect(t('count.bugs', { n: 2 })).toBe('2 informes de error');
    setLocale('en');
  });

  it('follows the browser language when set to auto', () => {
    expect(resolveLocale('auto', ['es-MX', 'en'])).toBe('es');
    expect(resolveLocale('auto', ['fr-FR', 'de'])).toBe('en');
    expect(resolveLocale('en', ['es'])).toBe('en');
  });
});

describe('keyboard map', () => {
  it('maps triage keys and leaves typing alone', () => {
    expect(keyAction({ key: 'j' }, false)).toBe('next');
    expect(keyAction({ key: 'X', shiftKey: true }, false)).toBe('selectRange');
    expect(keyAction({ key: 'a' }, true)).toBeNull();
    expect(keyAction({ key: 'a', ctrlKey: true }, false)).toBeNull();
    expect(keyAction({ key: 'Escape' }, true)).toBe('escape');
  });

  it('snoozes until the start of tomorrow and round-trips date inputs', () => {
    const next = tomorrow(new Date(2024, 1, 29, 15, 30));
    expect([next.getFullYear(), next.getMonth(), next.getDate(), next.getHours()]).toEqual([2024, 2, 1, 0]);
    expect(isoToDateInput(dateInputToIso('2024-03-05'))).toBe('2024-03-05');
    expect(dateInputToIso('not a date')).toBeNull();
  });
});

describe('thread tree', () => {
  it('puts replies under their parent in time order, orphans at top level', () => {
    const rows = threadRows([
      item('b', { at: '2024-01-03T00:00:00Z' }),
      item('a', { at: '2024-01-01T00:00:00Z' }),
      item('a2', { parentId: 'a', at: '2024-01-05T00:00:00Z' }),
      item('a1', { parentId: 'a', at: '2024-01-02T00:00:00Z' }),
      item('a1x', { parentId: 'a1', at: '2024-01-04T00:00:00Z' }),
      item('orphan', { parentId: 'missing', at: '2024-01-06T00:00:00Z' }),
    ]);
    expect(rows.map((r) => `${r.item.comment.id}:${r.depth}`)).toEqual(['a:0', 'a1:1', 'a1x:2', 'a2:1', 'b:0', 'orphan:0']);
  });

  it('keeps comments caught in a parent cycle', () => {
    const rows = threadRows([item('p', { parentId: 'q' }), item('q', { parentId: 'p' })]);
    expect(rows.map((r) => r.item.comment.id).sort()).toEqual(['p', 'q']);
  });
});

describe('thread stats', () => {
  it('counts open questions over time: opened when posted, closed by a staff answer or a status', () => {
    const items = [
      item('q1', { labels: ['question'], at: '2024-01-01T00:00:00Z', answeredBy: 's1' }),
      item('q2', { labels: ['question'], at: '2024-01-02T00:00:00Z' }),
      item('s1', { labels: ['other'], staff: true, at: '2024-01-03T00:00:00Z' }),
      item('q3', { labels: ['question'], at: '2024-01-04T00:00:00Z', status: 'answered', updatedAt: '2024-01-05T00:00:00Z' }),
      item('t', { labels: ['thanks'], at: '2024-01-04T00:00:00Z' }),
    ];
    const points = openQuestionsTimeline(items, Date.parse('2024-02-01'));
    expect(points.map((p) => [new Date(p.time).toISOString().slice(0, 10), p.open])).toEqual([
      ['2024-01-01', 1], ['2024-01-02', 2], ['2024-01-03', 1], ['2024-01-04', 2], ['2024-01-05', 1],
    ]);
    const stats = threadStats(items, Date.parse('2024-02-01'));
    expect(stats.labels).toEqual({ question: 3, bug: 0, thanks: 1, other: 1 });
    expect(stats.open).toBe(2); // q1 is answered by staff but still open in triage; q3 was marked answered
  });
});

describe('links and scan text', () => {
  it('only lets http(s) URLs become links', () => {
    expect(safeHttpUrl('https://example.org/a#c1')).toBe('https://example.org/a#c1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });

  it('asks for a site by host, never with its port (Firefox matches no pattern that names one)', () => {
    expect(hostPermission('http://127.0.0.1:38889/blog/1')).toBe('http://127.0.0.1/*');
    expect(hostPermission('https://forum.example.org:8443/t/outage/12?page=2')).toBe('https://forum.example.org/*');
    expect(hostPermission('https://blog.example.org')).toBe('https://blog.example.org/*');
    expect(hostPermission('http://[::1]:3000/t/1')).toBe('http://[::1]/*');
    expect(hostPermission('javascript:alert(1)')).toBeNull();
    expect(hostPermission('file:///etc/passwd')).toBeNull();
  });

  it('summarises a scan in plain words', () => {
    setLocale('en');
    const text = summaryText({ threadUrl: 'u', total: 212, added: 212, edited: 0, gone: 0, counts: { question: 7, bug: 2, thanks: 150, other: 53 }, openFollowUps: 0, newOpenFollowUps: 0, reopened: 0 });
    expect(text).toBe('212 comments: 7 questions, 2 bug reports');
    expect(errorKind('Missing host permission for https://x.org')).toBe('permission');
    expect(errorKind('No comment thread found on this page (tried: wordpress)')).toBe('no-thread');
    // Firefox's words for a tab closed before it could be read.
    expect(errorLines('Could not read the page: Invalid tab ID: 12')[0]).toContain('The tab was closed before Threadsift could read it');
  });
});

describe('the reason shown for the labels', () => {
  it('names staff\'s relabelling where the labels came from it, else the cue, and the cue again once staff set labels by hand', async () => {
    const { reasonText } = await import('../../../components/commentText');
    setLocale('en');
    const base = item('c1', { labels: ['question'] });
    const withCue = { ...base, comment: { ...base.comment, cues: { question: 'Will the old links keep working?' } } };
    expect(reasonText(withCue)).toBe('Why: “Will the old links keep working?”');
    const similar = { ...withCue, comment: { ...withCue.comment, learnt: 'similar' as const } };
    expect(reasonText(similar)).toBe('Why: staff relabelled a comment worded like this one on this site');
    expect(reasonText({ ...withCue, comment: { ...withCue.comment, learnt: 'correction' as const } })).toBe('Why: staff relabelled this comment');
    expect(reasonText({ ...similar, triage: { ...similar.triage, labelOverride: ['bug'] } })).toBe('Why: “Will the old links keep working?”');
    expect(reasonText(base)).toBeUndefined();
  });
});
