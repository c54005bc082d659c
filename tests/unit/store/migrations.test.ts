// idb recognises requests by the global IDB* classes, so Node needs fake-indexeddb's globals too.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDatabaseAt } from '../../../lib/store/open';
import { openStore } from '../../../lib/store/store';
import { SCHEMA_VERSION } from '../../../lib/store/schema';
import type { V1CommentRecord } from '../../../lib/store/migrations';
import type { CommentRecord, Correction, ThreadRecord, TriageRecord } from '../../../lib/store/types';
import { BLOCK_SIZE, readBlock } from '../../../lib/store/blocks';
import type { CommentBlock } from '../../../lib/store/schema';
import { THREAD_URL, analysed, thread } from './helpers';
import { noteText, setLocale } from '../../../lib/i18n';

const NAME = 'threadsift-migration-test';
const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

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

/** A comment as schema v2 stored it: one record each, keyed `threadUrl#id`. */
function v2Comment(threadUrl: string, id: string, text: string, firstSeenAt: string): CommentRecord {
  return {
    ...analysed(id, text, Number(id) % 3 === 0 ? ['question'] : ['thanks']),
    key: `${threadUrl}#${id}`, threadUrl, site: new URL(threadUrl).hostname,
    firstSeenAt, lastSeenAt: '2024-03-02T08:00:00.000Z', goneSince: id === '7' ? '2024-03-02T08:00:00.000Z' : null,
    history: id === '2' ? [{ text: 'first wording', seenUntil: '2024-03-01T09:00:00.000Z' }] : [],
  };
}

/** The triage record v2's saveScan wrote for every new comment. */
function v2ScanTriage(comment: CommentRecord): TriageRecord {
  return { key: comment.key, threadUrl: comment.threadUrl, status: 'open', snoozeUntil: null, note: '', assignee: null, labelOverride: null, draft: '', updatedAt: comment.firstSeenAt };
}

