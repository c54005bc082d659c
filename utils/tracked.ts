// Background re-reads of stored threads: the tracked ones on a timer, or all of one site on request. Each needs the
// user to have granted that site (optional host permission); a thread on a site not granted is listed as failed, with
// the reason, not prompted for.
import browser from 'webextension-polyfill';
import { mayReadSite } from './permissions';
import { extractThread, NoThreadError } from '../lib/extract/registry';
import { analyseExtract, staffLoginsFor } from '../lib/pipeline';
import { parseHtml } from './parse-html';
import { getClassifier, getStore } from './services';
import { refreshBadge } from './badge';
import { removedSince } from './removed-threads';
import type { RecheckOutcome } from '../lib/messages';
import type { ScanNote } from '../lib/thread';
import type { ThreadRecord } from '../lib/store/types';

export const RECHECK_ALARM = 'threadsift-recheck';

/** Re-reads every tracked thread (the alarm, and "Re-check tracked threads now"). */
export function recheckTracked(): Promise<RecheckOutcome> {
  return reread((thread) => thread.tracked);
}

/**
 * Re-reads the stored threads `urls` of one site, tracked or not (a few per message, so no one background task runs
 * for minutes): after staff save their logins there, the threads already
 * stored learn who answered (a stored comment keeps what the analysis made of it, not what the page said, so it is the
 * page that is read again).
 */
export function rereadSite(site: string, urls: readonly string[]): Promise<RecheckOutcome> {
  const asked = new Set(urls);
  return reread((thread) => thread.site === site && asked.has(thread.url));
}

async function reread(wanted: (thread: ThreadRecord) => boolean): Promise<RecheckOutcome> {
  const store = await getStore();
  const [threads, settings, classifier] = await Promise.all([store.listThreads(), store.getSettings(), getClassifier()]);
  let checked = 0;
  let newFollowUps = 0;
  let reopened = 0;
  // Staff learn which threads were not read and why, instead of a count that quietly leaves them out.
  const failed: RecheckOutcome['failed'] = [];
  const fail = (thread: { url: string; title: string }, reason: ScanNote) => failed.push({ url: thread.url, title: thread.title || thread.url, reason });
  for (const thread of threads.filter(wanted)) {
    const startedAt = Date.now();
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
      const current = await store.getThread(thread.url);
      if (!current || !wanted(current) || removedSince(thread.url, startedAt)) continue;
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
