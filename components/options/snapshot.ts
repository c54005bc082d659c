// Telling whether the stored data changed since a replacement (Clear all, Restore, Undo), so Undo can ask before
// it would also throw away what was written since.
import type { Backup } from '../../lib/store/types';
import { fnv1aFrom } from '../../lib/classify/hash';
import { t } from '../../lib/i18n';

/** A copy kept for Undo, and what the change that replaced it left in the store (null: unknown). */
export interface Previous {
  backup: Backup;
  after: Snapshot | null;
}

/** A fingerprint of the stored data, and its size: enough to tell whether anything was written since. */
export interface Snapshot {
  hash: string;
  threads: number;
  comments: number;
}

/**
 * Hashed record by record rather than as one string (a store of 50,000 comments is about 46 MB of JSON, which the page
 * would otherwise hold while it stays open). Left out: the moment of export, and when each thread was last opened in
 * the dashboard, which opening it changes without changing any data.
 */
export function snapshotOf(backup: Backup): Snapshot {
  const { threads, comments, triage, corrections, settings } = backup;
  // Two 32-bit FNV passes with different seeds: 64 bits, so a change going unnoticed is out of the question.
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  const add = (record: unknown) => {
    const text = JSON.stringify(record) + '\n';
    a = fnv1aFrom(a, text);
    b = fnv1aFrom(b, text);
  };
  for (const { lastVisitedAt: _visited, ...thread } of threads) add(thread);
  for (const list of [comments, triage, corrections]) for (const record of list) add(record);
  add(settings);
  return { hash: `${a.toString(16)}-${b.toString(16)}`, threads: threads.length, comments: comments.length };
}

/** Says in plain words what Undo would replace besides the change it undoes. */
export function undoWarning(now: Snapshot, after: Snapshot | null): string {
  const addedThreads = after ? Math.max(0, now.threads - after.threads) : 0;
  const addedComments = after ? Math.max(0, now.comments - after.comments) : 0;
  if (!addedThreads && !addedComments) return t('options.undoConfirmChanged');
  return t('options.undoConfirmAdded', {
    threads: t('count.threads', { n: addedThreads }),
    comments: t('count.comments', { n: addedComments }),
  });
}
