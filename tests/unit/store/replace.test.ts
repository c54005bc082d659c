// replaceAll copies the current data and replaces (or clears) it in one transaction, so a write
// landing around a Clear all, Restore or Undo is either in the copy or in the result, never lost.
// idb recognises requests by the global IDB* classes, so Node needs fake-indexeddb's globals too.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openStore } from '../../../lib/store/store';
import { BackupError } from '../../../lib/store/backup';
import { DEFAULT_SETTINGS } from '../../../lib/store/defaults';
import type { Backup, TriageStore } from '../../../lib/store/types';
import { THREAD_URL, manyComments, thread } from './helpers';

const T0 = new Date('2024-04-02T12:00:00.000Z');
const T1 = new Date('2024-04-03T12:00:00.000Z');
const OTHER_URL = 'https://blog.example.com/2024/03/outage/';

let stores: TriageStore[] = [];
async function open(factory: IDBFactory): Promise<TriageStore> {
  const store = await openStore({ factory, name: 'threadsift-test' });
  stores.push(store);
  return store;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of stores) store.close();
  stores = [];
});

function dataOf(backup: Backup): Omit<Backup, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...data } = backup;
  return data;
}

/** A store holding one thread (kept as `older`), then a second thread and a decision made since. */
async function populated(factory = new IDBFactory()) {
  const store = await open(factory);
  await store.saveScan(thread(), manyComments(12), T0);
  const older = await store.exportBackup();
  await store.saveScan(thread({ url: OTHER_URL, title: 'Outage', platform: 'wordpress' }), manyComments(4), T1);
  await store.updateTriage([`${THREAD_URL}#1`], { status: 'answered', note: 'see KB-7' });
  await store.updateSettings({ theme: 'dark' });
  const current = await store.exportBackup();
  return { store, older, current };
}

/** Counts the transactions opened on any connection while `run` runs, by mode. */
async function countTransactions(run: () => Promise<unknown>): Promise<{ readonly: number; readwrite: number }> {
  const counts = { readonly: 0, readwrite: 0 };
  const real = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    counts[args[1] === 'readwrite' ? 'readwrite' : 'readonly']++;
    return real.apply(this, args);
  });
  try {
    await run();
  } finally {
    vi.mocked(IDBDatabase.prototype.transaction).mockRestore();
  }
  return counts;
}

describe('replaceAll', () => {
  it('returns the data as it was and leaves the backup in its place', async () => {
    const { store, older, current } = await populated();
    const copy = await store.replaceAll(JSON.stringify(older));
    expect(dataOf(copy)).toEqual(dataOf(current));
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(older));
    // The copy is a backup that restores: a second replace with it is the undo.
    expect(dataOf(await store.replaceAll(copy))).toEqual(dataOf(older));
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
  });

  it('with null clears everything and returns what was there', async () => {
    const { store, current } = await populated();
    const copy = await store.replaceAll(null);
    expect(dataOf(copy)).toEqual(dataOf(current));
    expect(await store.listItems()).toEqual([]);
    expect(await store.listThreads()).toEqual([]);
    expect(await store.listCorrections()).toEqual([]);
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('copies and changes in a single readwrite transaction', async () => {
    const { store, older } = await populated();
    expect(await countTransactions(() => store.replaceAll(older))).toEqual({ readonly: 0, readwrite: 1 });
    expect(await countTransactions(() => store.replaceAll(null))).toEqual({ readonly: 0, readwrite: 1 });
  });

  // Before, the copy was an exportBackup() in its own transaction, then the change ran in another:
  // a write committing between them was in neither. Here the dashboard (or the background, on its
  // own connection) writes right after the replace starts, the moment that gap used to open.
  it('a write issued right after a restore starts is in the copy or the result, never lost', async () => {
    const factory = new IDBFactory();
    const { store, older } = await populated(factory);
    const dashboard = await open(factory);
    const key = `${THREAD_URL}#4`; // a comment both in the current data and in the older backup

    const replacing = store.replaceAll(older);
    const deciding = dashboard.updateTriage([key], { status: 'dismissed', note: 'decided meanwhile' });
    const scanning = dashboard.saveScan(thread({ url: 'https://forum.example.net/t/new/1', title: 'New' }), manyComments(2), T1);
    const [copy, decidedOn] = await Promise.all([replacing, deciding, scanning]);
    const after = await store.exportBackup();

    expect(decidedOn).toHaveLength(1); // the comment was there, so the decision was written
    const decided = (backup: Backup) => backup.triage.some((t) => t.key === key && t.note === 'decided meanwhile');
    const scanned = (backup: Backup) => backup.threads.some((t) => t.url === 'https://forum.example.net/t/new/1');
    expect(decided(copy) || decided(after)).toBe(true);
    expect(scanned(copy) || scanned(after)).toBe(true);
  });

  it('a scan issued right after a clear starts is in the copy or the result, never lost', async () => {
    const factory = new IDBFactory();
    const { store } = await populated(factory);
    const background = await open(factory);
    const replacing = store.replaceAll(null);
    const scanning = background.saveScan(thread({ url: 'https://forum.example.net/t/new/1', title: 'New' }), manyComments(2), T1);
    const [copy] = await Promise.all([replacing, scanning]);
    const after = await store.exportBackup();
    const scanned = (backup: Backup) => backup.threads.some((t) => t.url === 'https://forum.example.net/t/new/1');
    expect(scanned(copy) || scanned(after)).toBe(true);
  });

  it('when the current data cannot be read, changes nothing and says the copy failed', async () => {
    const { store, older, current } = await populated();
    const realGetAll = IDBObjectStore.prototype.getAll;
    const aborting = new WeakSet<IDBTransaction>();
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      // The browser gives up on the transaction while the copy is being read.
      const tx = this.transaction;
      if (tx.mode === 'readwrite' && !aborting.has(tx)) {
        aborting.add(tx);
        queueMicrotask(() => tx.abort());
      }
      return realGetAll.apply(this, args);
    });
    const failure = store.replaceAll(older).catch((e: unknown) => e);
    const error = (await failure) as Error & { copyFailed?: boolean };
    expect(error.message).toMatch(/^Copying the current data before restoring the backup failed, so nothing was changed/);
    expect(error.copyFailed).toBe(true);
    vi.restoreAllMocks();
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
  });

  it('when the change cannot be written, rolls back (the copy read in it too) and says so', async () => {
    const { store, older, current } = await populated();
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'settings') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const error = (await store.replaceAll(older).catch((e: unknown) => e)) as Error & { copyFailed?: boolean };
    expect(error.message).toMatch(/storage for Threadsift is full\. Nothing was changed/);
    expect(error.copyFailed).toBeUndefined();
    vi.restoreAllMocks();
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
  });

  it('rejects a bad file before opening any transaction', async () => {
    const { store, current } = await populated();
    let error: unknown;
    const counts = await countTransactions(async () => {
      error = await store.replaceAll({ format: 'something-else' }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(BackupError);
    expect(counts).toEqual({ readonly: 0, readwrite: 0 });
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
  });
});
