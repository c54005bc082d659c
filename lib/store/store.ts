// The TriageStore over IndexedDB (idb). Scans merge into `comments`; staff decisions live in
// `triage` and are only written by staff actions, never by a scan.
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { LABELS, type AnalysedComment, type Label, type ScrapedThread } from '../thread';
import type {
  Backup, CommentRecord, Correction, LoadItemsOptions, QueueItem, ScanSummary, Settings, ThreadRecord, TriageField, TriagePatch,
  RemovedThread, TriageRecord, TriageStore,
} from './types';
import { DATA_STORES, DEFAULT_DB_NAME, SCHEMA_VERSION, SETTINGS_KEY, type CommentBlock, type ThreadsiftDB } from './schema';
import { blocksOf, commentTime, commentsOf, readBlock, defaultTriage, isDefaultTriage, threadBlocks, threadUrlOfKey, toBlocks } from './blocks';
import { openDatabaseAt } from './open';
import { BACKUP_FORMAT, parseBackup } from './backup';
import { withDefaults } from './defaults';
import { effectiveStatus, isOpenFollowUp, needsAttention, withEffectiveStatus } from './status';
import { editAddsAsk } from './reopen';
import { textHash } from './hash';
import { undoPatch } from './undo';
import { Problems, checkCorrection, checkSettings, checkTriage } from './validate';
import { siteOf } from '../safe-url';

export interface OpenStoreOptions {
  /** Database name; tests use a fresh one (or a fresh factory) each. */
  name?: string;
  /** Defaults to the global `indexedDB`. */
  factory?: IDBFactory;
}

export async function openStore(options: OpenStoreOptions = {}): Promise<TriageStore> {
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new Error('This environment has no IndexedDB, so Threadsift cannot keep a queue here.');
  const db = await openDatabaseAt(factory, options.name ?? DEFAULT_DB_NAME, SCHEMA_VERSION);
  return new IdbTriageStore(db as unknown as IDBPDatabase<ThreadsiftDB>);
}

export function commentKey(threadUrl: string, commentId: string): string {
  return `${threadUrl}#${commentId}`;
}

/** Comments joined with their triage state (the default where staff decided nothing yet). */
export function joinItems(blocks: readonly CommentBlock[], triage: readonly TriageRecord[], now: number): QueueItem[] {
  const triageByKey = new Map(triage.map((t) => [t.key, t]));
  return blocks.flatMap((block) => joinBlock(block, triageByKey, now));
}

function joinBlock(block: CommentBlock, triageByKey: ReadonlyMap<string, TriageRecord>, now: number): QueueItem[] {
  return readBlock(block).map((comment) => {
    const stored = triageByKey.get(comment.key);
    const state = stored ? withEffectiveStatus(stored, now) : defaultTriage(comment.key, comment.threadUrl, comment.firstSeenAt);
    return { comment, triage: state, labels: state.labelOverride ?? comment.labels };
  });
}

