// Scanning one tab: inject the page reader, extract, classify and store in one transaction,
// then mark the page and update the badge. Each step's failure is reported in plain words.
import browser from 'webextension-polyfill';
import type { ScanOutcome } from '../lib/messages';
import { analyseExtract, staffLoginsFor } from '../lib/pipeline';
import { ACTIONABLE } from '../lib/thread';
import { sendToTab } from './messaging';
import { getClassifier, getStore } from './services';
import { refreshBadge, rememberTabThread } from './badge';

export const READER_FILE = '/reader.js';

export async function injectReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
}

function explainInjectionError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Cannot access|permission|host/i.test(message)) {
    return 'Threadsift may not read this page yet. Click the Threadsift toolbar button on the page, or allow the site in Options → Tracked sites.';
  }
  if (/chrome:|edge:|about:|extensions gallery|webstore/i.test(message)) {
    return 'Browser pages and the extension store cannot be scanned.';
  }
  return `Could not read the page: ${message}`;
}

export async function scanTab(tabId: number): Promise<ScanOutcome> {
  try {
    await injectReader(tabId);
  } catch (error) {
    return { ok: false, error: explainInjectionError(error) };
  }
  const extracted = await sendToTab(tabId, 'page.extract', { now: new Date().toISOString() }).catch((error: unknown) => ({
    ok: false as const,
    error: `The page stopped answering (${error instanceof Error ? error.message : String(error)}). Reload it and scan again.`,
  }));
  if (!extracted.ok) return { ok: false, error: extracted.error };

  try {
    const store = await getStore();
    const [classifier, settings] = await Promise.all([getClassifier(), store.getSettings()]);
    const { thread, comments } = analyseExtract(
      extracted.result,
      classifier,
      staffLoginsFor(extracted.result.thread.url, settings.staffAccounts),
    );
    const summary = await store.saveScan(thread, comments);
    rememberTabThread(tabId, thread.url);

    const items = await store.listItems({ threadUrl: thread.url });
    const marks = items.map((item) => ({
      id: item.comment.id,
      permalink: item.comment.permalink,
      labels: item.labels.filter((label) => label !== 'other'),
      open: item.triage.status === 'open' && item.labels.some((label) => ACTIONABLE.includes(label)),
    }));
    await sendToTab(tabId, 'page.mark', { marks }).catch(() => undefined);
    await refreshBadge();
    return { ok: true, summary, warnings: thread.warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The scan was read but could not be saved: ${message}. Nothing already stored was changed.` };
  }
}
