// The toolbar badge: on a scanned page, its open questions and bug reports; elsewhere, the
// unanswered follow-ups across all tracked threads.
import browser from 'webextension-polyfill';
import { isOpenFollowUp, needsAttention } from '../lib/store/status';
import { getStore } from './services';

/** A tab's scanned thread, and the address the tab showed when it was scanned (filled in shortly after). */
interface TabThread {
  threadUrl: string;
  pageUrl: string | null;
}

const tabThreads = new Map<number, TabThread>();

// MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge methods.
const toolbarButton = () => browser.action ?? browser.browserAction;

export function rememberTabThread(tabId: number, threadUrl: string): void {
  const entry: TabThread = { threadUrl, pageUrl: null };
  tabThreads.set(tabId, entry);
  // The thread's URL is its canonical one, which may differ from the tab's address (a query, a post number).
  // Keep that address too, so following a link within the page does not count as leaving the thread.
  browser.tabs.get(tabId).then(
    (tab) => {
      entry.pageUrl = tab.url ?? null;
    },
    () => undefined,
  );
}

export function forgetTab(tabId: number): void {
  tabThreads.delete(tabId);
}

/**
 * The tab's address changed. If it left the scanned thread, stop putting that thread's count on
 * its badge and clear the tab's own text (null: the tab shows the global badge again).
 */
export async function tabNavigated(tabId: number, url: string): Promise<void> {
  const entry = tabThreads.get(tabId);
  if (!entry) return;
  if (showsThread(url, entry.threadUrl) || (entry.pageUrl !== null && showsThread(url, entry.pageUrl))) return;
  forgetTab(tabId);
  await toolbarButton().setBadgeText({ tabId, text: null }).catch(() => undefined);
}

/**
 * Whether `url` still shows the thread at `threadUrl`, on the same origin and without fragments:
 * - the same path with another query (Stack Exchange's ?answertab=votes, Discourse's ?page=2), as long as
 *   the keys of the thread's own query keep their values: they name the thread (item?id=123, viewtopic.php?t=1);
 * - a page below a thread named by its path alone (Discourse's post numbers, WordPress's comment pages).
 */
function showsThread(url: string, threadUrl: string): boolean {
  const page = parse(url);
  const thread = parse(threadUrl);
  if (!page || !thread) return url.split('#')[0] === threadUrl.split('#')[0];
  if (page.href === thread.href) return true;
  if (page.origin !== thread.origin) return false;
  // A site's home page is not a thread that every other page belongs to ("/?p=124" is another post).
  if (thread.pathname === '/' && !thread.search) return false;
  if (page.pathname === thread.pathname) return keepsQuery(page.searchParams, thread.searchParams);
  // item?id=123 has no pages below it: another path is another page.
  if (thread.search) return false;
  const base = thread.pathname.endsWith('/') ? thread.pathname : `${thread.pathname}/`;
  return page.pathname.startsWith(base);
}

/** Whether `page` has every key of `thread` with the same values; other keys may come and go. */
function keepsQuery(page: URLSearchParams, thread: URLSearchParams): boolean {
  return [...thread.keys()].every((key) => page.getAll(key).join('\u0000') === thread.getAll(key).join('\u0000'));
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed;
  } catch {
    return null;
  }
}

function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export async function refreshBadge(): Promise<void> {
  const store = await getStore();
  const items = await store.listItems();
  const openByThread = new Map<string, number>();
  let trackedFollowUps = 0;
  const tracked = new Set((await store.listThreads()).filter((t) => t.tracked).map((t) => t.url));
  for (const item of items) {
    // The dashboard's rules, so the badge and the Queue count the same comments (staff's own never).
    if (!needsAttention(item)) continue;
    openByThread.set(item.comment.threadUrl, (openByThread.get(item.comment.threadUrl) ?? 0) + 1);
    if (tracked.has(item.comment.threadUrl) && isOpenFollowUp(item)) trackedFollowUps++;
  }
  await toolbarButton().setBadgeBackgroundColor({ color: '#b45309' });
  await toolbarButton().setBadgeText({ text: badgeText(trackedFollowUps) });
  for (const [tabId, { threadUrl }] of tabThreads) {
    await toolbarButton().setBadgeText({ tabId, text: badgeText(openByThread.get(threadUrl) ?? 0) }).catch(() => forgetTab(tabId));
  }
}

/**
 * Runs `task` at most once per `intervalMs`: the first request starts a wait, and requests made
 * while waiting or running share a run that starts after it. One run covers them all, because
 * the task reads the current state when it runs.
 */
export function coalesce(task: () => Promise<void>, intervalMs: number): () => void {
  let waiting = false;
  let running = false;
  let requestedWhileRunning = false;
  const run = async () => {
    waiting = false;
    running = true;
    try {
      await task();
    } catch (error) {
      console.warn('Threadsift: background task failed', error);
    } finally {
      running = false;
      if (requestedWhileRunning) {
        requestedWhileRunning = false;
        wait();
      }
    }
  };
  const wait = () => {
    waiting = true;
    setTimeout(() => void run(), intervalMs);
  };
  return () => {
    if (waiting) return;
    if (running) requestedWhileRunning = true;
    else wait();
  };
}

/**
 * Refresh the badge soon. The dashboard reports a store change on every triage key and autosave,
 * and a refresh decodes every stored comment, so a burst of changes gets one refresh a second.
 */
export const requestBadgeRefresh = coalesce(refreshBadge, 1000);
