// idb recognises requests by the global IDB* classes, so Node needs fake-indexeddb's globals too.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openStore } from '../../../lib/store/store';
import { BackupError, parseBackup } from '../../../lib/store/backup';
import type { Backup, TriageStore } from '../../../lib/store/types';
import { THREAD_URL, analysed, manyComments, thread } from './helpers';

const HOSTILE = [
  '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'a\u202Eevil\u202C', 'null\u0000byte',
  'Z̷̢̛a̵͙l̶g̵o̶', '=HYPERLINK("http://x")', 'line one\r\nline "two"',
];

let open: TriageStore[] = [];
async function fresh(): Promise<TriageStore> {
  const store = await openStore({ factory: new IDBFactory() });
  open.push(store);
  return store;
}
afterEach(() => {
  for (const store of open) store.close();
  open = [];
});

async function populated(): Promise<TriageStore> {
  const store = await fresh();
  await store.saveScan(thread(), [
    ...manyComments(20),
    ...HOSTILE.map((text, i) => analysed(`h${i}`, text, ['question'])),
    analysed('big', 'x'.repeat(1_000_000) + '?', ['question']),
  ], new Date('2024-04-02T12:00:00Z'));
  await store.saveScan(thread({ url: 'https://blog.example.com/2024/03/outage/', title: 'Outage', platform: 'wordpress' }), manyComments(5), new Date('2024-04-03T12:00:00Z'));
  await store.updateTriage([`${THREAD_URL}#1`, `${THREAD_URL}#4`], { status: 'answered', note: 'see KB-7', draft: 'Hi! <b>not markup</b>' });
  await store.updateTriage([`${THREAD_URL}#7`], { status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z', labelOverride: ['bug'] });
  await store.addCorrection({ text: 'works for me now', labels: ['other'], site: 'forum.example.net' });
  await store.updateSettings({ theme: 'dark', staffAccounts: { 'forum.example.net': ['sam_admin', 'Tom_SRE'] }, savedReplies: [{ id: 'r1', title: 'Fixed', body: 'Fixed in 3.2.1' }] });
  await store.setTracked(THREAD_URL, true);
  return store;
}

function withoutDate(backup: Backup): Omit<Backup, 'exportedAt'> {
  const { exportedAt, ...rest } = backup;
  void exportedAt;
  return rest;
}

describe('backup and restore', () => {
  it('round-trips every record exactly, through JSON text, hostile and 1 MB texts included', async () => {
    const source = await populated();
    const backup = await source.exportBackup();
    expect(backup.comments).toHaveLength(20 + HOSTILE.length + 1 + 5);
    const file = JSON.stringify(backup);

    const target = await fresh();
    await target.saveScan(thread({ url: 'https://other.example/t/1' }), manyComments(3), new Date());
    await target.restoreBackup(file);
    const restored = await target.exportBackup();
    expect(withoutDate(restored)).toEqual(withoutDate(backup));
    const texts = new Set(restored.comments.map((c) => c.text));
    for (const text of HOSTILE) expect(texts.has(text)).toBe(true);
    expect(restored.comments.find((c) => c.id === 'big')!.text).toHaveLength(1_000_001);
    // The target's own earlier data is replaced, not merged.
    expect(restored.threads.map((t) => t.url).sort()).toEqual(['https://blog.example.com/2024/03/outage/', THREAD_URL]);
  });

  it('restores a schema-v1 backup through the migration path', async () => {
    const current = await (await populated()).exportBackup();
    const triageByKey = new Map(current.triage.map((t) => [t.key, t]));
    const v1 = {
      format: 'threadsift-backup', schemaVersion: 1, exportedAt: '2023-12-01T00:00:00.000Z',
      threads: current.threads,
      comments: current.comments.map((c) => {
        const t = triageByKey.get(c.key)!;
        return { ...c, status: t.status, snoozeUntil: t.snoozeUntil, note: t.note };
      }),
      corrections: current.corrections,
      settings: current.settings,
    };
    const store = await fresh();
    await store.restoreBackup(JSON.parse(JSON.stringify(v1)));
    const items = new Map((await store.listItems()).map((i) => [i.comment.key, i]));
    expect(items.size).toBe(current.comments.length);
    expect(items.get(`${THREAD_URL}#1`)!.triage).toMatchObject({ status: 'answered', note: 'see KB-7', draft: '', labelOverride: null });
    expect(items.get(`${THREAD_URL}#7`)!.triage).toMatchObject({ status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z' });
    expect(items.get(`${THREAD_URL}#1`)!.comment).toEqual(current.comments.find((c) => c.key === `${THREAD_URL}#1`));
  });

  it('leaves out a triage record naming no comment (one an earlier undo wrote after Clear all), so the file restores', async () => {
    const factory = new IDBFactory();
    const store = await openStore({ factory, name: 'orphans' });
    open.push(store);
    await store.saveScan(thread(), manyComments(3), new Date('2024-04-02T12:00:00Z'));
    await store.updateTriage([`${THREAD_URL}#1`], { status: 'answered' });
    const orphan = {
      key: 'https://forum.example.net/t/cleared-thread/9#4', threadUrl: 'https://forum.example.net/t/cleared-thread/9', status: 'answered',
      snoozeUntil: null, note: '', assignee: null, labelOverride: null, draft: '', updatedAt: '2024-04-02T13:00:00.000Z',
    };
    await putRaw(factory, 'orphans', 'triage', orphan);

    const backup = await store.exportBackup();
    expect(backup.triage.map((t) => [t.key, t.status])).toEqual([[`${THREAD_URL}#1`, 'answered'], [`${THREAD_URL}#2`, 'open'], [`${THREAD_URL}#3`, 'open']]);
    const target = await fresh();
    await target.restoreBackup(JSON.stringify(backup));
    expect(withoutDate(await target.exportBackup())).toEqual(withoutDate(backup));
  });

  describe('rejects corrupt or foreign files with a clear message and changes nothing', () => {
    const cases: Array<[string, (b: Record<string, unknown>) => unknown, RegExp]> = [
      ['a backup cut off', (b) => JSON.stringify(b).slice(0, 500), /incomplete: it stops before its end/],
      ['text that is not JSON', () => 'threads,comments\n1,2\n', /not valid JSON/],
      ['JSON broken inside', () => '{"format": "threadsift-backup", oops}', /not valid JSON/],
      ['a foreign JSON file', () => ({ name: 'my-package', version: '1.0.0' }), /not a Threadsift backup/],
      ['a JSON array', () => [], /not a Threadsift backup/],
      ['null', () => null, /not a Threadsift backup/],
      ['a newer schema', (b) => ({ ...b, schemaVersion: 99 }), /newer version of Threadsift/],
      ['a missing schema version', (b) => ({ ...b, schemaVersion: undefined }), /no valid schema version/],
      ['comments that are not a list', (b) => ({ ...b, comments: {} }), /comments must be a list/],
      ['a comment without text', (b) => patchFirst(b, 'comments', { text: undefined }), /comments\[0\]\.text must be text/],
      ['an unknown label', (b) => patchFirst(b, 'comments', { labels: ['spam'] }), /unknown label "spam"/],
      ['a bad date', (b) => patchFirst(b, 'comments', { firstSeenAt: 'yesterday' }), /firstSeenAt must be a date/],
      ['a bad status', (b) => patchFirst(b, 'triage', { status: 'deleted' }), /triage\[0\]\.status/],
      ['an oversized text', (b) => patchFirst(b, 'comments', { text: 'x'.repeat(4_000_001) }), /too long/],
      ['a key not matching its comment', (b) => patchFirst(b, 'comments', { key: 'https://evil.example/#1' }), /does not match threadUrl#id/],
      ['a comment of a thread not in the file', (b) => ({ ...b, threads: (b.threads as unknown[]).slice(1) }), /not in the file/],
      ['a duplicated record', (b) => ({ ...b, triage: [...(b.triage as unknown[]), (b.triage as unknown[])[0]] }), /appears twice/],
      ['bad settings', (b) => ({ ...b, settings: { ...(b.settings as object), theme: 'neon' } }), /settings\.theme/],
      ['a v1 file without staff state', (b) => ({ ...b, schemaVersion: 1 }), /comments\[0\]\.status/],
    ];
    it.each(cases)('%s', async (_name, corrupt, message) => {
      const store = await populated();
      const before = await store.exportBackup();
      const bad = corrupt(JSON.parse(JSON.stringify(before)) as Record<string, unknown>);
      const error = await store.restoreBackup(bad).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      expect(withoutDate(await store.exportBackup())).toEqual(withoutDate(before));
    });
  });

  it('parseBackup reports several problems by path, briefly', () => {
    const base = { format: 'threadsift-backup', schemaVersion: 2, exportedAt: '2024-01-01T00:00:00Z', threads: [], corrections: [], settings: {}, comments: [], triage: [] };
    expect(() => parseBackup(base)).toThrow(/settings\.staffAccounts must map sites to logins; settings\.theme/);
    const many = { ...base, settings: { staffAccounts: {}, theme: 'system', locale: 'auto', recheckMinutes: 1, labelThreshold: 0.5, savedReplies: [] }, corrections: Array(50).fill({}) };
    expect(() => parseBackup(many)).toThrow(/and \d+ more problems/);
  });
});

/** Writes a record straight into the database, as an older version of the store could have. */
function putRaw(factory: IDBFactory, name: string, storeName: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(storeName, 'readwrite');
      tx.objectStore(storeName).put(value);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

function patchFirst(backup: Record<string, unknown>, list: string, patch: Record<string, unknown>): Record<string, unknown> {
  const records = [...(backup[list] as Record<string, unknown>[])];
  records[0] = { ...records[0], ...patch };
  return { ...backup, [list]: records };
}
