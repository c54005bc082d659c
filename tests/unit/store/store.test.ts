// idb recognises requests by the global IDB* classes, so Node needs fake-indexeddb's globals too.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openStore } from '../../../lib/store/store';
import { DEFAULT_SETTINGS } from '../../../lib/store/defaults';
import type { TriageStore } from '../../../lib/store/types';
import { BLOCK_SIZE } from '../../../lib/store/blocks';
import { THREAD_URL, analysed, manyComments, thread } from './helpers';

const T0 = new Date('2024-04-02T12:00:00.000Z');
const T1 = new Date('2024-04-03T12:00:00.000Z');

let stores: TriageStore[] = [];
async function fresh(factory = new IDBFactory()): Promise<TriageStore> {
  const store = await openStore({ factory, name: 'threadsift-test' });
  stores.push(store);
  return store;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of stores) store.close();
  stores = [];
});

describe('openStore', () => {
  it('starts empty with default settings', async () => {
    const store = await fresh();
    expect(await store.listThreads()).toEqual([]);
    expect(await store.listItems()).toEqual([]);
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges settings patches and rejects invalid ones without changing anything', async () => {
    const store = await fresh();
    const updated = await store.updateSettings({ staffAccounts: { 'forum.example.net': ['sam_admin'] }, theme: 'dark' });
    expect(updated).toMatchObject({ theme: 'dark', locale: 'auto', staffAccounts: { 'forum.example.net': ['sam_admin'] } });
    await expect(store.updateSettings({ theme: 'neon' as never })).rejects.toThrow(/theme/);
    expect((await store.getSettings()).theme).toBe('dark');
  });
});

