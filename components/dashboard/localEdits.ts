// Triage edits the dashboard shows before the store may have them. A load reads the store when it starts and then
// decodes for a while as staff keep working, so each load puts the edits it may have missed back on top of what it
// read. This file holds the edit record and the pure merge; useDashboardData keeps the list of them.
import type { QueueItem, TriagePatch } from '../../lib/store/types';

/** A triage change shown on screen before the store may have it. */
export interface LocalEdit {
  patches: Map<string, TriagePatch>;
  /** The store has it: a load started from now on reads it. */
  stored: boolean;
}

/** Items with some edits applied, in the order they were made; every item stays an immutable object. */
export function withEdits(items: QueueItem[], edits: readonly LocalEdit[]): QueueItem[] {
  if (!edits.length) return items;
  const patches = new Map<string, TriagePatch>();
  for (const edit of edits) {
    for (const [key, patch] of edit.patches) patches.set(key, { ...patches.get(key), ...patch });
  }
  return items.map((item) => {
    const patch = patches.get(item.comment.key);
    if (!patch) return item;
    const triage = { ...item.triage, ...patch };
    return { ...item, triage, labels: triage.labelOverride ?? item.comment.labels };
  });
}
