// Shared steps of the Chromium tests: scanning a tab from the dashboard, reading downloads and
// waiting for raw IndexedDB state. Each test file still launches its own browser.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readExtensionDb, type RawDb } from './idb';

/** The dashboard row of an open tab, once the background has listed it. */
export async function tabRow(dashboard: Page, url: string): Promise<Locator> {
  const row = dashboard.locator(`[data-testid="tab-row"][data-url="${url}"]`);
  // The tab list is read once on load: refresh until the tab shows up (it may have opened later).
  await expect
    .poll(
      async () => {
        if ((await row.count()) > 0) return true;
        await dashboard.locator('.panel-head button').first().click();
        return false;
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(true);
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
  await expect.poll(async () => (await button.isDisabled()) === false && ((await status.textContent()) ?? '') !== '', { timeout: 30_000 }).toBe(true);
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

export function triageOf(db: RawDb, key: string): Record<string, unknown> | undefined {
  return db.triage.find((t) => t.key === key);
}

/** Polls raw IndexedDB until `check` holds (writes land asynchronously after a key press). */
export async function waitForDb(page: Page, check: (db: RawDb) => boolean, message: string): Promise<RawDb> {
  let last: RawDb | null = null;
  await expect
    .poll(
      async () => {
        last = await readExtensionDb(page);
        return check(last);
      },
      { timeout: 10_000, message },
    )
    .toBe(true);
  return last!;
}

/** Records keyed by their key (comments, triage) or url (threads), for order-free comparison. */
export function byKey(records: Array<Record<string, unknown>>, field = 'key'): Record<string, Record<string, unknown>> {
  return Object.fromEntries(records.map((r) => [String(r[field]), r]));
}