describe('saveScan', () => {
  it("counts readers' labels in its summary, not staff's own (as the Queue counts)", async () => {
    const store = await fresh();
    const summary = await store.saveScan(thread(), [
      analysed('1', 'The export stops at 500 rows.', ['bug']),
      analysed('2', 'Which browser? The fix for that bug shipped.', ['question', 'bug'], { staff: true }),
    ], T0);
    expect(summary).toMatchObject({ total: 2, counts: { bug: 1, question: 0, thanks: 0, other: 0 } });
  });

  it('adds comments with an open triage record each and stores the thread', async () => {
    const store = await fresh();
    const comments = [
      analysed('1', 'Since 3.2 I get "invalid token" on login. Anyone else?', ['question', 'bug']),
      analysed('2', 'Thanks for looking into it!', ['thanks']),
      analysed('3', 'Is there a workaround until the fix ships?', ['question'], { followUp: true }),
    ];
    const summary = await store.saveScan(thread(), comments, T0);
    expect(summary).toEqual({
      threadUrl: THREAD_URL, total: 3, added: 3, edited: 0, gone: 0, newOpenFollowUps: 1, reopened: 0,
      counts: { thanks: 1, question: 2, bug: 1, other: 0 }, openFollowUps: 1,
    });
    const saved = await store.getThread(THREAD_URL);
    expect(saved).toMatchObject({ site: 'forum.example.net', commentCountRead: 3, firstScannedAt: T0.toISOString(), tracked: false, lastVisitedAt: null });
    const items = await store.listItems({ threadUrl: THREAD_URL });
    expect(items.map((i) => [i.comment.key, i.triage.status, i.comment.firstSeenAt])).toEqual([
      [`${THREAD_URL}#1`, 'open', T0.toISOString()],
      [`${THREAD_URL}#2`, 'open', T0.toISOString()],
      [`${THREAD_URL}#3`, 'open', T0.toISOString()],
    ]);
  });

  it('re-scan: keeps edit history, flags gone comments, adds new ones, never touches staff state', async () => {
    const store = await fresh();
    await store.saveScan(thread(), [
      analysed('1', 'Login fails with invalid token. Any idea?', ['question']),
      analysed('2', 'Same here on Firefox', ['other']),
      analysed('3', 'Where do I download 3.1 again?', ['question']),
    ], T0);
    await store.setTracked(THREAD_URL, true);
    await store.updateTriage([`${THREAD_URL}#1`], { status: 'answered', note: 'replied on the forum', assignee: 'sam' });

    const summary = await store.saveScan(thread({ title: 'Login fails after the 3.2 update [solved]' }), [
      analysed('1', 'EDIT: fixed by clearing cookies. Login fails with invalid token. Any idea?', ['question']),
      analysed('3', 'Where do I download 3.1 again?', ['question']),
      analysed('4', 'Still broken for SSO users, is that known?', ['question', 'bug'], { followUp: true }),
    ], T1);
    expect(summary).toMatchObject({ total: 3, added: 1, edited: 1, gone: 1, openFollowUps: 1 });

    const byId = new Map((await store.listItems()).map((i) => [i.comment.id, i]));
    expect(byId.size).toBe(4);
    // Counted from the blocks without decoding them: the gone comment is still stored.
    expect(await store.countComments()).toBe(4);
    expect(byId.get('1')!.comment.history).toEqual([{ text: 'Login fails with invalid token. Any idea?', seenUntil: T0.toISOString() }]);
    expect(byId.get('1')!.comment.firstSeenAt).toBe(T0.toISOString());
    expect(byId.get('1')!.comment.lastSeenAt).toBe(T1.toISOString());
    expect(byId.get('1')!.triage).toMatchObject({ status: 'answered', note: 'replied on the forum', assignee: 'sam' });
    expect(byId.get('2')!.comment.goneSince).toBe(T1.toISOString());
    expect(byId.get('2')!.comment.text).toBe('Same here on Firefox');
    expect(byId.get('4')!.triage.status).toBe('open');
    const saved = await store.getThread(THREAD_URL);
    expect(saved).toMatchObject({ title: 'Login fails after the 3.2 update [solved]', tracked: true, firstScannedAt: T0.toISOString(), lastScannedAt: T1.toISOString() });

    // The gone comment comes back: no longer gone, its gone date is not counted twice.
    const again = await store.saveScan(thread(), [analysed('2', 'Same here on Firefox')], new Date('2024-04-04T00:00:00Z'));
    expect(again.gone).toBe(3);
    expect((await store.listItems()).find((i) => i.comment.id === '2')!.comment.goneSince).toBeNull();
  });

  it('a re-scan that read only some of the thread\'s pages flags none of the comments it did not see as gone', async () => {
    const store = await fresh();
    const pageOne = [analysed('1', 'Is the 3.2 update safe to install?', ['question']), analysed('2', 'Thanks for the fix!', ['thanks'])];
    const pageTwo = [analysed('3', 'Login still fails for me', ['bug']), analysed('4', 'Same here', ['bug'])];
    await store.saveScan(thread({ pages: { read: [1, 2], total: 2 } }), [...pageOne, ...pageTwo], T0);

    // Page 1 could not be fetched this time: its comments may well still be there.
    const partial = await store.saveScan(thread({ pages: { read: [2], total: 2 }, warnings: [{ key: 'note.onePageRead', vars: { page: 2, total: 2 } }] }), pageTwo, T1);
    expect(partial.gone).toBe(0);
    expect((await store.listItems()).map((i) => [i.comment.id, i.comment.goneSince])).toEqual(
      expect.arrayContaining([['1', null], ['2', null], ['3', null], ['4', null]]),
    );

    // A chain of next links that stopped with pages left (a total of null) did not read the whole thread either.
    const chain = await store.saveScan(thread({ pages: { read: [2], total: null } }), pageTwo, T1);
    expect(chain.gone).toBe(0);

    // Every page read, and comment 2 is not among them: now it is gone.
    const whole = await store.saveScan(thread({ pages: { read: [1, 2], total: 2 } }), [pageOne[0], ...pageTwo], T1);
    expect(whole.gone).toBe(1);
    expect((await store.listItems()).find((i) => i.comment.id === '2')!.comment.goneSince).toBe(T1.toISOString());
  });

  it('is idempotent: the same scan twice, even concurrently and from two connections, makes no duplicates', async () => {
    const factory = new IDBFactory();
    const tabA = await fresh(factory);
    const tabB = await fresh(factory);
    const comments = manyComments(300);
    const [a, b, c] = await Promise.all([
      tabA.saveScan(thread(), comments, T0),
      tabB.saveScan(thread(), comments, T0),
      tabA.saveScan(thread(), comments, T0),
    ]);
    expect([a.added, b.added, c.added].sort((x, y) => x - y)).toEqual([0, 0, 300]);
    const items = await tabB.listItems();
    expect(items).toHaveLength(300);
    expect(new Set(items.map((i) => i.comment.key)).size).toBe(300);
    const backup = await tabA.exportBackup();
    expect(backup.triage).toHaveLength(300);
    expect(backup.threads).toHaveLength(1);
  });

  it('a thread longer than one block re-scans without duplicates or stale blocks, next to another thread', async () => {
    const store = await fresh();
    const other = 'https://forum.example.net/t/other/9';
    await store.saveScan(thread({ url: other }), [analysed('x', 'Unrelated question?', ['question'])], T0);
    const long = BLOCK_SIZE * 2 + 3;
    await store.saveScan(thread(), manyComments(long, 0), T0);
    await store.updateTriage([`${THREAD_URL}#${long}`], { status: 'answered' });
    // The page now shows only the first 10 comments, one of them edited.
    const shorter = manyComments(10, 0);
    shorter[4] = { ...shorter[4], text: 'edited wording' };
    const summary = await store.saveScan(thread(), shorter, T1);
    expect(summary).toMatchObject({ total: 10, added: 0, edited: 1, gone: long - 10 });
    const items = await store.listItems({ threadUrl: THREAD_URL });
    expect(items).toHaveLength(long);
    expect(new Set(items.map((i) => i.comment.key)).size).toBe(long);
    expect(items.filter((i) => i.comment.goneSince === T1.toISOString())).toHaveLength(long - 10);
    expect(items.find((i) => i.comment.id === '5')!.comment.history).toEqual([{ text: manyComments(10, 0)[4].text, seenUntil: T0.toISOString() }]);
    expect(items.find((i) => i.comment.id === String(long))!.triage.status).toBe('answered');
    expect((await store.listItems({ threadUrl: other })).map((i) => i.comment.id)).toEqual(['x']);
    // A third scan flags nothing again and keeps the first gone date.
    expect(await store.saveScan(thread(), shorter, new Date('2024-04-04T00:00:00Z'))).toMatchObject({ gone: 0, edited: 0 });
    expect((await store.listItems()).filter((i) => i.comment.goneSince === T1.toISOString())).toHaveLength(long - 10);
  });

  it('drops a comment listed twice in one scan', async () => {
    const store = await fresh();
    const summary = await store.saveScan(thread(), [analysed('1', 'first'), analysed('1', 'again')], T0);
    expect(summary.total).toBe(1);
    expect((await store.listItems()).map((i) => i.comment.text)).toEqual(['first']);
  });

  it('a quota error mid-scan leaves the previous state whole and says so plainly', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(50, 1), T0);
    await store.updateTriage([`${THREAD_URL}#1`], { status: 'dismissed' });
    const before = await store.exportBackup();

    const realPut = IDBObjectStore.prototype.put;
    // The thread record is written last, after the comment blocks: failing there must undo those too.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'threads') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const rescan = [...manyComments(50, 2), ...manyComments(80, 2).slice(50)];
    const failure = store.saveScan(thread({ title: 'changed' }), rescan, T1);
    await expect(failure).rejects.toThrow(/storage for Threadsift is full\. Nothing was changed/);
    vi.restoreAllMocks();

    const after = await store.exportBackup();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });

  it('a transaction the browser aborts mid-scan (tab closed, crash) leaves the old state', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(30), T0);
    const before = await store.exportBackup();
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = realPut.apply(this, args);
      if (this.name === 'threads') this.transaction.abort(); // after the new blocks were written
      return request;
    });
    await expect(store.saveScan(thread(), manyComments(60, 4), T1)).rejects.toThrow(/nothing was changed/);
    vi.restoreAllMocks();
    expect({ ...(await store.exportBackup()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });

  it('a record that cannot be stored aborts the whole scan', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(5), T0);
    const poisoned = manyComments(6, 3);
    (poisoned[5] as unknown as { self: unknown }).self = poisoned[5]; // cyclic: neither JSON nor IndexedDB can hold it
    await expect(store.saveScan(thread(), poisoned, T1)).rejects.toThrow(/Saving the scan .* failed, so nothing was changed/);
    const items = await store.listItems();
    expect(items).toHaveLength(5);
    expect(items.every((i) => i.comment.text.includes('(scan 0)'))).toBe(true);
  });
});

