// Small derived texts about a queue item, shared by rows, the detail pane and the thread view.
import type { QueueItem } from '../lib/store/types';
import type { Label } from '../lib/thread';
import { t } from '../lib/i18n';

/** One line of the comment's own words, whitespace collapsed. */
export function snippet(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/**
 * The labels a row shows: staff overrides as they are; the classifier's above the threshold,
 * never none (the first label is the classifier's best guess).
 */
export function visibleLabels(item: QueueItem, threshold: number): Label[] {
  if (item.triage.labelOverride) return item.labels;
  const shown = item.labels.filter((label) => (item.comment.scores?.[label] ?? 1) >= threshold);
  return shown.length ? shown : item.labels.slice(0, 1);
}

/** The cue behind the most important label: why this comment is in the queue. */
/**
 * The reason shown for the labels: staff's own relabelling when the labels came from it (and staff have not set them by
 * hand since), else the cue. `cueLength` shortens the cue (the queue row shows a snippet).
 */
export function reasonText(item: QueueItem, cueLength?: number): string | undefined {
  const learnt = item.comment.learnt;
  if (learnt && !item.triage.labelOverride) return t(learnt === 'correction' ? 'queue.learntCorrection' : 'queue.learntSimilar');
  const cue = reasonCue(item);
  return cue ? t('queue.reason', { cue: cueLength ? snippet(cue, cueLength) : cue }) : undefined;
}

function reasonCue(item: QueueItem): string | undefined {
  const cues = item.comment.cues ?? {};
  for (const label of ['question', 'bug', 'thanks', 'other'] as const) {
    if (item.labels.includes(label) && cues[label]) return cues[label];
  }
  return undefined;
}

export function commentTime(item: QueueItem): string | null {
  return item.comment.publishedAt ?? item.comment.firstSeenAt ?? null;
}

/** Comments first seen after the thread's previous visit are "new" (never on a first visit). */
export function isNewSince(item: QueueItem, lastVisitedAt: string | null | undefined): boolean {
  if (!lastVisitedAt) return false;
  return item.comment.firstSeenAt > lastVisitedAt;
}
