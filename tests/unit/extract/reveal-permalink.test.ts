// @vitest-environment node
// "Open on page" hands a scraped permalink to the tabs API: only an http(s) one (or one onto a saved thread's own
// file) is opened, else the thread's address; a javascript: or data: permalink never is.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const tabsApi = vi.hoisted(() => ({
  open: [] as { id: number; url: string; windowId: number }[],
  created: [] as string[],
  navigated: [] as string[],
  found: false,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      query: async () => tabsApi.open,
      create: async ({ url }: { url: string }) => void tabsApi.created.push(url),
      update: async (_id: number, props: { url?: string }) => void (props.url !== undefined && tabsApi.navigated.push(props.url)),
    },
    windows: { update: async () => undefined },
  },
}));
vi.mock('../../../utils/scan-tab', () => ({ injectReader: async () => undefined }));
vi.mock('../../../utils/messaging', () => ({ sendToTab: async () => ({ found: tabsApi.found }) }));
vi.mock('../../../utils/permissions', () => ({ mayReadSite: async () => true }));

const { revealComment } = await import('../../../utils/tabs');

const THREAD = 'https://example.com/post/1/';
const BAD = ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'];

describe('revealComment', () => {
  beforeEach(() => {
    tabsApi.open = [];
    tabsApi.created = [];
    tabsApi.navigated = [];
    tabsApi.found = false;
  });

  it('opens an http(s) permalink', async () => {
    await revealComment(THREAD, 'c7', `${THREAD}#comment-7`);
    expect(tabsApi.created).toEqual([`${THREAD}#comment-7`]);
  });

  for (const bad of BAD) {
    it(`opens the thread, not a ${bad.split(':')[0]}: permalink`, async () => {
      await revealComment(THREAD, 'c7', bad);
      expect(tabsApi.created).toEqual([THREAD]);
      // The thread's tab is open but the comment is not found there: the tab goes to the thread, not the permalink.
      tabsApi.open = [{ id: 3, url: `${THREAD}#top`, windowId: 1 }];
      await revealComment(THREAD, 'c7', bad);
      expect(tabsApi.navigated).toEqual([THREAD]);
    });
  }

  it('a saved thread keeps its anchor on its own file', async () => {
    const local = 'file:///home/staff/Downloads/saved-thread.html';
    await revealComment(local, 'c7', `${local}#comment-7`);
    expect(tabsApi.created).toEqual([`${local}#comment-7`]);
  });

  it('opens nothing when neither the permalink nor the thread is a web page', async () => {
    await revealComment('javascript:alert(1)', 'c7', 'data:text/html,x');
    expect(tabsApi.created).toEqual([]);
  });
});
