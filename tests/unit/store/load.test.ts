// Progressive loading: loadItems gives the dashboard's exact first screen early, then everything.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openStore } from '../../../lib/store/store';
import { BLOCK_SIZE } from '../../../lib/store/blocks';
import { filterQueue, prepareQueue, searchQueue } from '../../../lib/store/queue';
import type { QueueItem, TriageStore } from '../../../lib/store/types';
import { analysed, queueItems, thread } from './helpers';

let store: TriageStore | null = null;
afterEach(() => store?.close());

const keys = (items: QueueItem[]) => items.map((i) => i.comment.key);

/** Three threads whose comments interleave in time, one of them several blocks long, with some decisions. */
async function seeded(): Promise<TriageStore> {
  const s = await openStore({ factory: new IDBFactory(), name: 'load-test' });
  const urls = ['https://forum.example.net/t/a/1', 'https://forum.example.net/t/b/2', 'https://blog.example.com/p/3'];
  const sizes = [BLOCK_SIZE * 2 + 40, 90, 300];
  for (const [t, url] of urls.entries()) {
    const comments = Array.from({ length: sizes[t] }, (_, i) => {
      const n = i * 3 + t; // times interleave across threads
      const labels = n % 4 === 0 ? (['thanks'] as const) : n % 4 === 1 ? (['question'] as const) : (['bug'] as const);
      return analysed(`c${n}`, `Comment ${n} ${labels[0]}`, [...labels], {
        publishedAt: n % 9 === 0 ? null : new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString(),
        staff: n % 13 === 0,
        permalink: `${url}#c${n}`,
      });
    });
    await s.saveScan(thread({ url }), comments, new Date('2024-06-01T00:00:00Z'));
  }
  // Staff dismissed some of the newest questions: they must not be on the first screen.
  const all = await s.listItems();
  const newestOpen = filterQueue(all, { needsAttention: true }, 'newest').slice(0, 6);
  await s.updateTriage(newestOpen.filter((_, i) => i % 2 === 0).map((i) => i.comment.key), { status: 'dismissed' });
  return s;
}

describe('loadItems', () => {
  it('hands over the exact first screen first, then every item listItems returns', async () => {
    store = await seeded();
    const listed = await store.listItems();
    const events: string[] = [];
    let first: QueueItem[] = [];
    const loaded = await store.loadItems!({
      firstCount: 12,
      onFirst(items) {
        events.push('first');
        first = items;
      },
    });
    events.push('all');
    expect(events).toEqual(['first', 'all']);
    expect(keys(loaded).sort()).toEqual(keys(listed).sort());
    expect(loaded.map((i) => [i.comment.key, i.triage.status])).toEqual(listed.map((i) => [i.comment.key, i.triage.status]));
    expect(keys(first)).toEqual(keys(filterQueue(loaded, { needsAttention: true }, 'newest').slice(0, 12)));
    expect(first.every((i) => i.triage.status === 'open')).toBe(true);
    // The first screen's items are the same objects as in the full list, so nothing re-renders for them.
    const byKey = new Map(loaded.map((i) => [i.comment.key, i]));
    expect(first.every((i) => byKey.get(i.comment.key) === i)).toBe(true);
  });

  it('gives a short first screen when fewer items need attention, and an empty one for an empty store', async () => {
    store = await openStore({ factory: new IDBFactory(), name: 'load-test-small' });
    let first: QueueItem[] | null = null;
    expect(await store.loadItems!({ onFirst: (items) => (first = items) })).toEqual([]);
    expect(first).toEqual([]);
    await store.saveScan(thread(), [analysed('1', 'Why?', ['question']), analysed('2', 'Thanks', ['thanks'])]);
    const all = await store.loadItems!({ onFirst: (items) => (first = items) });
    expect(all).toHaveLength(2);
    expect(keys(first!)).toEqual([all.find((i) => i.comment.id === '1')!.comment.key]);
  });

  it('stops when its signal is aborted', async () => {
    store = await seeded();
    const controller = new AbortController();
    controller.abort();
    await expect(store.loadItems!({ signal: controller.signal })).rejects.toThrow(/cancelled/);
  });
});

describe('searchQueue and prepareQueue', () => {
  it('narrowing a sorted view by search equals filtering with the search, before and after preparing', async () => {
    const items = queueItems(3_000);
    const view = filterQueue(items, { needsAttention: true }, 'score');
    for (const search of ['export', 'EXPORT timeout', 'escalated', 'user5', 'no-such-word', '']) {
      expect(keys(searchQueue(view, search)), search).toEqual(keys(filterQueue(items, { needsAttention: true, search }, 'score')));
    }
    const fresh = queueItems(3_000);
    await prepareQueue(fresh);
    const found = keys(searchQueue(fresh, 'export webhook'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual(keys(filterQueue(fresh, { search: 'export webhook' })).sort());
  });
});
