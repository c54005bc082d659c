// Scanning one tab: inject the page reader, extract, classify and store in one transaction,
// then mark the page and update the badge. Each step's failure is reported in plain words, with its kind.
import browser from 'webextension-polyfill';
import type { ResponseOf, ScanFailure, ScanOutcome } from '../lib/messages';
import { analyseExtract, staffLoginsFor } from '../lib/pipeline';
import { keptOnThisSite } from '../lib/extract/own-site';
import { needsAttention } from '../lib/store/status';
import { sendToTab } from './messaging';
import { getClassifier, getStore } from './services';
import { refreshBadge, rememberTabThread } from './badge';
import { removedSince } from './removed-threads';

export const READER_FILE = '/reader.js';

export async function injectReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
}

/** Said when the tab went away mid-scan, whichever step noticed. */
const TAB_CLOSED: ScanFailure = {
  ok: false,
  kind: 'tab-closed',
  error: 'The tab was closed before Threadsift could read it. Nothing was changed.',
};

const NOT_SCANNABLE: ScanFailure = {
  ok: false,
  kind: 'not-scannable',
  error: 'Browser pages, extension pages and the extension store cannot be scanned.',
};

const REMOVED_MEANWHILE: ScanFailure = {
  ok: false,
  kind: 'removed-meanwhile',
  error: 'The thread was removed from Threadsift while the scan read it, so the scan was not saved.',
};

// The browser's own words for a closed tab (Firefox: "Invalid tab ID: 12").
const CLOSED_TAB_WORDS = /No tab with id|Invalid tab ID|Frame with ID \d+ was removed|tab was closed/i;

/** The browser refused to inject the reader: its words are the only clue, so they are sorted here, once. */
function explainInjectionError(error: unknown): ScanFailure {
  const message = error instanceof Error ? error.message : String(error);
  // Before the permission test: Chrome says "Cannot access a chrome:// URL" for browser pages.
  // Pages no extension may read are told by the tab's scheme before injecting; here only the browser's own words for
  // them, never words a page's address could hold ("webstore" in a forum's path).
  if (/Cannot access a (chrome|edge|about|chrome-extension|moz-extension):|extensions? gallery|cannot be scripted/i.test(message)) return NOT_SCANNABLE;
  if (/Cannot access|permission|not allowed|host/i.test(message)) {
    return {
      ok: false,
      kind: 'permission',
      error: 'Threadsift has no permission to read this page yet. Click the Threadsift toolbar button on the page, or allow the site in Options → Tracked sites.',
    };
  }
  if (CLOSED_TAB_WORDS.test(message)) return TAB_CLOSED;
  return { ok: false, kind: 'other', error: `Could not read the page: ${message}` };
}

/** The reader's answer, or why there was none. */
type Extracted = ResponseOf<'page.extract'> | ScanFailure;

function extractFrame(tabId: number, frameId: number): Promise<Extracted> {
  return sendToTab(tabId, 'page.extract', { now: new Date().toISOString() }, frameId).then(
    // A tab closed while its page reader worked can leave the message with no reply at all, rather than an error.
    (reply) => reply ?? noReply(tabId),
    (error: unknown): ScanFailure => {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        kind: CLOSED_TAB_WORDS.test(message) ? 'tab-closed' : 'page-unresponsive',
        error: `The page stopped answering (${message}). Reload it and scan again.`,
      };
    },
  );
}

/** What to say when the page reader sent back nothing: the tab is gone, or the page stopped answering. */
async function noReply(tabId: number): Promise<Extracted> {
  const open = await browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );
  return open ? { ok: false, kind: 'page-unresponsive', error: 'The page stopped answering. Reload it and scan again.' } : TAB_CLOSED;
}

/**
 * Some threads live in a frame of their own (Disqus). Inject into every frame we may read and
 * return the first child frame whose markup holds a thread, or null.
 */
async function findThreadFrame(tabId: number): Promise<number | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [READER_FILE] });
    const probes = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      // Own property and a function: an element of the page with that id shows through window too.
      func: () => {
        const probe = Object.prototype.hasOwnProperty.call(window, '__threadsiftPlatform')
          ? (window as Window & { __threadsiftPlatform?: unknown }).__threadsiftPlatform
          : null;
        return typeof probe === 'function' ? ((probe as () => string | null)() ?? null) : null;
      },
    });
    const hit = probes.find((probe) => probe.frameId !== 0 && typeof probe.result === 'string');
    return hit ? hit.frameId : null;
  } catch {
    // Frames of sites we may not read are simply not probed.
    return null;
  }
}

export async function scanTab(tabId: number): Promise<ScanOutcome> {
  const startedAt = Date.now();
  const tabUrl = await currentUrl(tabId);
  // An extension's page (Threadsift's own dashboard among them) or a browser page: say so, rather than let the
  // browser's refusal read as a missing permission that no grant could give.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(tabUrl)?.[1]?.toLowerCase();
  if (scheme && !['http', 'https', 'file'].includes(scheme)) return NOT_SCANNABLE;
  try {
    await injectReader(tabId);
  } catch (error) {
    return explainInjectionError(error);
  }
  let frameId = 0;
  let extracted = await extractFrame(tabId, frameId);
  if (!extracted.ok && extracted.kind === 'no-thread') {
    const threadFrame = await findThreadFrame(tabId);
    if (threadFrame !== null) {
      frameId = threadFrame;
      extracted = await extractFrame(tabId, frameId);
    }
  }
  if (!extracted.ok) return extracted;
  // The thread is checked against the site the scan started on: a tab that went to another site meanwhile is not it.
  // (Within a site the address may change as one reads: Discourse writes the post number into it while scrolling.)
  const urlNow = await browser.tabs.get(tabId).then((tab) => tab.url ?? '', () => null);
  if (urlNow === null) return TAB_CLOSED;
  if (hostOf(urlNow) !== hostOf(tabUrl)) {
    return { ok: false, kind: 'other', error: 'The tab went to another site while Threadsift read it. Nothing was changed; scan the page again.' };
  }
  const read = keptOnThisSite(extracted.result, tabUrl);

  try {
    const store = await getStore();
    const [classifier, settings] = await Promise.all([getClassifier(), store.getSettings()]);
    const { thread, comments } = analyseExtract(
      read,
      classifier,
      staffLoginsFor(read.thread.url, settings.staffAccounts),
    );
    if (removedSince(thread.url, startedAt)) return REMOVED_MEANWHILE;
    const summary = await store.saveScan(thread, comments);
    rememberTabThread(tabId, thread.url);

    // Marks for the comments this scan read, not every comment stored for the thread: the page learns nothing of them.
    const readIds = new Set(comments.map((comment) => comment.id));
    const items = (await store.listItems({ threadUrl: thread.url })).filter((item) => readIds.has(item.comment.id));
    const marks = items.map((item) => ({
      id: item.comment.id,
      permalink: item.comment.permalink,
      // Staff's own comments are answers, not asks: no label chip on them (a staff answer showed a red "bug").
      labels: item.comment.staff ? [] : item.labels.filter((label) => label !== 'other'),
      open: needsAttention(item),
    }));
    await sendToTab(tabId, 'page.mark', { marks }, frameId).catch(() => undefined);
    await refreshBadge();
    return { ok: true, summary, warnings: thread.warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'not-saved', error: `The scan was read but could not be saved: ${message}. Nothing already stored was changed.` };
  }
}

const currentUrl = (tabId: number) => browser.tabs.get(tabId).then((tab) => tab.url ?? '', () => '');
const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};
