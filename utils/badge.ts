// The toolbar badge: on a scanned page, its open questions and bug reports; elsewhere, the
// unanswered follow-ups across all tracked threads.
import browser from 'webextension-polyfill';
import { ACTIONABLE } from '../lib/thread';
import { getStore } from './services';

const tabThreads = new Map<number, string>();

// MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge methods.
const toolbarButton = () => browser.action ?? browser.browserAction;

export function rememberTabThread(tabId: number, threadUrl: string): void {
  tabThreads.set(tabId, threadUrl);
}

export function forgetTab(tabId: number): void {
  tabThreads.delete(tabId);
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
    if (item.triage.status !== 'open' || !item.labels.some((l) => ACTIONABLE.includes(l))) continue;
    openByThread.set(item.comment.threadUrl, (openByThread.get(item.comment.threadUrl) ?? 0) + 1);
    if (tracked.has(item.comment.threadUrl) && item.comment.followUp && item.comment.reply?.state === 'unanswered') {
      trackedFollowUps++;
    }
  }
  await toolbarButton().setBadgeBackgroundColor({ color: '#b45309' });
  await toolbarButton().setBadgeText({ text: badgeText(trackedFollowUps) });
  for (const [tabId, threadUrl] of tabThreads) {
    await toolbarButton().setBadgeText({ tabId, text: badgeText(openByThread.get(threadUrl) ?? 0) }).catch(() => forgetTab(tabId));
  }
}
