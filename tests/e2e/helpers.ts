// Shared steps of the Chromium tests: scanning a tab from the dashboard, reading downloads and
// waiting for raw IndexedDB state. Each test file still launches its own browser.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { ExtensionSession } from '../../scripts/chromium';
import type { Locator, Page } from 'playwright-core';
import { readExtensionDb, type RawDb } from './idb';

/** Polls until `check` returns true (usable in hooks, where expect.poll is not allowed). */
export async function until(check: () => Promise<boolean> | boolean, message: string, timeout = 10_000, interval = 100): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for: ${message}`);
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

/**
 * The dashboard row of an open tab, once the background has listed it. `fresh`: refresh the list
 * first and take only a row drawn after that (rows of closed tabs stay listed until a refresh).
 */
export async function tabRow(dashboard: Page, url: string, fresh = false): Promise<Locator> {
  if (fresh) {
    await dashboard.locator('[data-testid="tab-row"]').evaluateAll((rows) => rows.forEach((r) => r.setAttribute('data-stale', '')));
    await dashboard.locator('.panel-head button').first().click();
  }
  const row = dashboard.locator(`[data-testid="tab-row"][data-url="${url}"]${fresh ? ':not([data-stale])' : ''}`);
  // The tab list is read once on load: refresh until the tab shows up (it may have opened later).
  await until(
    async () => {
      if ((await row.count()) > 0) return true;
      await dashboard.locator('.panel-head button').first().click();
      return false;
    },
    `tab ${url} listed on the dashboard`,
    15_000,
    500,
  );
  return row;
}

/** Clicks Scan (or Re-scan) on the tab's row and waits for the result line; returns it. */
export async function scanFromDashboard(dashboard: Page, url: string, expectOk = true): Promise<string> {
  const row = await tabRow(dashboard, url);
  const status = row.locator('[data-testid="scan-status"]');
  const before = (await status.textContent()) ?? '';
  const button = row.locator('[data-testid="scan-button"]');
  await button.click();
  // Wait for the button to be enabled again (scan finished) and the status to hold a result.
  await until(async () => (await button.isDisabled()) === false && ((await status.textContent()) ?? '') !== '', 'scan result', 30_000);
  const text = (await status.textContent()) ?? '';
  if (expectOk) expect(text, `scan status (was "${before}")`).toMatch(/\d+ comments/);
  return text;
}

export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), click()]);
  const path = await download.path();
  if (!path) throw new Error('download has no file');
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The stored triage record of a comment, if staff ever decided anything about it. */
export function triageOf(db: RawDb, key: string): Record<string, unknown> | undefined {
  return db.triage.find((t) => t.key === key);
}

/** The comments a staff member still has to answer, per the stored data (what every export must list). */
export function openQuestions(db: RawDb): Array<Record<string, unknown>> {
  return db.comments.filter((c) => {
    // No record: staff decided nothing, so it is open with the classifier's labels.
    const triage = triageOf(db, String(c.key));
    const labels = (triage?.labelOverride as string[] | null | undefined) ?? (c.labels as string[]);
    return !c.staff && (triage?.status ?? 'open') === 'open' && (labels.includes('question') || labels.includes('bug'));
  });
}

/** A stored comment's labels as staff see them: their hand-set labels, else the classifier's. */
export function labelsOf(db: RawDb, comment: Record<string, unknown>): string[] {
  return (triageOf(db, String(comment.key))?.labelOverride as string[] | null | undefined) ?? (comment.labels as string[]);
}

/** The status a comment has on disk: its record's, or open when it has none (schema v3). */
export function statusOf(db: RawDb, key: string): string {
  return String(triageOf(db, key)?.status ?? 'open');
}

/** Polls raw IndexedDB until `check` holds (writes land asynchronously after a key press). */
export async function waitForDb(page: Page, check: (db: RawDb) => boolean, message: string): Promise<RawDb> {
  let last: RawDb | null = null;
  await until(async () => {
    last = await readExtensionDb(page);
    return check(last);
  }, message);
  return last!;
}

/** Records keyed by their key (comments, triage) or url (threads), for order-free comparison. */
export function byKey(records: Array<Record<string, unknown>>, field = 'key'): Record<string, Record<string, unknown>> {
  return Object.fromEntries(records.map((r) => [String(r[field]), r]));
}

/** Every object store of the extension's database, as [key, value] pairs in key order (settings and meta included). */
export function readAllStores(page: Page): Promise<{ version: number; stores: Record<string, Array<[unknown, unknown]>> }> {
  return page.evaluate(async () => {
    const [info] = (await indexedDB.databases()).filter((d) => d.name);
    if (!info?.name) return { version: 0, stores: {} };
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(info.name!);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const stores: Record<string, Array<[unknown, unknown]>> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      stores[name] = await new Promise<Array<[unknown, unknown]>>((ok, fail) => {
        const rows: Array<[unknown, unknown]> = [];
        const req = db.transaction(name).objectStore(name).openCursor();
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return ok(rows);
          rows.push([cursor.key, cursor.value]);
          cursor.continue();
        };
        req.onerror = () => fail(req.error);
      });
    }
    const version = db.version;
    db.close();
    return { version, stores };
  });
}

/** Every store but meta (which describes the database itself): what a backup must bring back. */
export function dataStoresOf(state: { stores: Record<string, Array<[unknown, unknown]>> }): Record<string, Array<[unknown, unknown]>> {
  return Object.fromEntries(Object.entries(state.stores).filter(([name]) => name !== 'meta'));
}

export interface DomAudit {
  pwned: unknown;
  /** Elements carrying an on* attribute (an inline event handler). */
  eventHandlers: string[];
  /** img, iframe, object, embed, frame, video, audio elements (an extension page draws none). */
  embeds: string[];
  /** Scripts that are not the extension's own files. */
  foreignScripts: string[];
  /** Links or frames whose URL is javascript:. */
  scriptUrls: string[];
  /** svg elements that are not the extension's own icons and charts (which all have a viewBox). */
  strangeSvgs: string[];
}

/** What in an extension page could run or load something: all must be empty. */
export function auditDom(page: Page): Promise<DomAudit> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    const describe = (el: Element) => el.outerHTML.slice(0, 120);
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      eventHandlers: all.filter((el) => Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on'))).map(describe),
      embeds: all.filter((el) => /^(img|iframe|object|embed|frame|video|audio)$/i.test(el.localName)).map(describe),
      foreignScripts: Array.from(document.scripts)
        .filter((s) => !s.src.startsWith(`${location.origin}/`))
        .map(describe),
      scriptUrls: all
        .filter((el) => ['href', 'src', 'action', 'formaction', 'xlink:href'].some((name) => /^\s*javascript:/i.test(el.getAttribute(name) ?? '')))
        .map(describe),
      strangeSvgs: all.filter((el) => el.localName === 'svg' && !el.hasAttribute('viewBox')).map(describe),
    };
  });
}

export const CLEAN_AUDIT: Omit<DomAudit, 'pwned'> & { pwned: undefined } = {
  pwned: undefined, eventHandlers: [], embeds: [], foreignScripts: [], scriptUrls: [], strangeSvgs: [],
};

/** Names a site's staff logins in Options, as staff do once per site. */
export async function setStaffAccounts(session: ExtensionSession, site: string, logins: readonly string[]): Promise<void> {
  const options = await session.openExtensionPage('options.html');
  await options.getByTestId('staff-site').fill(site);
  await options.getByTestId('staff-logins').fill(logins.join(', '));
  await options.getByTestId('staff-save').click();
  await options.locator(`[data-testid="staff-entry"][data-site="${site}"]`).waitFor({ timeout: 10_000 });
  await options.close();
}
