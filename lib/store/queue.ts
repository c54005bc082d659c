// In-memory filtering, search and sorting of the dashboard queue. Pure and fast: what each item
// needs (lowercased search text, time, score) is computed once per item object and kept in a
// WeakMap, so typing in the search box re-filters 50,000 items in a few milliseconds.
// Items are treated as immutable: a changed item is a new object (as listItems returns).
import type { Label } from '../thread';
import type { QueueItem, TriageStatus } from './types';
import { effectiveStatus, isOpenFollowUp, needsAttention } from './status';

export interface QueueFilter {
  /** Items carrying any of these labels (after staff overrides). */
  labels?: Label[];
  /** Effective statuses (a snooze past its date counts as open). */
  statuses?: TriageStatus[];
  site?: string;
  threadUrl?: string;
  /** 'en' matches 'en' and 'en-GB'; 'en-GB' matches only 'en-GB'. */
  lang?: string;
  /** Inclusive bounds on publishedAt (firstSeenAt when the page gave no time): ISO strings or Dates. */
  from?: string | Date;
  to?: string | Date;
  /** Words that must all appear (any order, case-insensitive) in text, author, display name, note or cue. */
  search?: string;
  /** Unanswered, open follow-ups only (the "Follow-ups" view). */
  followUpsOnly?: boolean;
  /** Open questions and bug reports by non-staff authors. */
  needsAttention?: boolean;
}

/**
 * newest/oldest: by publishedAt (firstSeenAt when unknown); score: the higher of the question and
 * bug scores, highest first; thread: grouped by thread URL, oldest first within a thread.
 */
export type QueueSort = 'newest' | 'oldest' | 'score' | 'thread';

interface Derived {
  search: string;
  time: number;
  score: number;
}

const derivedCache = new WeakMap<QueueItem, Derived>();

function derived(item: QueueItem): Derived {
  let entry = derivedCache.get(item);
  if (!entry) {
    const { comment, triage } = item;
    const cues = Object.values(comment.cues ?? {}).join('\n');
    const time = Date.parse(comment.publishedAt ?? comment.firstSeenAt);
    entry = {
      search: [comment.text, comment.author, comment.authorName ?? '', triage.note, cues].join('\n').toLowerCase(),
      time: Number.isFinite(time) ? time : 0,
      score: Math.max(comment.scores?.question ?? 0, comment.scores?.bug ?? 0),
    };
    derivedCache.set(item, entry);
  }
  return entry;
}

function toTime(value: string | Date | undefined): number | null {
  if (value === undefined) return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(time) ? time : null;
}

function langMatcher(lang: string): (value: string | undefined) => boolean {
  const wanted = lang.toLowerCase();
  if (wanted.includes('-')) return (value) => value?.toLowerCase() === wanted;
  return (value) => {
    if (!value) return false;
    const lower = value.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted}-`);
  };
}

export function filterQueue(items: readonly QueueItem[], filter: QueueFilter = {}, sort: QueueSort = 'newest', now: number = Date.now()): QueueItem[] {
  const labels = filter.labels?.length ? filter.labels : null;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  const from = toTime(filter.from);
  const to = toTime(filter.to);
  const terms = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const langOk = filter.lang ? langMatcher(filter.lang) : null;

  const result: QueueItem[] = [];
  for (const item of items) {
    const { comment } = item;
    if (filter.site !== undefined && comment.site !== filter.site) continue;
    if (filter.threadUrl !== undefined && comment.threadUrl !== filter.threadUrl) continue;
    if (labels && !labels.some((label) => item.labels.includes(label))) continue;
    if (statuses && !statuses.has(effectiveStatus(item.triage, now))) continue;
    if (langOk && !langOk(comment.lang)) continue;
    if (filter.needsAttention && !needsAttention(item, now)) continue;
    if (filter.followUpsOnly && !isOpenFollowUp(item, now)) continue;
    if (from !== null || to !== null || terms.length > 0) {
      const info = derived(item);
      if (from !== null && info.time < from) continue;
      if (to !== null && info.time > to) continue;
      if (terms.length > 0 && !terms.every((term) => info.search.includes(term))) continue;
    }
    result.push(item);
  }
  return sortQueue(result, sort);
}

export function sortQueue(items: QueueItem[], sort: QueueSort): QueueItem[] {
  // Decorate once so the comparator never re-parses dates.
  const rows = items.map((item) => ({ item, info: derived(item) }));
  const byTime = (a: (typeof rows)[number], b: (typeof rows)[number]): number => a.info.time - b.info.time;
  switch (sort) {
    case 'newest':
      rows.sort((a, b) => byTime(b, a));
      break;
    case 'oldest':
      rows.sort(byTime);
      break;
    case 'score':
      rows.sort((a, b) => b.info.score - a.info.score || byTime(b, a));
      break;
    case 'thread':
      rows.sort((a, b) => compareText(a.item.comment.threadUrl, b.item.comment.threadUrl) || byTime(a, b));
      break;
  }
  return rows.map((row) => row.item);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
