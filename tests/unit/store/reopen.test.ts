// A closed item opens again when its writer edits in a new question or report, and only then: staff's decision
// stands for a typo fix, for an edit that leaves the question where it was, and for edits by staff themselves.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openStore } from '../../../lib/store/store';
import { editAddsAsk } from '../../../lib/store/reopen';
import type { TriageStore } from '../../../lib/store/types';
import { THREAD_URL, analysed, thread } from './helpers';

const T0 = new Date('2024-04-02T12:00:00.000Z');
const T1 = new Date('2024-04-03T12:00:00.000Z');
const T2 = new Date('2024-04-04T12:00:00.000Z');

const asking = (text: string, cue: string, extra = {}) => ({ text, cues: { question: cue }, staff: false, ...extra });

describe('editAddsAsk', () => {
  const before = 'Where do I downlaod version 3.1 again?';

  it('is true for a question the earlier text did not hold', () => {
    const after = `${before} EDIT: and why does the export now stop at 500 rows?`;
    expect(editAddsAsk(before, asking(after, 'EDIT: and why does the export now stop at 500 rows?'), ['question'])).toBe(true);
  });

  it('is true for a short new question made of new words', () => {
    expect(editAddsAsk('Thanks for the fix.', asking('Thanks for the fix. Why?', 'Why?'), ['question'])).toBe(true);
  });

  it('is false for a typo fixed inside the question, or a question left as it was', () => {
    expect(editAddsAsk(before, asking('Where do I download version 3.1 again?', 'Where do I download version 3.1 again?'), ['question'])).toBe(false);
    const solved = `EDIT: solved by clearing the cache. ${before}`;
    expect(editAddsAsk(before, asking(solved, before), ['question'])).toBe(false);
  });

  it('reads a cue cut short without its part-word, and counts CJK characters as words', () => {
    const long = 'Where do I download version 3.1 again, the page only lists';
    expect(editAddsAsk(`${long} 3.2`, asking(`${long} 3.2 and 3.3`, `${long.slice(0, 40)}…`), ['question'])).toBe(false);
    expect(editAddsAsk('ありがとう', asking('ありがとう。地図が表示されないのはなぜ？', '地図が表示されないのはなぜ？'), ['question'])).toBe(true);
  });

  it('is false for staff, for labels staff see as not actionable, and for a label with no cue', () => {
    const after = `${before} Also, why does the export stop at 500 rows?`;
    const cue = 'Also, why does the export stop at 500 rows?';
    expect(editAddsAsk(before, asking(after, cue, { staff: true }), ['question'])).toBe(false);
    expect(editAddsAsk(before, asking(after, cue), ['thanks'])).toBe(false);
    expect(editAddsAsk(before, { text: after, cues: {}, staff: false }, ['question'])).toBe(false);
  });
});

describe('saveScan reopens what an edit asks anew', () => {
  let store: TriageStore;
  afterEach(() => store?.close());

  it('opens an answered question again when its writer edits in a new one, says so, and keeps the note', async () => {
    store = await openStore({ factory: new IDBFactory(), name: 'threadsift-test' });
    const first = 'Login fails with invalid token since 3.2. Any idea?';
    await store.saveScan(thread(), [
      analysed('1', first, ['question'], { cues: { question: 'Any idea?' } }),
      analysed('2', 'Typo in the docs: "recieve".', ['bug'], { cues: { bug: 'Typo in the docs: "recieve".' } }),
      analysed('3', 'Where do I downlaod 3.1 again?', ['question'], { cues: { question: 'Where do I downlaod 3.1 again?' } }),
    ], T0);
    await store.updateTriage([`${THREAD_URL}#1`], { status: 'answered', note: 'told them to clear cookies' });
    await store.updateTriage([`${THREAD_URL}#2`], { status: 'dismissed' });
    await store.updateTriage([`${THREAD_URL}#3`], { status: 'snoozed', snoozeUntil: '2099-01-01T00:00:00.000Z' });

    const edited = `${first} EDIT: clearing cookies worked, but now the map stays blank on Firefox. Why?`;
    const summary = await store.saveScan(thread(), [
      analysed('1', edited, ['question', 'bug'], { cues: { question: 'Why?', bug: 'EDIT: clearing cookies worked, but now the map stays blank on Firefox.' } }),
      // Edited, but only its typo: stays dismissed.
      analysed('2', 'Typo in the docs: "recieve" (in the FAQ).', ['bug'], { cues: { bug: 'Typo in the docs: "recieve" (in the FAQ).' } }),
      // Its own typo fixed: stays snoozed.
      analysed('3', 'Where do I download 3.1 again?', ['question'], { cues: { question: 'Where do I download 3.1 again?' } }),
    ], T1);
    expect(summary).toMatchObject({ edited: 3, reopened: 1 });

    const byId = new Map((await store.listItems()).map((item) => [item.comment.id, item]));
    expect(byId.get('1')!.triage).toMatchObject({ status: 'open', note: 'told them to clear cookies', updatedAt: T1.toISOString() });
    expect(byId.get('2')!.triage.status).toBe('dismissed');
    expect(byId.get('3')!.triage).toMatchObject({ status: 'snoozed', snoozeUntil: '2099-01-01T00:00:00.000Z' });

    // Staff close it again after reading the edit: the next scan of the same text leaves it closed.
    await store.updateTriage([`${THREAD_URL}#1`], { status: 'answered' });
    const again = await store.saveScan(thread(), [analysed('1', edited, ['question', 'bug'], { cues: { question: 'Why?' } })], T2);
    expect(again.reopened).toBe(0);
    expect((await store.listItems()).find((item) => item.comment.id === '1')!.triage.status).toBe('answered');
  });

  it('leaves an item staff relabelled as thanks closed, whatever its writer adds', async () => {
    store = await openStore({ factory: new IDBFactory(), name: 'threadsift-test' });
    await store.saveScan(thread(), [analysed('1', 'Great post, does it work offline?', ['question'], { cues: { question: 'does it work offline?' } })], T0);
    await store.updateTriage([`${THREAD_URL}#1`], { status: 'dismissed', labelOverride: ['thanks'] });
    const summary = await store.saveScan(thread(), [
      analysed('1', 'Great post, does it work offline? And why is sync so slow?', ['question'], { cues: { question: 'And why is sync so slow?' } }),
    ], T1);
    expect(summary.reopened).toBe(0);
    expect((await store.listItems())[0].triage.status).toBe('dismissed');
  });
});
