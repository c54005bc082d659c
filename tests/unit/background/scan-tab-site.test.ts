// @vitest-environment node
// A scan files what it read only under the site the tab showed when the scan began: a tab that went to another site
// while its page was read saves nothing, a closed tab says it was closed, and a thread the page claims on another site
// is kept under the tab's own address.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const world = vi.hoisted(() => ({
  /** The tab's URL at each tabs.get call, in turn (null: the tab is gone). */
  urls: [] as Array<string | null>,
  /** What the page reader sends back. */
  threadUrl: 'https://forum.example.org/t/42',
  saved: [] as string[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      get: async () => {
        const url = world.urls.length > 1 ? world.urls.shift() : world.urls[0];
        if (url === null || url === undefined) throw new Error('No tab with id: 7');
        return { id: 7, url };
      },
    },
    scripting: { executeScript: async () => [] },
  },
}));
vi.mock('../../../utils/messaging', () => ({
  sendToTab: async (_tabId: number, name: string) =>
    name === 'page.extract'
      ? {
          ok: true,
          result: {
            thread: { url: world.threadUrl, title: 'Backups', platform: 'discourse', author: null, commentCountClaimed: null, warnings: [] },
            comments: [{ id: 'c1', author: 'lucia', text: 'Do backups run weekly?', publishedAt: null, permalink: `${world.threadUrl}#c1`, parentId: null, staff: false }],
          },
        }
      : { marked: 0 },
}));
vi.mock('../../../utils/services', () => ({
  getClassifier: async () => ({ classify: () => ({ labels: ['question'], scores: { thanks: 0, question: 0.9, bug: 0, other: 0 }, cues: {} }) }),
  getStore: async () => ({
    getSettings: async () => ({ staffAccounts: {} }),
    saveScan: async (thread: { url: string }) => {
      world.saved.push(thread.url);
      return { threadUrl: thread.url, total: 1, added: 1, edited: 0, gone: 0, counts: { thanks: 0, question: 1, bug: 0, other: 0 }, openFollowUps: 0 };
    },
    listItems: async () => [],
  }),
}));
vi.mock('../../../utils/badge', () => ({ refreshBadge: async () => undefined, rememberTabThread: () => undefined }));

const { scanTab } = await import('../../../utils/scan-tab');

describe('scanTab and the site of the tab', () => {
  beforeEach(() => {
    world.saved = [];
    world.threadUrl = 'https://forum.example.org/t/42';
  });

  it('saves the thread read on the site the tab still shows, even where its address changed while one read', async () => {
    world.urls = ['https://forum.example.org/t/42', 'https://forum.example.org/t/42/7'];
    expect(await scanTab(7)).toMatchObject({ ok: true });
    expect(world.saved).toEqual(['https://forum.example.org/t/42']);
  });

  it('saves nothing when the tab went to another site while its page was read', async () => {
    world.urls = ['https://forum.example.org/t/42', 'https://news.example.net/'];
    const outcome = await scanTab(7);
    expect(outcome).toMatchObject({ ok: false });
    expect((outcome as { error: string }).error).toContain('went to another site');
    expect(world.saved).toEqual([]);
  });

  it('says the tab was closed when it went away before the scan was saved', async () => {
    world.urls = ['https://forum.example.org/t/42', null];
    const outcome = await scanTab(7);
    expect((outcome as { error: string }).error).toContain('The tab was closed');
    expect(world.saved).toEqual([]);
  });

  it("keeps a thread the page claims on another site under the tab's own address", async () => {
    world.urls = ['https://evil.example.net/cats'];
    world.threadUrl = 'https://forum.example.org/t/42';
    expect(await scanTab(7)).toMatchObject({ ok: true });
    expect(world.saved).toEqual(['https://evil.example.net/cats']);
  });
});
