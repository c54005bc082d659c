// idb recognises requests by the global IDB* classes, so Node needs fake-indexeddb's globals too.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDatabaseAt } from '../../../lib/store/open';
import { openStore } from '../../../lib/store/store';
import { SCHEMA_VERSION } from '../../../lib/store/schema';
import type { V1CommentRecord } from '../../../lib/store/migrations';
import type { Correction, ThreadRecord } from '../../../lib/store/types';
import { THREAD_URL, analysed, thread } from './helpers';

const NAME = 'threadsift-migration-test';

function v1Comment(id: string, text: string, state: Pick<V1CommentRecord, 'status' | 'snoozeUntil' | 'note'>, labels: V1CommentRecord['labels'] = ['question']): V1CommentRecord {
  return {
    ...analysed(id, text, labels),
    key: `${THREAD_URL}#${id}`,
    threadUrl: THREAD_URL,
    site: 'forum.example.net',
    firstSeenAt: '2023-11-01T08:00:00.000Z',
    lastSeenAt: '2023-11-02T08:00:00.000Z',
    goneSince: id === '3' ? '2023-11-02T08:00:00.000Z' : null,
    history: id === '1' ? [{ text: 'older wording', seenUntil: '2023-11-01T09:00:00.000Z' }] : [],
    ...state,
  };
}

const V1_THREAD: ThreadRecord = {
  ...thread(), site: 'forum.example.net', commentCountRead: 3,
  firstScannedAt: '2023-11-01T08:00:00.000Z', lastScannedAt: '2023-11-02T08:00:00.000Z', lastVisitedAt: '2023-11-02T09:00:00.000Z', tracked: true,
};
const V1_COMMENTS = [
  v1Comment('1', 'Does the 2FA reset also log out my other devices?', { status: 'answered', snoozeUntil: null, note: 'linked to KB-12' }),
  v1Comment('2', 'Export to CSV crashes with error 500', { status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z', note: '' }, ['bug']),
  v1Comment('3', 'Thanks, works now', { status: 'dismissed', snoozeUntil: null, note: 'thank-you' }, ['thanks']),
];
const CORRECTION: Correction = { id: 'c1', text: 'Export to CSV crashes with error 500', labels: ['bug'], site: 'forum.example.net', createdAt: '2023-11-02T08:30:00.000Z' };

/** A real schema-v1 database, written the way the first release wrote it. */
async function createV1Database(factory: IDBFactory): Promise<void> {
  const db = await openDatabaseAt(factory, NAME, 1);
  expect([...db.objectStoreNames].sort()).toEqual(['comments', 'corrections', 'meta', 'settings', 'threads']);
  const tx = db.transaction(['threads', 'comments', 'corrections', 'settings'], 'readwrite');
  await Promise.all([
    tx.objectStore('threads').put(V1_THREAD),
    ...V1_COMMENTS.map((c) => tx.objectStore('comments').put(c)),
    tx.objectStore('corrections').put(CORRECTION),
    // v1 settings had no saved replies or locale yet.
    tx.objectStore('settings').put({ staffAccounts: { 'forum.example.net': ['sam_admin'] }, theme: 'dark', recheckMinutes: 30, labelThreshold: 0.4 }, 'current'),
    tx.done,
  ]);
  db.close();
}

describe('schema migrations', () => {
  it('v1 -> v2 moves staff state into triage and loses nothing', async () => {
    const factory = new IDBFactory();
    await createV1Database(factory);

    const store = await openStore({ factory, name: NAME });
    const items = await store.listItems();
    expect(items).toHaveLength(3);
    const byId = new Map(items.map((i) => [i.comment.id, i]));
    expect(byId.get('1')!.triage).toEqual({
      key: `${THREAD_URL}#1`, threadUrl: THREAD_URL, status: 'answered', snoozeUntil: null, note: 'linked to KB-12',
      assignee: null, labelOverride: null, draft: '', updatedAt: '2023-11-02T08:00:00.000Z',
    });
    expect(byId.get('2')!.triage).toMatchObject({ status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z' });
    expect(byId.get('3')!.triage).toMatchObject({ status: 'dismissed', note: 'thank-you' });
    // Comments keep every scraped field, history and gone date, and no longer carry staff state.
    for (const original of V1_COMMENTS) {
      const { status, snoozeUntil, note, ...scraped } = original;
      void status; void snoozeUntil; void note;
      expect(byId.get(original.id)!.comment).toEqual(scraped);
    }
    expect(await store.getThread(THREAD_URL)).toEqual(V1_THREAD);
    expect(await store.listCorrections()).toEqual([CORRECTION]);
    expect(await store.getSettings()).toMatchObject({ theme: 'dark', recheckMinutes: 30, locale: 'auto', savedReplies: [] });
    store.close();

    const db = await openDatabaseAt(factory, NAME, SCHEMA_VERSION);
    expect([...db.transaction('comments').store.indexNames].sort()).toEqual(['labels', 'publishedAt', 'site', 'threadUrl']);
    expect(await db.get('meta', 'meta')).toMatchObject({ schemaVersion: 2, migratedFrom: [1] });
    expect(await db.countFromIndex('triage', 'status', 'snoozed')).toBe(1);
    db.close();
  });

  it('the migrated store keeps working: a re-scan merges into the migrated data', async () => {
    const factory = new IDBFactory();
    await createV1Database(factory);
    const store = await openStore({ factory, name: NAME });
    const summary = await store.saveScan(thread(), [
      analysed('1', V1_COMMENTS[0].text, ['question']),
      analysed('4', 'New question after the upgrade?', ['question']),
    ], new Date('2024-01-01T00:00:00Z'));
    expect(summary).toMatchObject({ added: 1, edited: 0, gone: 1 });
    const byId = new Map((await store.listItems()).map((i) => [i.comment.id, i]));
    expect(byId.get('1')!.triage.status).toBe('answered');
    expect(byId.get('1')!.comment.history).toHaveLength(1);
    expect(byId.get('4')!.triage.status).toBe('open');
    store.close();
  });

  it('a fresh database is created directly at the current version', async () => {
    const factory = new IDBFactory();
    const store = await openStore({ factory, name: NAME });
    store.close();
    const db = await openDatabaseAt(factory, NAME, SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['comments', 'corrections', 'meta', 'settings', 'threads', 'triage']);
    expect(await db.get('meta', 'meta')).toMatchObject({ schemaVersion: SCHEMA_VERSION, migratedFrom: [] });
    db.close();
  });

  it('a database from a newer Threadsift is refused with a clear message and left alone', async () => {
    const factory = new IDBFactory();
    const future = await openDatabaseAt(factory, NAME, SCHEMA_VERSION);
    future.close();
    const raw = factory.open(NAME, SCHEMA_VERSION + 5);
    await new Promise((resolve) => { raw.onsuccess = resolve; });
    raw.result.close();
    await expect(openStore({ factory, name: NAME })).rejects.toThrow(/newer version of Threadsift/);
  });
});
