// Background re-checks of tracked threads. Each needs the user to have granted that one site
// (optional host permission); threads on sites not granted are skipped, not prompted for.
import browser from 'webextension-polyfill';
import { mayReadSite } from './permissions';
import { extractThread, NoThreadError } from '../lib/extract/registry';
import { analyseExtract, staffLoginsFor } from '../lib/pipeline';
import { parseHtml } from './parse-html';
import { getClassifier, getStore } from './services';
import { refreshBadge } from './badge';
import type { RecheckOutcome } from '../lib/messages';
import type { ScanNote } from '../lib/thread';

export const RECHECK_ALARM = 'threadsift-recheck';

export async function recheckTracked(): Promise<RecheckOutcome> {
  const store = await getStore();
  const [threads, settings, classifier] = await Promise.all([store.listThreads(), store.getSettings(), getClassifier()]);
  let checked = 0;
  let newFollowUps = 0;
  let reopened = 0;
  // Staff learn which threads were not read and why, instead of a count that quietly leaves them out.
  const failed: RecheckOutcome['failed'] = [];
  const fail = (thread: { url: string; title: string }, reason: ScanNote) => failed.push({ url: thread.url, title: thread.title || thread.url, reason });
  for (const thread of threads.filter((t) => t.tracked)) {
    if (!(await mayReadSite(thread.url))) {
      fail(thread, { key: 'note.recheckNotAllowed', vars: {} });
      continue;
    }
    try {
      const response = await fetch(thread.url, { credentials: 'include' });
      if (!response.ok) {
        fail(thread, { key: 'note.recheckHttp', vars: { status: response.status } });
        continue;
      }
      const doc = await parseHtml(await response.text());
      const extracted = await extractThread(doc, {
        url: thread.url,
        now: new Date(),
        fetch: (url) => fetch(url, { credentials: 'include' }),
        parseHtml: (html) => parseHtml(html),
      });
      const analysed = analyseExtract(extracted, classifier, staffLoginsFor(thread.url, settings.staffAccounts));
      // Staff may have removed or stopped tracking the thread while its page was fetched: saving would bring it back.
      if (!(await store.getThread(thread.url))?.tracked) continue;
      const summary = await store.saveScan(analysed.thread, analysed.comments);
      newFollowUps += summary.newOpenFollowUps;
      reopened += summary.reopened;
      checked++;
    } catch (error) {
      if (error instanceof NoThreadError) fail(thread, { key: 'note.recheckNoThread', vars: {} });
      else fail(thread, { key: 'note.text', vars: { text: error instanceof Error ? error.message : String(error) } });
    }
  }
  await refreshBadge();
  return { checked, newFollowUps, reopened, failed };
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
