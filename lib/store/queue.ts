// In-memory filtering, search and sorting of the dashboard queue. Pure and fast: what each item
// needs (time, score, label bits, status, and lazily its lowercased search text) is computed once
// per item object and kept in WeakMaps, so re-filtering 50,000 items takes a few milliseconds.
// Items are treated as immutable: a changed item is a new object (as listItems returns).
import type { Label } from '../thread';
import type { QueueItem, TriageStatus } from './types';

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

/** What filtering and sorting need from an item, read once into one compact shape. */
interface Facts {
  time: number;
  score: number;
  site: string;
  threadUrl: string;
  labelMask: number;
  lang: string;
  staff: boolean;
  unansweredFollowUp: boolean;
  status: TriageStatus;
  /** With status 'snoozed': when it reopens (ms); NaN when no valid date (reads as open). */
  snoozeUntil: number;
}

const LABEL_BITS: Record<Label, number> = { thanks: 1, question: 2, bug: 4, other: 8 };
const ACTIONABLE_BITS = LABEL_BITS.question | LABEL_BITS.bug;

const factsCache = new WeakMap<QueueItem, Facts>();
const searchCache = new WeakMap<QueueItem, string>();

function labelMask(labels: readonly Label[]): number {
  let mask = 0;
  for (const label of labels) mask |= LABEL_BITS[label] ?? 0;
  return mask;
}

function facts(item: QueueItem): Facts {
  let entry = factsCache.get(item);
  if (!entry) {
    const { comment, triage } = item;
    const time = Date.parse(comment.publishedAt ?? comment.firstSeenAt);
    entry = {
      time: Number.isFinite(time) ? time : 0,
      score: Math.max(comment.scores?.question ?? 0, comment.scores?.bug ?? 0),
      site: comment.site,
      threadUrl: comment.threadUrl,
      labelMask: labelMask(item.labels),
      lang: (comment.lang ?? '').toLowerCase(),
      staff: comment.staff,
      unansweredFollowUp: comment.followUp && comment.reply?.state === 'unanswered',
      status: triage.status,
      snoozeUntil: triage.snoozeUntil ? Date.parse(triage.snoozeUntil) : NaN,
    };
    factsCache.set(item, entry);
  }
  return entry;
}

function searchText(item: QueueItem): string {
  let text = searchCache.get(item);
  if (text === undefined) {
    const { comment, triage } = item;
    const cues = Object.values(comment.cues ?? {}).join('\n');
    text = [comment.text, comment.author, comment.authorName ?? '', triage.note, cues].join('\n').toLowerCase();
    searchCache.set(item, text);
  }
  return text;
}

/** Same rule as effectiveStatus in status.ts, on the cached facts. */
function statusNow(f: Facts, now: number): TriageStatus {
  return f.status === 'snoozed' && !(f.snoozeUntil > now) ? 'open' : f.status;
}

function toTime(value: string | Date | undefined): number | null {
  if (value === undefined) return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(time) ? time : null;
}

function langMatcher(lang: string): (value: string) => boolean {
  const wanted = lang.toLowerCase();
  if (wanted.includes('-')) return (value) => value === wanted;
  const prefix = `${wanted}-`;
  return (value) => value === wanted || value.startsWith(prefix);
}

export function filterQueue(items: readonly QueueItem[], filter: QueueFilter = {}, sort: QueueSort = 'newest', now: number = Date.now()): QueueItem[] {
  const labels = filter.labels?.length ? labelMask(filter.labels) : 0;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  const from = toTime(filter.from);
  const to = toTime(filter.to);
  const terms = searchTerms(filter.search);
  const langOk = filter.lang ? langMatcher(filter.lang) : null;
  const { site, threadUrl } = filter;

  const result: QueueItem[] = [];
  for (const item of items) {
    const f = facts(item);
    if (site !== undefined && f.site !== site) continue;
    if (threadUrl !== undefined && f.threadUrl !== threadUrl) continue;
    if (labels && !(f.labelMask & labels)) continue;
    if (from !== null && f.time < from) continue;
    if (to !== null && f.time > to) continue;
    if (langOk && !langOk(f.lang)) continue;
    if (statuses || filter.needsAttention || filter.followUpsOnly) {
      const status = statusNow(f, now);
      if (statuses && !statuses.has(status)) continue;
      if (filter.needsAttention && (f.staff || !(f.labelMask & ACTIONABLE_BITS) || status !== 'open')) continue;
      // By the labels staff see: a follow-up staff relabelled as thanks has left the view.
      if (filter.followUpsOnly && (!f.unansweredFollowUp || !(f.labelMask & ACTIONABLE_BITS) || status !== 'open')) continue;
    }
    if (terms.length > 0) {
      const text = searchText(item);
      if (!terms.every((term) => text.includes(term))) continue;
    }
    result.push(item);
  }
  return sortQueue(result, sort);
}

function searchTerms(search: string | undefined): string[] {
  return (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The items (in their order) whose text, author, display name, note or cues hold every word of
 * `search`. The dashboard filters and sorts once per view, then narrows that list per keystroke.
 */
export function searchQueue(items: readonly QueueItem[], search: string): QueueItem[] {
  const terms = searchTerms(search);
  if (terms.length === 0) return [...items];
  return items.filter((item) => {
    const text = searchText(item);
    return terms.every((term) => text.includes(term));
  });
}

/**
 * Computes what filtering and search need for each item ahead of time, in slices of a few
 * milliseconds, so the first keystroke does not pay for 50,000 lowercased texts.
 */
export async function prepareQueue(items: readonly QueueItem[], signal?: AbortSignal): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (signal?.aborted) return;
    facts(items[i]);
    searchText(items[i]);
    if (i % 512 === 511 && performance.now() - sliceStart > 8) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
}

export function sortQueue(items: QueueItem[], sort: QueueSort): QueueItem[] {
  // Decorate once so the comparator never re-parses dates.
  const rows = items.map((item) => ({ item, info: facts(item) }));
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
