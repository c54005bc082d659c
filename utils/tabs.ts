// The open tabs the dashboard offers to scan, and opening a comment on its page.
import browser from 'webextension-polyfill';
import { mayReadSite } from './permissions';
import type { TabInfo } from '../lib/messages';
import { sendToTab } from './messaging';
import { injectReader } from './scan-tab';
import { safeHttpUrl } from '../lib/safe-url';

function isWebPage(url: string | undefined): url is string {
  return !!url && /^(https?|file):/.test(url);
}

/** A tab that does not answer within this time is listed without its platform: one busy page must not hold up the panel. */
export const PROBE_TIMEOUT_MS = 1500;

/** Every open web page, and for those on sites Threadsift may read, which comment platform the page holds. */
export async function listTabs(): Promise<TabInfo[]> {
  const tabs = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && isWebPage(tab.url));
  // All at once, each with its own time limit: asked one after another, a single slow page stalled the whole list.
  return Promise.all(
    tabs.map(async (tab) => {
      const url = tab.url!;
      const canRead = await mayReadSite(url);
      // A page still loading, or unloaded to save memory, is not probed: the probe would wait for it or wake it.
      const platform = canRead && tab.status === 'complete' && !tab.discarded ? await probePlatform(tab.id!) : null;
      return { tabId: tab.id!, url, title: tab.title ?? url, canRead, platform };
    }),
  );
}

async function probePlatform(tabId: number): Promise<string | null> {
  const answer = (async () => {
    await injectReader(tabId);
    return (await sendToTab(tabId, 'page.probe', undefined)).platform;
  })().catch(() => null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PROBE_TIMEOUT_MS)));
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What revealing may open. The permalink was scraped from a page, so only an http(s) one is opened (never
 * javascript: or data:), or one onto the thread's own page (a saved file's anchor); else the thread itself.
 */
function revealTarget(threadUrl: string, permalink: string): string | null {
  const safe = safeHttpUrl(permalink);
  if (safe) return safe;
  if (!isWebPage(threadUrl)) return null;
  return permalink.split('#')[0] === threadUrl.split('#')[0] ? permalink : threadUrl;
}

/** Focus the tab holding the thread (or open it) and scroll to the comment. */
export async function revealComment(threadUrl: string, commentId: string, permalink: string): Promise<void> {
  const url = revealTarget(threadUrl, permalink);
  const tabs = await browser.tabs.query({});
  const existing = tabs.find((t) => t.url && t.url.split('#')[0] === threadUrl.split('#')[0] && t.id !== undefined);
  if (!existing || existing.id === undefined) {
    // The browser scrolls to the anchor (or text fragment) of the permalink by itself.
    if (url) await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.update(existing.id, { active: true });
  if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
  try {
    await injectReader(existing.id);
    const { found } = await sendToTab(existing.id, 'page.reveal', { id: commentId, permalink });
    if (!found && url) await browser.tabs.update(existing.id, { url });
  } catch {
    if (url) await browser.tabs.update(existing.id, { url });
  }
}
