// @vitest-environment node
// A failed scan says its kind, decided where the failure happened (the browser's refusal, the page reader's answer,
// the store), so the pages never read it back out of the sentence. The Disqus frame probe runs on the reader's kind
// 'no-thread', not on its words.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const world = vi.hoisted(() => ({
  /** What executeScript does when injecting into the top frame: throw this, or succeed. */
  injectError: null as Error | null,
  /** The frames the probe finds holding a thread. */
  threadFrames: [] as number[],
  /** The reader's answer per frame (a function throwing stands for a rejected message). */
  replies: new Map<number, () => unknown>(),
  extractedFrames: [] as number[],
  tabGone: false,
  saveError: null as Error | null,
  saved: [] as string[],
  tabUrl: 'https://blog.example.org/post/1',
}));

const THREAD = {
  thread: { url: 'https://blog.example.org/post/1', title: 'Post', platform: 'disqus', author: null, commentCountClaimed: null, warnings: [] },
  comments: [{ id: 'c1', author: 'lucia', text: 'Does it run weekly?', publishedAt: null, permalink: null, parentId: null, staff: false }],
};

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      get: async () => {
        if (world.tabGone) throw new Error('No tab with id: 7');
        return { id: 7, url: world.tabUrl };
      },
    },
    scripting: {
      executeScript: async (options: { target: { allFrames?: boolean }; func?: unknown }) => {
        if (!options.target.allFrames) {
          if (world.injectError) throw world.injectError;
          return [];
        }
        return options.func ? [{ frameId: 0, result: null }, ...world.threadFrames.map((frameId) => ({ frameId, result: 'disqus' }))] : [];
      },
    },
  },
}));
vi.mock('../../../utils/messaging', () => ({
  sendToTab: async (_tabId: number, name: string, _data: unknown, frameId = 0) => {
    if (name !== 'page.extract') return { marked: 0 };
    world.extractedFrames.push(frameId);
    const reply = world.replies.get(frameId);
    return reply ? reply() : { ok: true, result: THREAD };
  },
}));
vi.mock('../../../utils/services', () => ({
  getClassifier: async () => ({ classify: () => ({ labels: ['question'], scores: { thanks: 0, question: 0.9, bug: 0, other: 0 }, cues: {} }) }),
  getStore: async () => ({
    getSettings: async () => ({ staffAccounts: {} }),
    saveScan: async (thread: { url: string }) => {
      if (world.saveError) throw world.saveError;
      world.saved.push(thread.url);
      return { threadUrl: thread.url, total: 1, added: 1, edited: 0, gone: 0, counts: { thanks: 0, question: 1, bug: 0, other: 0 }, openFollowUps: 0, reopened: 0 };
    },
    listItems: async () => [],
  }),
}));
vi.mock('../../../utils/badge', () => ({ refreshBadge: async () => undefined, rememberTabThread: () => undefined }));

const { scanTab } = await import('../../../utils/scan-tab');
const { threadRemoved } = await import('../../../utils/removed-threads');

describe('scanTab says why it failed', () => {
  beforeEach(() => {
    world.injectError = null;
    world.threadFrames = [];
    world.replies = new Map();
    world.extractedFrames = [];
    world.tabGone = false;
    world.saveError = null;
    world.saved = [];
    world.tabUrl = 'https://blog.example.org/post/1';
  });

  it("calls an extension's page (Threadsift's dashboard) or a browser page not scannable, not a missing permission", async () => {
    for (const url of ['chrome-extension://abcdef/dashboard.html', 'moz-extension://1234/popup.html', 'chrome://settings', 'about:blank']) {
      world.tabUrl = url;
      // What Chrome throws for an extension page, which reads like a permission problem.
      world.injectError = new Error(`Cannot access contents of url "${url}". Extension manifest must request permission to access this host.`);
      expect(await scanTab(7), url).toMatchObject({ ok: false, kind: 'not-scannable' });
    }
  });

  it('sorts the browser\'s refusals to inject the reader', async () => {
    world.injectError = new Error('Cannot access contents of url "https://blog.example.org/post/1". Extension manifest must request permission to access this host.');
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'permission' });
    world.injectError = new Error('Cannot access a chrome:// URL');
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'not-scannable' });
    world.injectError = new Error('The extensions gallery cannot be scripted.');
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'not-scannable' });
    // A forum whose address holds "webstore" or "about:" is a page like any other: its refusal is a permission.
    world.tabUrl = 'https://forum.example.org/t/webstore-about:blank-links/9';
    world.injectError = new Error(`Cannot access contents of url "${world.tabUrl}". Extension manifest must request permission to access this host.`);
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'permission' });
    world.tabUrl = 'https://blog.example.org/post/1';
    world.injectError = new Error('Invalid tab ID: 7');
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'tab-closed' });
    world.injectError = new Error('Something odd');
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'other', error: 'Could not read the page: Something odd' });
  });

  it('passes the reader\'s kind on, and tries a comment frame on kind no-thread whatever the words', async () => {
    world.replies.set(0, () => ({ ok: false, kind: 'no-thread', error: 'Nothing that looks like comments here.' }));
    world.threadFrames = [5];
    expect(await scanTab(7)).toMatchObject({ ok: true });
    expect(world.extractedFrames).toEqual([0, 5]);

    world.extractedFrames = [];
    world.threadFrames = [];
    expect(await scanTab(7)).toEqual({ ok: false, kind: 'no-thread', error: 'Nothing that looks like comments here.' });
  });

  it('does not probe the frames for another failure, even one worded like no thread', async () => {
    world.replies.set(0, () => ({ ok: false, kind: 'other', error: 'No comment thread found: the reader broke' }));
    world.threadFrames = [5];
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'other' });
    expect(world.extractedFrames).toEqual([0]);
  });

  it('tells a page that stopped answering from a tab that closed', async () => {
    world.replies.set(0, () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'page-unresponsive' });
    world.replies.set(0, () => {
      throw new Error('Frame with ID 0 was removed.');
    });
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'tab-closed' });
    // No reply at all: the tab is gone, or the page stopped answering.
    world.replies.set(0, () => undefined);
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'page-unresponsive' });
    world.tabGone = true;
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'tab-closed' });
  });

  it('says the scan could not be saved when the store refuses it', async () => {
    world.saveError = new Error('QuotaExceededError');
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'not-saved' });
  });

  it('does not save a thread staff removed while the scan read it, and saves one removed before the scan began', async () => {
    world.replies.set(0, () => {
      threadRemoved(THREAD.thread.url);
      return { ok: true, result: THREAD };
    });
    expect(await scanTab(7)).toMatchObject({ ok: false, kind: 'removed-meanwhile' });
    expect(world.saved).toEqual([]);
    // Staff scan it again on purpose, after the removal: that scan saves.
    world.replies = new Map();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await scanTab(7)).toMatchObject({ ok: true });
    expect(world.saved).toEqual([THREAD.thread.url]);
  });
});