describe('triage workflow', () => {
  it('a snoozed item reads back as open once its date has passed', async () => {
    const store = await fresh();
    await store.saveScan(thread(), [analysed('1', 'Q?', ['question']), analysed('2', 'Q2?', ['question'])], T0);
    await store.updateTriage([`${THREAD_URL}#1`], { status: 'snoozed', snoozeUntil: '2000-01-01T00:00:00.000Z' });
    await store.updateTriage([`${THREAD_URL}#2`], { status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z' });
    const statuses = Object.fromEntries((await store.listItems()).map((i) => [i.comment.id, i.triage.status]));
    expect(statuses).toEqual({ 1: 'open', 2: 'snoozed' });
  });

  it('bulk update returns the previous states, and restoring them undoes it', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(4), T0);
    const keys = [1, 2, 3].map((n) => `${THREAD_URL}#${n}`);
    await store.updateTriage([keys[0]], { note: 'check with dev team' });
    const previous = await store.updateTriage([...keys, 'unknown#key'], { status: 'dismissed', labelOverride: ['other'] });
    expect(previous.map((p) => [p.key, p.status])).toEqual(keys.map((k) => [k, 'open']));
    let items = await store.listItems();
    expect(items.filter((i) => i.triage.status === 'dismissed')).toHaveLength(3);
    expect(items.find((i) => i.comment.id === '1')!.labels).toEqual(['other']);
    expect(items.find((i) => i.comment.id === '1')!.triage.note).toBe('check with dev team');

    await store.restoreTriage(previous, ['status', 'labelOverride']);
    items = await store.listItems();
    expect(items.every((i) => i.triage.status === 'open' && i.triage.labelOverride === null)).toBe(true);
    expect(items.find((i) => i.comment.id === '1')!.labels).toEqual(['question']);
  });

  it('undo puts back only the fields the change wrote: a note and a draft saved after it stay', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(4), T0);
    const key = `${THREAD_URL}#1`;
    const previous = await store.updateTriage([key], { status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z' });
    await store.updateTriage([key], { note: 'Customer emailed back: see ticket 42' });
    await store.updateTriage([key], { draft: 'Thanks, fixed in 3.2.1.' });
    await store.restoreTriage(previous, ['status', 'snoozeUntil']);
    const after = (await store.listItems()).find((i) => i.comment.key === key)!.triage;
    expect(after).toMatchObject({ status: 'open', snoozeUntil: null, note: 'Customer emailed back: see ticket 42', draft: 'Thanks, fixed in 3.2.1.' });
  });

  it('undo of a status change brings back the snooze date the change cleared', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(4), T0);
    const key = `${THREAD_URL}#1`;
    await store.updateTriage([key], { status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z' });
    const previous = await store.updateTriage([key], { status: 'answered' }); // clears the date too
    await store.restoreTriage(previous, ['status']);
    const after = (await store.listItems()).find((i) => i.comment.key === key)!.triage;
    expect(after).toMatchObject({ status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z' });
  });

  it('an undo after the data was cleared writes nothing back, and the next backup still restores', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(3), T0);
    const key = `${THREAD_URL}#1`;
    const previous = await store.updateTriage([key], { status: 'answered' });
    await store.clearAll(); // Options → Delete everything, while the dashboard still holds the undo
    expect(await store.restoreTriage(previous, ['status'])).toBe(0);

    const backup = await store.exportBackup();
    expect(backup.triage).toEqual([]);
    await expect(store.restoreBackup(JSON.parse(JSON.stringify(backup)))).resolves.toBeUndefined();
  });

  it('an undo after the data was replaced puts back only the comments still there', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(3), T0);
    const keys = [1, 2].map((n) => `${THREAD_URL}#${n}`);
    const previous = await store.updateTriage(keys, { status: 'dismissed' });
    // Options → Restore of an older backup that has comment 1 (dismissed meanwhile) but not comment 2.
    const older = await store.exportBackup();
    await store.restoreBackup({
      ...older,
      comments: older.comments.filter((c) => c.key !== keys[1]),
      triage: older.triage.filter((t) => t.key !== keys[1]),
    });

    expect(await store.restoreTriage(previous, ['status'])).toBe(1);
    expect((await store.listItems()).map((i) => [i.comment.key, i.triage.status])).toEqual([[keys[0], 'open'], [`${THREAD_URL}#3`, 'open']]);
    await expect(store.restoreBackup(await store.exportBackup())).resolves.toBeUndefined();
  });

  it("undo of a relabel's correction puts back the text's earlier correction, or removes the new one", async () => {
    const store = await fresh();
    const earlier = await store.addCorrection({ text: 'Is this a bug?', labels: ['question'], site: 'forum.example.net' });
    const relabel = await store.addCorrection({ text: 'Is this a bug?', labels: ['bug'], site: 'forum.example.net' });
    const thanks = await store.addCorrection({ text: 'Thanks, that fixed it', labels: ['question'], site: 'forum.example.net' });
    expect(await store.restoreCorrection(relabel, earlier)).toBe(true);
    expect(await store.restoreCorrection(thanks, undefined)).toBe(true);
    expect(await store.listCorrections()).toEqual([earlier]);
    expect(await store.getCorrection('Is this a bug?')).toEqual(earlier);
    expect(await store.getCorrection('Thanks, that fixed it')).toBeUndefined();
  });

  it('undo of a relabel leaves alone a correction the text got since, and brings back none that was reset', async () => {
    const store = await fresh();
    const text = 'Is this a bug?';
    const earlier = await store.addCorrection({ text, labels: ['question'], site: 'forum.example.net' });
    const relabel = await store.addCorrection({ text, labels: ['bug'], site: 'forum.example.net' });
    // Another dashboard window relabels the same text.
    const other = await store.addCorrection({ text, labels: ['thanks'], site: 'forum.example.net' });
    expect(await store.restoreCorrection(relabel, earlier)).toBe(false);
    expect(await store.listCorrections()).toEqual([other]);

    // Options → Import corrections: the same labels, made at another time, are not this relabel's.
    const imported = { ...relabel, createdAt: '2023-01-01T00:00:00.000Z' };
    await store.replaceCorrections([imported]);
    expect(await store.restoreCorrection(relabel, earlier)).toBe(false);
    expect(await store.listCorrections()).toEqual([imported]);

    // Options → Reset all corrections: the undo brings none back.
    await store.replaceCorrections([]);
    expect(await store.restoreCorrection(relabel, earlier)).toBe(false);
    expect(await store.listCorrections()).toEqual([]);
  });

  it('refuses a snooze without a date and invalid labels, changing nothing', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(2), T0);
    await expect(store.updateTriage([`${THREAD_URL}#1`], { status: 'snoozed' })).rejects.toThrow(/needs a date/);
    await expect(store.updateTriage([`${THREAD_URL}#1`, `${THREAD_URL}#2`], { labelOverride: ['spam' as never] })).rejects.toThrow(/label/);
    expect((await store.listItems()).map((i) => [i.triage.status, i.triage.labelOverride])).toEqual([['open', null], ['open', null]]);
  });

  it('marks visits, and refuses to track an unknown thread', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(1), T0);
    await store.markVisited(THREAD_URL, T1);
    expect((await store.getThread(THREAD_URL))!.lastVisitedAt).toBe(T1.toISOString());
    await expect(store.setTracked('https://nowhere.example/', true)).rejects.toThrow(/no saved thread/);
  });

  it('keeps one correction per text and replaces them all at once', async () => {
    const store = await fresh();
    const first = await store.addCorrection({ text: 'Is this a bug?', labels: ['question'], site: 'forum.example.net' });
    const second = await store.addCorrection({ text: 'Is this a bug?', labels: ['question', 'bug'], site: 'forum.example.net' });
    expect(second.id).toBe(first.id);
    expect(await store.listCorrections()).toEqual([second]);
    const other = { ...second, id: 'abc', text: 'Thanks!', labels: ['thanks' as const] };
    await store.replaceCorrections([other]);
    expect(await store.listCorrections()).toEqual([other]);
    await expect(store.replaceCorrections([{ ...other, labels: [] }])).rejects.toThrow(/labels/);
    expect(await store.listCorrections()).toEqual([other]);
  });

  it('clearAll removes every record and leaves a working store', async () => {
    const store = await fresh();
    await store.saveScan(thread(), manyComments(10), T0);
    await store.addCorrection({ text: 'x', labels: ['other'], site: 's' });
    await store.updateSettings({ theme: 'light' });
    await store.clearAll();
    expect(await store.listItems()).toEqual([]);
    expect(await store.listThreads()).toEqual([]);
    expect(await store.listCorrections()).toEqual([]);
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    await store.saveScan(thread(), manyComments(2), T1);
    expect(await store.listItems()).toHaveLength(2);
  });
});

