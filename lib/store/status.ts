// The status a triage record shows now: a snooze whose date has passed reads as open again.
// Computed on read, never written, so reopening needs no background job.
import type { QueueItem, TriageRecord, TriageStatus } from './types';
import { ACTIONABLE } from '../thread';

export function effectiveStatus(triage: TriageRecord, now: number = Date.now()): TriageStatus {
  if (triage.status !== 'snoozed') return triage.status;
  const until = triage.snoozeUntil ? Date.parse(triage.snoozeUntil) : NaN;
  return Number.isFinite(until) && until > now ? 'snoozed' : 'open';
}

/** The record as the dashboard should see it (same object when nothing changes). */
export function withEffectiveStatus(triage: TriageRecord, now: number = Date.now()): TriageRecord {
  return effectiveStatus(triage, now) === triage.status ? triage : { ...triage, status: 'open', snoozeUntil: null };
}

/**
 * A question or bug report by a non-staff author that is still open. Staff's own questions never
 * need attention (triage leaves their reply state null, see lib/triage/analyse.ts).
 */
export function needsAttention(item: QueueItem, now: number = Date.now()): boolean {
  return (
    !item.comment.staff &&
    (item.labels.includes('question') || item.labels.includes('bug')) &&
    effectiveStatus(item.triage, now) === 'open'
  );
}

/** A follow-up no staff comment has answered, still open: what the "Follow-ups" view and the badge count. */
export function isOpenFollowUp(item: QueueItem, now: number = Date.now()): boolean {
  // By the labels staff see: a follow-up staff relabelled as thanks no longer counts.
  const actionable = item.labels.some((label) => ACTIONABLE.includes(label));
  return actionable && item.comment.followUp && item.comment.reply?.state === 'unanswered' && effectiveStatus(item.triage, now) === 'open';
}
