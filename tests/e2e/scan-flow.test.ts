// The product's main path in real Chromium: a served thread is scanned from the dashboard, lands in the
// extension's IndexedDB and on screen with its labels, and the open questions export as CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { DEMO_COMMENTS, DEMO_POST, renderDemoPage } from '../fixtures/demo/outage-thread';
import { readExtensionDb } from './idb';
import { scanFromDashboard } from './helpers';

let session: ExtensionSession;
let server: Served;
let dashboard: Page;

beforeAll(async () => {
  server = await serve({ [DEMO_POST.path]: renderDemoPage() });
  session = await launchWithExtension();
  const article = await session.context.newPage();
  await article.goto(server.origin + DEMO_POST.path);
  dashboard = await session.openExtensionPage('dashboard.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('scan from the dashboard', () => {
  it('lists the open tab and scans it', async () => {
    const status = await scanFromDashboard(dashboard, server.origin + DEMO_POST.path);
    expect(status).toContain(`${DEMO_COMMENTS.length} comments`);
  });

  it('stores every comment in the extension IndexedDB', async () => {
    const db = await readExtensionDb(dashboard);
    const stored = db.comments.filter((c) => String(c.threadUrl).includes(DEMO_POST.path));
    expect(stored).toHaveLength(DEMO_COMMENTS.length);
    expect(new Set(stored.map((c) => c.author))).toEqual(new Set(DEMO_COMMENTS.map((c) => c.login)));
  });

  it('queues the questions and bug reports with their labels, not the thank-yous', async () => {
    const rows = dashboard.locator('[data-testid="queue-row"]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const texts = await rows.allTextContents();
    const joined = texts.join('\n');
    expect(joined).toContain('fungi_fan_22');
    expect(joined).toContain('ghostmail_gary');
    for (const thanker of ['marta_botanica', 'hans_kaefer', 'yuki_tombo', 'wu_xiaoming']) expect(joined).not.toContain(thanker);
    const labelsOf = async (author: string) =>
      dashboard
        .locator('[data-testid="queue-row"]', { hasText: author })
        .first()
        .locator('[data-testid="label-chip"]')
        .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-label') ?? c.textContent ?? ''));
    expect((await labelsOf('fungi_fan_22')).join(' ')).toMatch(/bug/);
    expect((await labelsOf('ghostmail_gary')).join(' ')).toMatch(/question/);
  });

  it('exports the open questions as CSV that parses back', async () => {
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('export-csv').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const texts = parsed.data.map((row) => Object.values(row).join(' | '));
    expect(texts.some((t) => t.includes('How long until the duplicate emails stop?'))).toBe(true);
    expect(texts.some((t) => t.includes('Mil gracias'))).toBe(false);
  });

  it("the popup's Open dashboard brings the open dashboard forward instead of opening another", async () => {
    const article = session.context.pages().find((page) => page.url().endsWith(DEMO_POST.path))!;
    await article.bringToFront();
    // Which tab the browser calls active, as the extension sees it.
    const activeUrl = () =>
      dashboard.evaluate(async () => {
        const [tab] = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.url ?? '';
      });
    await expect.poll(activeUrl).toContain(DEMO_POST.path);
    const popup = await session.openExtensionPage('popup.html');
    const dashboards = () => session.context.pages().filter((page) => page.url().endsWith('/dashboard.html')).length;
    expect(dashboards()).toBe(1);
    // The popup closes itself once the dashboard is shown, which can cut the click's own bookkeeping short.
    await popup.getByTestId('open-dashboard').click({ noWaitAfter: true }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(dashboards()).toBe(1);
    await expect.poll(activeUrl).toMatch(/\/dashboard\.html$/);
    if (!popup.isClosed()) await popup.close();
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});
