// Wires the background: the message protocol, the re-check alarm and the badge.
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, envelope, type Handlers } from '../lib/messages';
import { scanTab } from '../utils/scan-tab';
import { listTabs, revealComment } from '../utils/tabs';
import { RECHECK_ALARM, recheckTracked, rereadSite, scheduleRecheck } from '../utils/tracked';
import { forgetTab, refreshBadge, requestBadgeRefresh, tabNavigated } from '../utils/badge';
import { invalidateClassifier } from '../utils/services';
import { threadRemoved } from '../utils/removed-threads';

export default defineBackground(() => {
  const handlers: Handlers = {
    'scan.tab': async ({ tabId }) => {
      const outcome = await scanTab(tabId);
      if (outcome.ok) storeUpdated();
      return outcome;
    },
    'tabs.list': () => listTabs(),
    'comment.reveal': ({ threadUrl, commentId, permalink }) => revealComment(threadUrl, commentId, permalink),
    'scan.progress': (progress, sender) => {
      // Re-broadcast so the popup and dashboard can show it.
      void browser.runtime.sendMessage(envelope('scan.progress', { ...progress, tabId: sender.tabId })).catch(() => {});
    },
    'store.changed': async () => {
      invalidateClassifier();
      // Cheap: the alarm is only replaced when the re-check period in the settings changed.
      await scheduleRecheck();
      requestBadgeRefresh();
    },
    'tracked.recheck': () => recheckTracked().finally(storeUpdated),
    'site.reread': ({ site, urls }) => rereadSite(site, urls).finally(storeUpdated),
    'thread.removed': ({ url }) => threadRemoved(url),
    // Said by the background itself; nothing to do when it comes back round.
    'store.updated': () => undefined,
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.tab?.url }),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECHECK_ALARM) void recheckTracked().finally(storeUpdated);
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  // A tab that leaves its scanned thread stops showing that thread's count.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.url) void tabNavigated(tabId, changeInfo.url);
  });
  browser.runtime.onInstalled.addListener(() => void ensureRecheck());
  browser.runtime.onStartup.addListener(() => {
    void ensureRecheck();
    void refreshBadge().catch(warn);
  });
  // Alarms may be lost over a browser restart or an update; every start of the background checks.
  void ensureRecheck();
});

/** Tells open extension pages that threads were saved (none may be open: no answer is fine). */
function storeUpdated(): void {
  void browser.runtime.sendMessage(envelope('store.updated', undefined)).catch(() => {});
}

function ensureRecheck(): Promise<void> {
  return scheduleRecheck().catch(warn);
}

function warn(error: unknown): void {
  console.warn('Threadsift: background set-up failed', error);
}
