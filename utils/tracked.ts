// Background re-checks of tracked threads. Each needs the user to have granted that one site
// (optional host permission); threads on sites not granted are skipped, not prompted for.
import browser from 'webextension-polyfill';
import { mayReadSite } from './permissions';
import { extractThread } from '../lib/extract/registry';
import { analyseExtract, staffLoginsFor } from '../lib/pipeline';
import { parseHtml } from './parse-html';
import { getClassifier, getStore } from './services';
import { refreshBadge } from './badge';

export const RECHECK_ALARM = 'threadsift-recheck';

export async function recheckTracked(): Promise<{ checked: number; newFollowUps: number }> {
  const store = await getStore();
  const [threads, settings, classifier] = await Promise.all([store.listThreads(), store.getSettings(), getClassifier()]);
  let checked = 0;
  let newFollowUps = 0;
  for (const thread of threads.filter((t) => t.tracked)) {
    if (!(await mayReadSite(thread.url))) continue;
    try {
      const response = await fetch(thread.url, { credentials: 'include' });
      if (!response.ok) continue;
      const doc = await parseHtml(await response.text());
      const extracted = await extractThread(doc, {
        url: thread.url,
        now: new Date(),
        fetch: (url) => fetch(url, { credentials: 'include' }),
        parseHtml: (html) => parseHtml(html),
      });
      const analysed = analyseExtract(extracted, classifier, staffLoginsFor(thread.url, settings.staffAccounts));
      const summary = await store.saveScan(analysed.thread, analysed.comments);
      newFollowUps += summary.newOpenFollowUps;
      checked++;
    } catch (error) {
      console.warn(`Threadsift: re-check of ${thread.url} failed`, error);
    }
  }
  await refreshBadge();
  return { checked, newFollowUps };
}

/**
 * Makes sure the re-check alarm exists with the period from the settings. An alarm that already has that period is
 * left alone: creating it again would push its next firing a whole period away, and this runs after every store
 * change. Alarms may not survive a browser restart, so the background also calls this whenever it starts.
 */
export async function scheduleRecheck(): Promise<void> {
  const store = await getStore();
  const { recheckMinutes } = await store.getSettings();
  const periodInMinutes = Math.max(5, recheckMinutes);
  const existing = await browser.alarms.get(RECHECK_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(RECHECK_ALARM, { periodInMinutes });
}
