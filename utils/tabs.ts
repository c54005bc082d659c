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

export async function listTabs(): Promise<TabInfo[]> {
  const tabs = await browser.tabs.query({});
  const infos: TabInfo[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || !isWebPage(tab.url)) continue;
    const canRead = await mayReadSite(tab.url);
    let platform: string | null = null;
    if (canRead) {
      try {
        await injectReader(tab.id);
        platform = (await sendToTab(tab.id, 'page.probe', undefined)).platform;
      } catch {
        platform = null;
      }
    }
    infos.push({ tabId: tab.id, url: tab.url, title: tab.title ?? tab.url, canRead, platform });
  }
  return infos;
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
