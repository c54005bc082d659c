// Numbers behind the Threads view: label counts and the open-questions timeline of one thread.
import type { QueueItem } from '../lib/store/types';
import { effectiveStatus, isOpenFollowUp, needsAttention } from '../lib/store/status';
import { LABELS, type Label } from '../lib/thread';

export interface ThreadStats {
  comments: number;
  labels: Record<Label, number>;
  open: number;
  openFollowUps: number;
}

export function threadStats(items: QueueItem[], now = Date.now()): ThreadStats {
  const labels = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  let open = 0;
  let openFollowUps = 0;
  for (const item of items) {
    for (const label of item.labels) labels[label] += 1;
    if (needsAttention(item, now)) open += 1;
    if (isOpenFollowUp(item, now)) openFollowUps += 1;
  }
  return { comments: items.length, labels, open, openFollowUps };
}

export interface TimelinePoint {
  time: number;
  open: number;
}

/**
 * How many questions were open at each moment: a question opens when it is posted and closes when
 * a staff comment answers it (reply.by) or staff mark it done (the triage record's updatedAt).
 * Questions without any usable time are left out.
 */
export function openQuestionsTimeline(items: QueueItem[], now = Date.now()): TimelinePoint[] {
  const byId = new Map(items.map((item) => [item.comment.id, item]));
  const events: Array<{ time: number; delta: number }> = [];
  for (const item of items) {
    if (item.comment.staff || !item.labels.includes('question')) continue;
    const opened = parse(item.comment.publishedAt) ?? parse(item.comment.firstSeenAt);
    if (opened === null) continue;
    events.push({ time: opened, delta: 1 });
    const closed = closedAt(item, byId, now);
    if (closed !== null) events.push({ time: Math.max(closed, opened), delta: -1 });
  }
  events.sort((a, b) => a.time - b.time || b.delta - a.delta);
  const points: TimelinePoint[] = [];
  let open = 0;
  for (const event of events) {
    open += event.delta;
    const last = points[points.length - 1];
    if (last && last.time === event.time) last.open = open;
    else points.push({ time: event.time, open });
  }
  return points;
}

function closedAt(item: QueueItem, byId: Map<string, QueueItem>, now: number): number | null {
  if (effectiveStatus(item.triage, now) !== 'open') return parse(item.triage.updatedAt);
  if (item.comment.reply?.state === 'answered' && item.comment.reply.by) {
    const answer = byId.get(item.comment.reply.by);
    return answer ? parse(answer.comment.publishedAt) ?? parse(answer.comment.firstSeenAt) : null;
  }
  return null;
}

function parse(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isFinite(time) ? time : null;
}
