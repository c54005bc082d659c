// The TriageStore over IndexedDB (idb). Scans merge into `comments`; staff decisions live in
// `triage` and are only written by staff actions, never by a scan.
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { LABELS, type AnalysedComment, type Label, type ScrapedThread } from '../thread';
import type {
  Backup, CommentRecord, Correction, QueueItem, ScanSummary, Settings, ThreadRecord, TriageRecord, TriageStore,
} from './types';
import { DATA_STORES, DEFAULT_DB_NAME, SCHEMA_VERSION, SETTINGS_KEY, type ThreadsiftDB } from './schema';
import { openDatabaseAt } from './open';
import { BACKUP_FORMAT, parseBackup } from './backup';
import { withDefaults } from './defaults';
import { isOpenFollowUp, withEffectiveStatus } from './status';
import { textHash } from './hash';
import { Problems, checkCorrection, checkSettings, checkTriage } from './validate';

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

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function newTriage(key: string, threadUrl: string, at: string): TriageRecord {
  return { key, threadUrl, status: 'open', snoozeUntil: null, note: '', assignee: null, labelOverride: null, draft: '', updatedAt: at };
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
    // 'relaxed' skips the disk flush per commit (several times faster in Chromium); a
    // transaction stays all-or-nothing, a power cut can only lose the last scan, which a re-scan redoes.
    const tx = this.db.transaction(['threads', 'comments', 'triage'], 'readwrite', { durability: 'relaxed' });
    const done = tx.done;
    done.catch(noop);
    try {
      const threads = tx.objectStore('threads');
      const commentStore = tx.objectStore('comments');
      const triageStore = tx.objectStore('triage');
      // Writes go to the raw stores without a promise each: a failed request aborts the
      // transaction, which rejects `done`, so one await covers all 20,000 of a large scan.
      const rawComments = unwrap(commentStore) as IDBObjectStore;
      const rawTriage = unwrap(triageStore) as IDBObjectStore;
      // Three bulk reads instead of one get per comment.
      const [storedThread, storedComments, storedTriage] = await Promise.all([
        threads.get(url),
        commentStore.index('threadUrl').getAll(url),
        triageStore.index('threadUrl').getAll(url),
      ]);
      const previous = new Map(storedComments.map((c) => [c.key, c]));
      const triageByKey = new Map(storedTriage.map((t) => [t.key, t]));
      const seen = new Set<string>();
      const summary: ScanSummary = {
        threadUrl: url, total: 0, added: 0, edited: 0, gone: 0,
        counts: Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>, openFollowUps: 0,
      };
      const nowMs = now.getTime();

      for (const scraped of comments) {
        const key = commentKey(url, scraped.id);
        if (seen.has(key)) continue; // an extractor listing one comment twice
        seen.add(key);
        const old = previous.get(key);
        const history = old ? [...old.history] : [];
        if (!old) summary.added++;
        else if (old.text !== scraped.text) {
          history.push({ text: old.text, seenUntil: old.lastSeenAt });
          summary.edited++;
        }
        const record: CommentRecord = {
          ...scraped, key, threadUrl: url, site,
          firstSeenAt: old?.firstSeenAt ?? at, lastSeenAt: at, goneSince: null, history,
        };
        rawComments.put(record);
        let triage = triageByKey.get(key);
        if (!triage) {
          triage = newTriage(key, url, at);
          triageByKey.set(key, triage);
          rawTriage.put(triage);
        }
        const item: QueueItem = { comment: record, triage, labels: triage.labelOverride ?? record.labels };
        for (const label of item.labels) summary.counts[label]++;
        if (isOpenFollowUp(item, nowMs)) summary.openFollowUps++;
      }
      summary.total = seen.size;

      for (const old of storedComments) {
        if (seen.has(old.key) || old.goneSince !== null) continue;
        rawComments.put({ ...old, goneSince: at });
        summary.gone++;
      }

      const record: ThreadRecord = {
        ...thread, site, commentCountRead: seen.size,
        firstScannedAt: storedThread?.firstScannedAt ?? at, lastScannedAt: at,
        lastVisitedAt: storedThread?.lastVisitedAt ?? null, tracked: storedThread?.tracked ?? false,
      };
      (unwrap(threads) as IDBObjectStore).put(record);
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
    const tx = this.db.transaction(['comments', 'triage'], 'readonly');
    const [comments, triage] = await Promise.all(
      filter.threadUrl !== undefined
        ? [tx.objectStore('comments').index('threadUrl').getAll(filter.threadUrl), tx.objectStore('triage').index('threadUrl').getAll(filter.threadUrl)]
        : [tx.objectStore('comments').getAll(), tx.objectStore('triage').getAll()],
    );
    await tx.done;
    const triageByKey = new Map(triage.map((t) => [t.key, t]));
    const now = Date.now();
    return comments.map((comment) => {
      const state = withEffectiveStatus(triageByKey.get(comment.key) ?? newTriage(comment.key, comment.threadUrl, comment.firstSeenAt), now);
      return { comment, triage: state, labels: state.labelOverride ?? comment.labels };
    });
  }

  async updateTriage(keys: string[], patch: Partial<Omit<TriageRecord, 'key' | 'threadUrl'>>): Promise<TriageRecord[]> {
    const at = new Date().toISOString();
    const tx = this.db.transaction('triage', 'readwrite');
    const done = tx.done;
    done.catch(noop);
    try {
      const found = (await Promise.all([...new Set(keys)].map((key) => tx.store.get(key)))).filter((t): t is TriageRecord => !!t);
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
      await Promise.all(updated.map((next) => tx.store.put(next)));
      await done;
      return found;
    } catch (error) {
      if ((error as { invalidPatch?: boolean }).invalidPatch) throw error;
      abortQuietly(tx);
      throw storageError('Updating the queue', await settledError(done, error));
    }
  }

  async restoreTriage(previous: TriageRecord[]): Promise<void> {
    for (const record of previous) assertValid(checkTriage, record, 'triage');
    await this.writeAll('Undoing the change', ['triage'], (tx) => previous.map((record) => tx.objectStore('triage').put(record)));
  }

  async addCorrection(input: Omit<Correction, 'id' | 'createdAt'>): Promise<Correction> {
    const correction: Correction = { ...input, id: textHash(input.text), createdAt: new Date().toISOString() };
    assertValid(checkCorrection, correction, 'correction');
    await this.db.put('corrections', correction);
    return correction;
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
    const [threads, comments, triage, corrections, settings] = await Promise.all([
      tx.objectStore('threads').getAll(),
      tx.objectStore('comments').getAll(),
      tx.objectStore('triage').getAll(),
      tx.objectStore('corrections').getAll(),
      tx.objectStore('settings').get(SETTINGS_KEY),
    ]);
    await tx.done;
    return {
      format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: new Date().toISOString(),
      threads, comments, triage, corrections, settings: withDefaults(settings),
    };
  }

  async restoreBackup(input: unknown): Promise<void> {
    const backup = parseBackup(input); // throws BackupError before anything is touched
    await this.writeAll('Restoring the backup', [...DATA_STORES], (tx) => {
      const clears = DATA_STORES.map((name) => tx.objectStore(name).clear());
      return [
        ...clears,
        ...backup.threads.map((r) => tx.objectStore('threads').put(r)),
        ...backup.comments.map((r) => tx.objectStore('comments').put(r)),
        ...backup.triage.map((r) => tx.objectStore('triage').put(r)),
        ...backup.corrections.map((r) => tx.objectStore('corrections').put(r)),
        tx.objectStore('settings').put(withDefaults(backup.settings), SETTINGS_KEY),
      ];
    });
  }

  async clearAll(): Promise<void> {
    await this.writeAll('Clearing the data', [...DATA_STORES], (tx) => DATA_STORES.map((name) => tx.objectStore(name).clear()));
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