/** Yields to the event loop (a macrotask, so rendering and input get their turn). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const noop = (): void => {};

type WriteTransaction = IDBPTransaction<ThreadsiftDB, StoreNames<ThreadsiftDB>[], 'readwrite'>;

/** A failed transaction rolled back: say so plainly, keep the original for debugging. */
function storageError(action: string, error: unknown): Error {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') {
    return new Error(
      `${action} failed: the browser's storage for Threadsift is full. Nothing was changed. Export a backup and remove old threads, then try again.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new Error(`${action} failed, so nothing was changed. (${name ? `${name}: ` : ''}${detail})`, { cause: error });
}

class IdbTriageStore implements TriageStore {
  constructor(private readonly db: IDBPDatabase<ThreadsiftDB>) {}

  async saveScan(thread: ScrapedThread, comments: AnalysedComment[], now: Date = new Date()): Promise<ScanSummary> {
    const at = now.toISOString();
    const url = thread.url;
    const site = siteOf(url);
    // Default durability: with a handful of block writes per scan, 'relaxed' measured no faster in Chromium.
    const tx = this.db.transaction(['threads', 'commentBlocks', 'triage'], 'readwrite');
    const done = tx.done;
    done.catch(noop);
    try {
      const threads = tx.objectStore('threads');
      const blockStore = tx.objectStore('commentBlocks');
      // Three reads: the thread, its comment blocks and the staff decisions made in it.
      const [storedThread, storedBlocks, storedTriage] = await Promise.all([
        threads.get(url),
        blockStore.getAll(threadBlocks(url)),
        tx.objectStore('triage').index('threadUrl').getAll(url),
      ]);
      const storedComments = commentsOf(storedBlocks);
      const previous = new Map(storedComments.map((c) => [c.key, c]));
      const triageByKey = new Map(storedTriage.map((t) => [t.key, t]));
      const seen = new Set<string>();
      const merged: CommentRecord[] = [];
      const summary: ScanSummary = {
        threadUrl: url, total: 0, added: 0, edited: 0, gone: 0,
        counts: Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>, openFollowUps: 0, newOpenFollowUps: 0, reopened: 0,
      };
      const nowMs = now.getTime();
      const reopened: TriageRecord[] = [];

      for (const scraped of comments) {
        const key = commentKey(url, scraped.id);
        if (seen.has(key)) continue; // an extractor listing one comment twice
        seen.add(key);
        const old = previous.get(key);
        const history = old ? [...old.history] : [];
        const edited = !!old && old.text !== scraped.text;
        if (!old) summary.added++;
        else if (edited) {
          history.push({ text: old.text, seenUntil: old.lastSeenAt });
          summary.edited++;
        }
        const record: CommentRecord = {
          ...scraped, key, threadUrl: url, site,
          firstSeenAt: old?.firstSeenAt ?? at, lastSeenAt: at, goneSince: null, history,
        };
        merged.push(record);
        // A scan writes no triage record (staff have decided nothing yet, and a missing one reads as open), with one
        // exception: a closed item whose writer edited in a new question or report opens again (lib/store/reopen.ts).
        let triage = triageByKey.get(key) ?? defaultTriage(key, url, record.firstSeenAt);
        if (edited && effectiveStatus(triage, nowMs) !== 'open' && editAddsAsk(old.text, record, triage.labelOverride ?? record.labels)) {
          triage = { ...triage, status: 'open', snoozeUntil: null, updatedAt: at };
          reopened.push(triage);
        }
        const item: QueueItem = { comment: record, triage, labels: triage.labelOverride ?? record.labels };
        // Readers' comments only: the summary tells staff what is asked of them, as the Queue does.
        if (!record.staff) for (const label of item.labels) summary.counts[label]++;
        if (isOpenFollowUp(item, nowMs)) {
          summary.openFollowUps++;
          if (!old) summary.newOpenFollowUps++;
        }
      }
      summary.total = seen.size;

      // Comments no longer on the page stay, flagged once, after the ones still there. A scan that read only some of a
      // thread's pages cannot tell a removed comment from one on a page it did not read: those stay as they were.
      // (A total of null: a chain of next links that stopped with more to read.)
      const readWhole = !thread.pages || (thread.pages.total !== null && thread.pages.read.length >= thread.pages.total);
      for (const old of storedComments) {
        if (seen.has(old.key)) continue;
        if (!readWhole) {
          merged.push(old);
          continue;
        }
        if (old.goneSince === null) summary.gone++;
        merged.push(old.goneSince === null ? { ...old, goneSince: at } : old);
      }

      // The thread's blocks are rewritten whole (a handful of records even for 10,000 comments).
      // Writes go to the raw stores without a promise each: a failed request aborts the
      // transaction, which rejects `done`, so one await covers them all.
      const rawBlocks = unwrap(blockStore) as IDBObjectStore;
      rawBlocks.delete(threadBlocks(url));
      for (const block of toBlocks(url, merged)) rawBlocks.put(block);

      const record: ThreadRecord = {
        ...thread, site, commentCountRead: seen.size,
        firstScannedAt: storedThread?.firstScannedAt ?? at, lastScannedAt: at,
        lastVisitedAt: storedThread?.lastVisitedAt ?? null, tracked: storedThread?.tracked ?? false,
      };
      (unwrap(threads) as IDBObjectStore).put(record);
      const rawTriage = unwrap(tx.objectStore('triage')) as IDBObjectStore;
      for (const triage of reopened) rawTriage.put(triage);
      summary.reopened = reopened.length;
      await done;
      return summary;
    } catch (error) {
      abortQuietly(tx);
      throw storageError(`Saving the scan of “${thread.title || url}”`, await settledError(done, error));
    }
  }

  async getThread(url: string): Promise<ThreadRecord | undefined> {
    return this.db.get('threads', url);
  }

  async listThreads(): Promise<ThreadRecord[]> {
    return this.db.getAll('threads');
  }

  async setTracked(url: string, tracked: boolean): Promise<void> {
    await this.patchThread(url, { tracked });
  }

  async markVisited(url: string, at: Date = new Date()): Promise<void> {
    await this.patchThread(url, { lastVisitedAt: at.toISOString() });
  }

  private async patchThread(url: string, patch: Partial<ThreadRecord>): Promise<void> {
    const tx = this.db.transaction('threads', 'readwrite');
    const stored = await tx.store.get(url);
    if (!stored) {
      abortQuietly(tx);
      await tx.done.catch(noop);
      throw new Error(`Threadsift has no saved thread at ${url}.`);
    }
    await tx.store.put({ ...stored, ...patch, url });
    await tx.done;
  }

  async listItems(filter: { threadUrl?: string } = {}): Promise<QueueItem[]> {
      const tx = this.db.transaction(['commentBlocks', 'triage'], 'readonly');
    const url = filter.threadUrl;
    const [blocks, triage] = await Promise.all([
      url !== undefined ? tx.objectStore('commentBlocks').getAll(threadBlocks(url)) : tx.objectStore('commentBlocks').getAll(),
      url !== undefined ? tx.objectStore('triage').index('threadUrl').getAll(url) : tx.objectStore('triage').getAll(),
    ]);
    await tx.done;
    return joinItems(blocks, triage, Date.now());
  }

  async loadItems(options: LoadItemsOptions = {}): Promise<QueueItem[]> {
    const { onFirst, signal } = options;
    const firstCount = options.firstCount ?? 50;
    const tx = this.db.transaction(['commentBlocks', 'triage'], 'readonly');
    const [blocks, triage] = await Promise.all([tx.objectStore('commentBlocks').getAll(), tx.objectStore('triage').getAll()]);
    await tx.done;
    const now = Date.now();
    const triageByKey = new Map(triage.map((t) => [t.key, t]));
    // Newest blocks first: once the first screen's oldest item is newer than every block not
    // yet decoded, no later block can change it, so it is shown before the rest is decoded.
    const order = blocks.map((_, i) => i).sort((a, b) => blocks[b].newest - blocks[a].newest);
    const decoded: QueueItem[][] = new Array<QueueItem[]>(blocks.length);
    let first: QueueItem[] | null = onFirst ? [] : null;
    let sliceStart = performance.now();
    for (let n = 0; n < order.length; n++) {
      if (signal?.aborted) throw new DOMException('The load was cancelled.', 'AbortError');
      const items = joinBlock(blocks[order[n]], triageByKey, now);
      decoded[order[n]] = items;
      if (first) {
        for (const item of items) if (needsAttention(item, now)) first.push(item);
        first.sort((a, b) => commentTime(b.comment) - commentTime(a.comment));
        first.length = Math.min(first.length, firstCount);
        const unreadNewest = n + 1 < order.length ? blocks[order[n + 1]].newest : -Infinity;
        const settled = first.length === firstCount ? commentTime(first[firstCount - 1].comment) > unreadNewest : unreadNewest === -Infinity;
        if (settled) {
          onFirst!(first);
          first = null;
          await nextTask(); // let the page paint the first screen
          sliceStart = performance.now();
        }
      }
      // Decode in slices of about a frame so typing and scrolling stay responsive meanwhile.
      if (performance.now() - sliceStart > 12) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
    if (first) onFirst!(first); // no blocks at all
    return decoded.flat();
  }

  async updateTriage(keys: string[], patch: TriagePatch): Promise<TriageRecord[]> {
    const at = new Date().toISOString();
    const tx = this.db.transaction(['triage', 'commentBlocks'], 'readwrite');
    const done = tx.done;
    done.catch(noop);
    try {
      const triageStore = tx.objectStore('triage');
      const unique = [...new Set(keys)];
      const stored = await Promise.all(unique.map((key) => triageStore.get(key)));
      // An item staff never touched has no record yet: its previous state is the default, if the comment exists.
      const missing = unique.filter((_, i) => !stored[i]);
      const defaults = new Map<string, TriageRecord>();
      for (const comment of await commentsOfThreads(tx, missing.map(threadUrlOfKey))) {
        defaults.set(comment.key, defaultTriage(comment.key, comment.threadUrl, comment.firstSeenAt));
      }
      const found = unique
        .map((key, i) => stored[i] ?? defaults.get(key))
        .filter((t): t is TriageRecord => !!t);
      const updated = found.map((previous) => {
        const next: TriageRecord = { ...previous, ...patch, key: previous.key, threadUrl: previous.threadUrl, updatedAt: patch.updatedAt ?? at };
        // A status other than snoozed drops a stale snooze date unless the caller sets one.
        if (patch.status && patch.status !== 'snoozed' && !('snoozeUntil' in patch)) next.snoozeUntil = null;
        return next;
      });
      try {
        for (const next of updated) {
          if (next.status === 'snoozed' && !next.snoozeUntil) throw new Error('A snoozed item needs a date to reopen on.');
          assertValid(checkTriage, next, 'triage');
        }
      } catch (invalidPatch) {
        abortQuietly(tx);
        throw Object.assign(invalidPatch as Error, { invalidPatch: true });
      }
      await Promise.all(updated.map((next) => triageStore.put(next)));
      await done;
      return found;
    } catch (error) {
      if ((error as { invalidPatch?: boolean }).invalidPatch) throw error;
      abortQuietly(tx);
      throw storageError('Updating the queue', await settledError(done, error));
    }
  }

  async restoreTriage(previous: TriageRecord[], fields: readonly TriageField[]): Promise<number> {
    for (const record of previous) assertValid(checkTriage, record, 'triage');
    const at = new Date().toISOString();
    const tx = this.db.transaction(['triage', 'commentBlocks'], 'readwrite');
    const done = tx.done;
    done.catch(noop);
    try {
      const triageStore = tx.objectStore('triage');
      // The records and comments as they are now, read in the same transaction so no write lands in between.
      const current = await Promise.all(previous.map((record) => triageStore.get(record.key)));
      const existing = new Set((await commentsOfThreads(tx, previous.map((record) => record.threadUrl))).map((comment) => comment.key));
      // A comment gone since (the data was cleared or replaced in Options) gets no record: one naming
      // no comment would make every later backup fail to restore. A record gone while its comment
      // stayed comes back whole, as it was before the change.
      const restored = previous.flatMap((record, i): TriageRecord[] =>
        existing.has(record.key) ? [{ ...(current[i] ?? record), ...undoPatch(record, fields), updatedAt: at }] : []);
      await Promise.all(restored.map((record) => triageStore.put(record)));
      await done;
      return restored.length;
    } catch (error) {
      abortQuietly(tx);
      throw storageError('Undoing the change', await settledError(done, error));
    }
  }

  async addCorrection(input: Omit<Correction, 'id' | 'createdAt'>): Promise<Correction> {
    const correction: Correction = { ...input, id: textHash(input.text), createdAt: new Date().toISOString() };
    assertValid(checkCorrection, correction, 'correction');
    await this.db.put('corrections', correction);
    return correction;
  }

  async getCorrection(text: string): Promise<Correction | undefined> {
    return this.db.get('corrections', textHash(text));
  }

  async restoreCorrection(added: Correction, previous: Correction | undefined): Promise<boolean> {
    if (previous) assertValid(checkCorrection, previous, 'correction');
    const tx = this.db.transaction('corrections', 'readwrite');
    const done = tx.done;
    done.catch(noop);
    try {
      // Only the correction this relabel wrote is taken back: one imported, reset or made in another
      // window since is newer than this undo and stays.
      const current = await tx.store.get(added.id);
      const ours = !!current && current.createdAt === added.createdAt && sameLabels(current.labels, added.labels);
      if (ours) await (previous ? tx.store.put(previous) : tx.store.delete(added.id));
      await done;
      return ours;
    } catch (error) {
      abortQuietly(tx);
      throw storageError('Undoing the relabel', await settledError(done, error));
    }
  }

  async countComments(): Promise<number> {
    let total = 0;
    for (const block of await this.db.getAll('commentBlocks')) total += block.count;
    return total;
  }

  async listCorrections(): Promise<Correction[]> {
    return this.db.getAll('corrections');
  }

  async replaceCorrections(corrections: Correction[]): Promise<void> {
    for (const correction of corrections) assertValid(checkCorrection, correction, 'correction');
    await this.writeAll('Replacing the corrections', ['corrections'], (tx) => {
      const store = tx.objectStore('corrections');
      return [store.clear(), ...corrections.map((c) => store.put(c))];
    });
  }

  async getSettings(): Promise<Settings> {
    return withDefaults(await this.db.get('settings', SETTINGS_KEY));
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    const tx = this.db.transaction('settings', 'readwrite');
    const done = tx.done;
    done.catch(noop);
    const next = withDefaults({ ...withDefaults(await tx.store.get(SETTINGS_KEY)), ...patch });
    try {
      assertValid(checkSettings, next, 'settings');
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    await tx.store.put(next, SETTINGS_KEY);
    await done;
    return next;
  }

  async exportBackup(): Promise<Backup> {
    const tx = this.db.transaction([...DATA_STORES], 'readonly');
    const backup = await readBackup(tx);
    await tx.done;
    return backup;
  }

  async restoreBackup(input: unknown): Promise<void> {
    await this.replace(replacementOf(parseBackup(input)));
  }

  async removeThread(url: string): Promise<RemovedThread | null> {
    const tx = this.db.transaction(['threads', 'commentBlocks', 'triage'], 'readwrite');
    const done = tx.done;
    done.catch(noop);
    try {
      // Read and deleted in one transaction: what Undo puts back is exactly what went.
      const [thread, blocks, triage] = await Promise.all([
        tx.objectStore('threads').get(url),
        tx.objectStore('commentBlocks').getAll(threadBlocks(url)),
        tx.objectStore('triage').index('threadUrl').getAll(url),
      ]);
      if (!thread) {
        abortQuietly(tx);
        await done.catch(noop);
        return null;
      }
      const triageStore = unwrap(tx.objectStore('triage')) as IDBObjectStore;
      for (const record of triage) triageStore.delete(record.key);
      (unwrap(tx.objectStore('commentBlocks')) as IDBObjectStore).delete(threadBlocks(url));
      (unwrap(tx.objectStore('threads')) as IDBObjectStore).delete(url);
      await done;
      return { thread, blocks, triage };
    } catch (error) {
      abortQuietly(tx);
      throw storageError(`Removing the thread ${url}`, await settledError(done, error));
    }
  }

  async restoreThread(removed: RemovedThread): Promise<boolean> {
    const tx = this.db.transaction(['threads', 'commentBlocks', 'triage'], 'readwrite');
    const done = tx.done;
    done.catch(noop);
    try {
      // Scanned again since: that scan is newer than what Undo holds, so it stays.
      if (await tx.objectStore('threads').get(removed.thread.url)) {
        abortQuietly(tx);
        await done.catch(noop);
        return false;
      }
      (unwrap(tx.objectStore('threads')) as IDBObjectStore).put(removed.thread);
      const blockStore = unwrap(tx.objectStore('commentBlocks')) as IDBObjectStore;
      for (const block of removed.blocks) blockStore.put(block);
      const triageStore = unwrap(tx.objectStore('triage')) as IDBObjectStore;
      for (const record of removed.triage) triageStore.put(record);
      await done;
      return true;
    } catch (error) {
      abortQuietly(tx);
      throw storageError(`Putting back the thread ${removed.thread.url}`, await settledError(done, error));
    }
  }

  async clearAll(): Promise<void> {
    await this.replace(null);
  }

  async replaceAll(next: unknown | null): Promise<Backup> {
    // Parsed before the transaction opens: a bad file throws BackupError with nothing touched, and
    // the slow parse of a large file does not hold the whole database locked.
    return this.replace(next === null ? null : replacementOf(parseBackup(next)));
  }

  /** Copies everything, then clears it and writes `replacement` (unless only clearing), in one transaction. */
  private async replace(replacement: Replacement | null): Promise<Backup> {
    const action = replacement ? 'Restoring the backup' : 'Clearing the data';
    const tx = this.db.transaction([...DATA_STORES], 'readwrite');
    const done = tx.done;
    done.catch(noop);
    // The copy is read in the same transaction as the change, so no write can land between them
    // and be in neither. Nothing but IndexedDB requests is awaited here, or the transaction would commit.
    let previous: Backup;
    try {
      previous = await readBackup(tx);
    } catch (error) {
      abortQuietly(tx);
      const failure = storageError(`Copying the current data before ${action.toLowerCase()}`, await settledError(done, error));
      throw Object.assign(failure, { copyFailed: true });
    }
    try {
      issueReplace(tx, replacement);
      await done;
    } catch (error) {
      abortQuietly(tx);
      throw storageError(action, await settledError(done, error));
    }
    return previous;
  }

  close(): void {
    this.db.close();
  }

  /** One readwrite transaction whose requests are all issued at once; any failure rolls all back. */
  private async writeAll(
    action: string,
    stores: StoreNames<ThreadsiftDB>[],
    issue: (tx: WriteTransaction) => Promise<unknown>[],
  ): Promise<void> {
    const tx = this.db.transaction(stores, 'readwrite');
    const done = tx.done;
    done.catch(noop);
    let writes: Promise<unknown>[] = [];
    try {
      writes = issue(tx);
      await Promise.all(writes);
      await done;
    } catch (error) {
      for (const write of writes) write.catch(noop);
      abortQuietly(tx);
      throw storageError(action, await settledError(done, error));
    }
  }
}

/** The comments stored for some threads (each thread read once), within a transaction that covers commentBlocks. */
async function commentsOfThreads(tx: WriteTransaction, threadUrls: readonly string[]): Promise<CommentRecord[]> {
  const comments: CommentRecord[] = [];
  for (const url of new Set(threadUrls)) comments.push(...commentsOf(await tx.objectStore('commentBlocks').getAll(threadBlocks(url))));
  return comments;
}

type DataTransaction = IDBPTransaction<ThreadsiftDB, StoreNames<ThreadsiftDB>[], IDBTransactionMode>;

/** Everything in the data stores as a Backup: exportBackup and replaceAll's copy are built the same way. */
async function readBackup(tx: DataTransaction): Promise<Backup> {
  const [threads, blocks, stored, corrections, settings] = await Promise.all([
    tx.objectStore('threads').getAll(),
    tx.objectStore('commentBlocks').getAll(),
    tx.objectStore('triage').getAll(),
    tx.objectStore('corrections').getAll(),
    tx.objectStore('settings').get(SETTINGS_KEY),
  ]);
  const comments = commentsOf(blocks);
  // The file lists every comment's triage state, stored or not, as every version's backup has.
  const storedByKey = new Map(stored.map((t) => [t.key, t]));
  const triage = comments.map((c) => storedByKey.get(c.key) ?? defaultTriage(c.key, c.threadUrl, c.firstSeenAt));
  // A stored record naming no comment (left by an undo before it checked) is not written out:
  // restoreBackup rejects a file holding one, so the backup could never be restored.
  return {
    format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: new Date().toISOString(),
    threads, comments, triage, corrections, settings: withDefaults(settings),
  };
}

/** What a backup is stored as, worked out before the transaction opens so it stays short. */
interface Replacement {
  threads: ThreadRecord[];
  blocks: CommentBlock[];
  triage: TriageRecord[];
  corrections: Correction[];
  settings: Settings;
}

function replacementOf(backup: Backup): Replacement {
  const commentByKey = new Map(backup.comments.map((c) => [c.key, c]));
  return {
    threads: backup.threads,
    blocks: blocksOf(backup.comments),
    // A state equal to the default reads back the same without a record, so only decisions are written.
    triage: backup.triage.filter((t) => !isDefaultTriage(t, commentByKey.get(t.key))),
    corrections: backup.corrections,
    settings: withDefaults(backup.settings),
  };
}

/**
 * Clears every data store and, unless only clearing, writes the replacement's records. Raw requests,
 * without a promise each: a failed one aborts the transaction, which rejects `done`.
 */
function issueReplace(tx: WriteTransaction, next: Replacement | null): void {
  const raw = (name: (typeof DATA_STORES)[number]) => unwrap(tx.objectStore(name)) as IDBObjectStore;
  for (const name of DATA_STORES) raw(name).clear();
  if (!next) return;
  for (const record of next.threads) raw('threads').put(record);
  for (const block of next.blocks) raw('commentBlocks').put(block);
  for (const record of next.triage) raw('triage').put(record);
  for (const record of next.corrections) raw('corrections').put(record);
  raw('settings').put(next.settings, SETTINGS_KEY);
}

function sameLabels(a: readonly Label[], b: readonly Label[]): boolean {
  return a.length === b.length && a.every((label) => b.includes(label));
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // The transaction already finished or aborted.
  }
}

/** The transaction's own error (e.g. QuotaExceededError) says more than the request's AbortError. */
async function settledError(done: Promise<void>, fallback: unknown): Promise<unknown> {
  try {
    await done;
    return fallback;
  } catch (txError) {
    const name = (fallback as { name?: string } | null)?.name;
    return name === 'AbortError' && txError ? txError : fallback;
  }
}

function assertValid(check: (p: Problems, o: Record<string, unknown>, path: string) => void, value: unknown, what: string): void {
  const problems = new Problems();
  check(problems, value as Record<string, unknown>, what);
  if (!problems.ok) throw new Error(`Invalid ${what}: ${problems.summary()}.`);
}