describe('removeThread and restoreThread', () => {
  it("removes one thread with its comments and staff decisions, leaves the others, and Undo puts it back as it was", async () => {
    const store = await fresh();
    const OTHER = 'https://forum.example.net/t/other/7';
    await store.saveScan(thread(), [analysed('1', 'Is there an offline mode?', ['question']), analysed('2', 'Thanks!', ['thanks'])], T0);
    await store.saveScan(thread({ url: OTHER, title: 'Other' }), [analysed('9', 'The map crashes.', ['bug'])], T0);
    await store.updateTriage([`${THREAD_URL}#1`], { status: 'answered', note: 'see the FAQ' });
    const before = await store.listItems({ threadUrl: THREAD_URL });

    const removed = await store.removeThread(THREAD_URL);
    expect(removed?.thread.url).toBe(THREAD_URL);
    expect((await store.listThreads()).map((t) => t.url)).toEqual([OTHER]);
    expect((await store.listItems()).map((i) => i.comment.key)).toEqual([`${OTHER}#9`]);
    expect(await store.countComments()).toBe(1);
    expect(await store.removeThread(THREAD_URL)).toBeNull();

    expect(await store.restoreThread(removed!)).toBe(true);
    expect(await store.listItems({ threadUrl: THREAD_URL })).toEqual(before);
    expect(await store.getThread(THREAD_URL)).toEqual(removed!.thread);
  });

  it('does not put back a removed thread over a newer scan of it', async () => {
    const store = await fresh();
    await store.saveScan(thread(), [analysed('1', 'Is there an offline mode?', ['question'])], T0);
    const removed = (await store.removeThread(THREAD_URL))!;
    await store.saveScan(thread(), [analysed('1', 'Is there an offline mode? EDIT: found it.', ['question'])], T1);
    expect(await store.restoreThread(removed)).toBe(false);
    expect((await store.listItems())[0].comment.text).toBe('Is there an offline mode? EDIT: found it.');
  });
});
