// Wires the background: the message protocol, the re-check alarm and the badge.
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, envelope, type Handlers } from '../lib/messages';
import { scanTab } from '../utils/scan-tab';
import { listTabs, revealComment } from '../utils/tabs';
import { RECHECK_ALARM, recheckTracked, scheduleRecheck } from '../utils/tracked';
import { forgetTab, refreshBadge } from '../utils/badge';
import { invalidateClassifier } from '../utils/services';

export default defineBackground(() => {
  const handlers: Handlers = {
    'scan.tab': ({ tabId }) => scanTab(tabId),
    'tabs.list': () => listTabs(),
    'comment.reveal': ({ threadUrl, commentId, permalink }) => revealComment(threadUrl, commentId, permalink),
    'scan.progress': (progress, sender) => {
      // Re-broadcast so the popup and dashboard can show it.
      void browser.runtime.sendMessage(envelope('scan.progress', { ...progress, tabId: sender.tabId })).catch(() => {});
    },
    'store.changed': async () => {
      invalidateClassifier();
      await scheduleRecheck();
      await refreshBadge();
    },
    'tracked.recheck': () => recheckTracked(),
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.tab?.url }),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECHECK_ALARM) void recheckTracked();
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  browser.runtime.onInstalled.addListener(() => void scheduleRecheck());
  browser.runtime.onStartup.addListener(() => void refreshBadge());
});