const V2_BIG_THREAD = 'https://forum.example.net/t/outage/77';
const V2_COMMENTS = [
  ...Array.from({ length: 10 }, (_, i) => v2Comment(THREAD_URL, String(i + 1), `Comment ${i + 1} on the login thread`, '2024-03-01T08:00:00.000Z')),
  // More than one block's worth, to check blocks are cut and read back in order.
  ...Array.from({ length: BLOCK_SIZE + 7 }, (_, i) => v2Comment(V2_BIG_THREAD, String(i + 1), `Outage report ${i + 1}`, '2024-03-01T10:00:00.000Z')),
];
const V2_DECISIONS: TriageRecord[] = [
  { ...v2ScanTriage(V2_COMMENTS[2]), status: 'answered', note: 'see KB-3', updatedAt: '2024-03-03T08:00:00.000Z' },
  { ...v2ScanTriage(V2_COMMENTS[12]), status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z', updatedAt: '2024-03-03T08:00:00.000Z' },
  // Staff opened the draft box and left it as it was: different updatedAt, so it is a record to keep.
  { ...v2ScanTriage(V2_COMMENTS[20]), updatedAt: '2024-03-04T08:00:00.000Z' },
];

/** A real schema-v2 database, written the way v2's saveScan and updateTriage wrote it. */
async function createV2Database(factory: IDBFactory): Promise<void> {
  const db = await openDatabaseAt(factory, NAME, 2);
  expect([...db.objectStoreNames].sort()).toEqual(['comments', 'corrections', 'meta', 'settings', 'threads', 'triage']);
  const decided = new Map(V2_DECISIONS.map((t) => [t.key, t]));
  const tx = db.transaction(['threads', 'comments', 'triage'], 'readwrite');
  await Promise.all([
    tx.objectStore('threads').put({ ...V1_THREAD, commentCountRead: 10 }),
    tx.objectStore('threads').put({ ...V1_THREAD, url: V2_BIG_THREAD, title: 'Outage', commentCountRead: BLOCK_SIZE + 7 }),
    ...V2_COMMENTS.map((c) => tx.objectStore('comments').put(c)),
    ...V2_COMMENTS.map((c) => tx.objectStore('triage').put(decided.get(c.key) ?? v2ScanTriage(c))),
    tx.done,
  ]);
  db.close();
}

describe('schema migrations', () => {
  it('v2 -> v3 moves comments into blocks, keeps every decision and reads back the same items', async () => {
    const factory = new IDBFactory();
    await createV2Database(factory);

    const store = await openStore({ factory, name: NAME });
    const items = await store.listItems();
    expect(items.map((i) => i.comment).sort(byKey)).toEqual([...V2_COMMENTS].sort(byKey));
    const decided = new Map(V2_DECISIONS.map((t) => [t.key, t]));
    for (const item of items) expect(item.triage).toEqual(decided.get(item.comment.key) ?? v2ScanTriage(item.comment));
    // One thread's read returns only its comments, in their order.
    expect((await store.listItems({ threadUrl: V2_BIG_THREAD })).map((i) => i.comment.id)).toEqual(
      V2_COMMENTS.filter((c) => c.threadUrl === V2_BIG_THREAD).map((c) => c.id).sort(),
    );
    store.close();

    const db = await openDatabaseAt(factory, NAME, SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['commentBlocks', 'corrections', 'meta', 'settings', 'threads', 'triage']);
    expect(await db.get('meta', 'meta')).toMatchObject({ schemaVersion: SCHEMA_VERSION, migratedFrom: [2] });
    const blocks = (await db.getAll('commentBlocks')) as CommentBlock[];
    expect(blocks.map((b) => [b.threadUrl, b.index, readBlock(b).length])).toEqual([
      [THREAD_URL, 0, 10], [V2_BIG_THREAD, 0, BLOCK_SIZE], [V2_BIG_THREAD, 1, 7],
    ]);
    // Only the records that say something beyond the default are still stored.
    expect(((await db.getAll('triage')) as TriageRecord[]).sort(byKey)).toEqual([...V2_DECISIONS].sort(byKey));
    db.close();
  });

  it('a backup taken before v3 and after it is the same file', async () => {
    const factory = new IDBFactory();
    await createV2Database(factory);
    const store = await openStore({ factory, name: NAME });
    const backup = await store.exportBackup();
    expect(backup.schemaVersion).toBe(SCHEMA_VERSION);
    expect(backup.comments.sort(byKey)).toEqual([...V2_COMMENTS].sort(byKey));
    const decided = new Map(V2_DECISIONS.map((t) => [t.key, t]));
    expect(backup.triage.sort(byKey)).toEqual(V2_COMMENTS.map((c) => decided.get(c.key) ?? v2ScanTriage(c)).sort(byKey));
    // ...and restoring it into a fresh v3 store gives the same file back.
    const other = await openStore({ factory: new IDBFactory(), name: NAME });
    await other.restoreBackup({ ...backup, schemaVersion: 2 });
    const again = await other.exportBackup();
    expect({ ...again, exportedAt: '' , comments: again.comments.sort(byKey), triage: again.triage.sort(byKey) })
      .toEqual({ ...backup, exportedAt: '' });
    store.close();
    other.close();
  });

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
    expect([...db.objectStoreNames]).not.toContain('comments');
    expect(await db.get('meta', 'meta')).toMatchObject({ schemaVersion: SCHEMA_VERSION, migratedFrom: [1] });
    expect(await db.countFromIndex('triage', 'status', 'snoozed')).toBe(1);
    // All three had a staff decision, so all three triage records are kept through v3.
    expect(await db.count('triage')).toBe(3);
    db.close();
  });

  it("v3 -> v4 keeps a thread's English notes and shows them as they were; new scans store keys", async () => {
    const factory = new IDBFactory();
    const v3 = await openDatabaseAt(factory, NAME, 3);
    const sentences = ['Read page 2 of 5 of the comments only.', 'The page claims 91 comments but 74 were read.'];
    await v3.put('threads', { ...V1_THREAD, warnings: sentences });
    await v3.put('threads', { ...V1_THREAD, url: V2_BIG_THREAD, warnings: [] });
    v3.close();

    const store = await openStore({ factory, name: NAME });
    const threads = await store.listThreads();
    const notes = threads.find((t) => t.url === THREAD_URL)!.warnings;
    expect(notes.map((note) => note.key)).toEqual(['note.text', 'note.text']);
    setLocale('es');
    expect(notes.map(noteText)).toEqual(sentences);
    setLocale('en');
    expect(threads.find((t) => t.url === V2_BIG_THREAD)!.warnings).toEqual([]);
    // A re-scan stores the scan's notes as keys, which then read in either language.
    await store.saveScan(thread({ warnings: [{ key: 'note.onePageRead', vars: { page: 2, total: 5 } }] }), [analysed('1', 'Still broken?', ['question'])]);
    const rescanned = (await store.listThreads()).find((t) => t.url === THREAD_URL)!.warnings;
    expect(rescanned.map(noteText)).toEqual(['Read page 2 of 5 of the comments only.']);
    setLocale('es');
    expect(rescanned.map(noteText)).toEqual(['Solo se leyó la página 2 de 5 de los comentarios.']);
    setLocale('en');

    // A v3 backup (English sentences) restores with its notes kept; a v4 backup with a note of the wrong shape does not.
    const backup = await store.exportBackup();
    const other = await openStore({ factory: new IDBFactory(), name: NAME });
    const v3Threads = backup.threads.map((t) => ({ ...t, warnings: t.warnings.map(noteText) }));
    await other.restoreBackup({ ...backup, schemaVersion: 3, threads: v3Threads });
    expect((await other.listThreads()).find((t) => t.url === THREAD_URL)!.warnings).toEqual([{ key: 'note.text', vars: { text: 'Read page 2 of 5 of the comments only.' } }]);
    const badNote = backup.threads.map((t) => ({ ...t, warnings: [{ key: 'note.onePageRead', vars: { page: { nested: 1 } } }] }));
    await expect(other.restoreBackup({ ...backup, threads: badNote })).rejects.toThrow(/warnings\[0\]\.vars\.page must be text or a number/);
    const stringNote = backup.threads.map((t) => ({ ...t, warnings: ['an English sentence in a v4 file'] }));
    await expect(other.restoreBackup({ ...backup, threads: stringNote })).rejects.toThrow(/warnings\[0\] must be a note/);
    expect((await other.listThreads()).find((t) => t.url === THREAD_URL)!.warnings).toHaveLength(1);
    store.close();
    other.close();
  });

  it('says a note of a key this version does not know by its text, or says it cannot show it', () => {
    expect(noteText({ key: 'note.fromTheFuture' as never, vars: { text: 'Read 3 of 4 forums.' } })).toBe('Read 3 of 4 forums.');
    expect(noteText({ key: 'note.fromTheFuture' as never, vars: {} })).toBe('A note this version of Threadsift cannot show.');
    // Only notes' keys: another message of the catalogue is not a note.
    expect(noteText({ key: 'error.database' as never, vars: {} })).toBe('A note this version of Threadsift cannot show.');
    expect(noteText({ key: 'note.claimedFewer', vars: { claimed: 5, read: 4 } })).toBe('The page claims 5 comments but 4 were read.');
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
    expect([...db.objectStoreNames].sort()).toEqual(['commentBlocks', 'corrections', 'meta', 'settings', 'threads', 'triage']);
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

describe('schema version', () => {
  it('is the version the last migration step reaches (a new step must bump it, and the other way round)', async () => {
    const { SCHEMA_VERSION } = await import('../../../lib/store/schema');
    const { LATEST_MIGRATION } = await import('../../../lib/store/migrations');
    expect(SCHEMA_VERSION).toBe(LATEST_MIGRATION);
  });
});
