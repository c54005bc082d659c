// axe-core over every screen staff use, in real Chromium, light and dark: after a scan of the demo
// thread, with rows selected and done, a view of each tab, the thread view and the labels form.
// A rule axe cannot decide (contrast over an image) is not a failure; every violation is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { DEMO_POST, DEMO_STAFF, renderDemoPage } from '../fixtures/demo/outage-thread';
import { scanFromDashboard } from './helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: ExtensionSession;
let server: Served;
let dashboard: Page;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string }[];
}

/** Runs axe on the page as it is now. The extension's CSP refuses script tags, so axe goes in through the debugger. */
async function violations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${AXE_SOURCE}\n;0`);
  return page.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200) })),
    }));
  })()`) as Promise<Violation[]>;
}

function describeAll(found: Violation[]): string {
  return found
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target}  ${n.html}`).join('\n')}`)
    .join('\n');
}

async function expectClean(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Colours change by CSS transition in places: read the settled page.
    await page.waitForTimeout(250);
    const found = await violations(page);
    expect(found, `${where}, ${scheme}:\n${describeAll(found)}`).toEqual([]);
  }
}

beforeAll(async () => {
  server = await serve({ [DEMO_POST.path]: renderDemoPage() });
  session = await launchWithExtension();
  const article = await session.context.newPage();
  await article.goto(server.origin + DEMO_POST.path);
  const options = await session.openExtensionPage('options.html');
  await options.getByTestId('staff-site').fill('127.0.0.1');
  await options.getByTestId('staff-logins').fill(DEMO_STAFF.join(', '));
  await options.getByTestId('staff-save').click();
  await options.close();
  dashboard = await session.openExtensionPage('dashboard.html');
  await dashboard.setViewportSize({ width: 1400, height: 900 });
  await scanFromDashboard(dashboard, server.origin + DEMO_POST.path);
  await dashboard.locator('[data-testid="queue-row"]').first().waitFor({ timeout: 10_000 });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('accessibility (axe-core, light and dark)', () => {
  it('the queue, with a row selected, another done, and the detail pane', async () => {
    const rows = dashboard.locator('[data-testid="queue-row"]');
    expect(await rows.count()).toBeGreaterThan(3);
    // The rows hold no controls of their own (axe: nested-interactive); the drawn box still selects by mouse.
    expect(await rows.first().locator('input, button, a, select, textarea, [tabindex]').count()).toBe(0);
    await rows.nth(1).locator('[data-testid="row-select"]').click();
    await expect.poll(() => rows.nth(1).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => dashboard.locator('.bulkbar').count()).toBe(1);
    await dashboard.locator('[data-testid="queue-row"]').first().click();
    await dashboard.locator('[role="listbox"]').focus();
    await expectClean(dashboard, 'queue with a selection');
    await dashboard.keyboard.press('Escape');
  });

  it('the All comments view with done rows, and the labels form', async () => {
    await dashboard.getByTestId('view-all').click();
    await dashboard.locator('[role="listbox"]').focus();
    await dashboard.keyboard.press('a');
    await expect.poll(() => dashboard.locator('[data-testid="queue-row"].done').count()).toBeGreaterThan(0);
    await dashboard.keyboard.press('l');
    await dashboard.locator('form.notice input[data-label]').first().waitFor();
    await expectClean(dashboard, 'all comments, done rows, labels form');
    await dashboard.keyboard.press('Escape');
  });

  it('the Follow-ups and Threads views, and one thread read in full', async () => {
    await dashboard.getByTestId('view-followups').click();
    await expectClean(dashboard, 'follow-ups');
    await dashboard.getByTestId('view-threads').click();
    await expectClean(dashboard, 'threads');
    await dashboard.getByTestId('view-queue').click();
    await dashboard.locator('[role="listbox"]').focus();
    await dashboard.keyboard.press('Enter');
    await dashboard.locator('section.thread-view').waitFor();
    await expectClean(dashboard, 'thread view');
    await dashboard.keyboard.press('Escape');
  });

  it('the narrow window, with the detail drawer open', async () => {
    await dashboard.setViewportSize({ width: 1000, height: 800 });
    await dashboard.locator('[data-testid="queue-row"]').nth(2).click();
    await expectClean(dashboard, 'narrow dashboard with drawer');
    await dashboard.keyboard.press('Escape');
    await dashboard.setViewportSize({ width: 1400, height: 900 });
  });

  it('Options and the popup', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByTestId('staff-save').waitFor();
    await expectClean(options, 'options');
    await options.close();
    const popup = await session.openExtensionPage('popup.html');
    await popup.locator('main').waitFor();
    await expectClean(popup, 'popup');
    await popup.close();
  });
});
