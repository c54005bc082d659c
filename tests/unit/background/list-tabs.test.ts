// @vitest-environment node
// The dashboard's Open tabs panel: every open web page is listed, and those Threadsift may read say which comment
// platform they hold. A page that does not answer must not hold up the others, and a page still loading or unloaded
// to save memory is not probed at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type FakeTab = { id: number; url: string; title: string; status?: string; discarded?: boolean };
const world = vi.hoisted(() => ({
  tabs: [] as FakeTab[],
  probed: [] as number[],
  /** Tabs whose page never answers the probe. */
  silent: new Set<number>(),
  unreadable: new Set<string>(),
}));

vi.mock('webextension-polyfill', () => ({ default: { tabs: { query: async () => world.tabs } } }));
vi.mock('../../../utils/permissions', () => ({ mayReadSite: async (url: string) => !world.unreadable.has(new URL(url).host) }));
vi.mock('../../../utils/scan-tab', () => ({
  injectReader: (tabId: number) => {
    world.probed.push(tabId);
    return world.silent.has(tabId) ? new Promise(() => undefined) : Promise.resolve();
  },
}));
vi.mock('../../../utils/messaging', () => ({ sendToTab: async () => ({ platform: 'discourse' }) }));

const { listTabs, PROBE_TIMEOUT_MS } = await import('../../../utils/tabs');

const tab = (id: number, host: string, extra: Partial<FakeTab> = {}): FakeTab => ({ id, url: `https://${host}/t/${id}`, title: `Topic ${id}`, status: 'complete', ...extra });

describe('listTabs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    world.probed = [];
    world.silent = new Set();
    world.unreadable = new Set();
  });
  afterEach(() => vi.useRealTimers());

  it('lists every tab, and one page that never answers costs the others nothing', async () => {
    world.tabs = [tab(1, 'forum.example.org'), tab(2, 'hung.example.org'), tab(3, 'forum.example.org')];
    world.silent.add(2);
    const listed = listTabs();
    await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS);
    const infos = await listed;
    expect(infos.map((info) => [info.tabId, info.platform])).toEqual([[1, 'discourse'], [2, null], [3, 'discourse']]);
    // Asked at once, not one after another behind the silent page.
    expect(world.probed).toEqual([1, 2, 3]);
  });

  it('does not probe a page still loading, one unloaded to save memory, or a site it may not read', async () => {
    world.tabs = [tab(1, 'forum.example.org', { status: 'loading' }), tab(2, 'forum.example.org', { discarded: true }), tab(3, 'private.example.net'), tab(4, 'forum.example.org')];
    world.unreadable.add('private.example.net');
    const infos = await listTabs();
    expect(world.probed).toEqual([4]);
    expect(infos.map((info) => [info.tabId, info.canRead, info.platform])).toEqual([[1, true, null], [2, true, null], [3, false, null], [4, true, 'discourse']]);
  });
});
