// Staff name their logins after the first scans: Options offers to read the site's stored threads again, and the
// background does, in real Chromium, so the staff member's own comments stop reading as readers' questions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { scanFromDashboard } from './helpers';
import { readExtensionDb } from './idb';
import { DEMO_COMMENTS, DEMO_POST, renderDemoPage, type DemoComment } from '../fixtures/demo/outage-thread';

let session: ExtensionSession;
let server: Served;
let dashboard: Page;
let threadUrl: string;

const STAFF_QUESTION: DemoComment = {
  uuid: '0b1c0077-aaaa-4bbb-8ccc-000000000077',
  login: 'carrie-support',
  at: '2026-11-13T09:00:00Z',
  html: '<p>Does the app show any message when the upload stops?</p>',
};

beforeAll(async () => {
  server = await serve({});
  threadUrl = server.origin + DEMO_POST.path;
  server.set(DEMO_POST.path, renderDemoPage([...DEMO_COMMENTS, STAFF_QUESTION], server.origin));
  session = await launchWithExtension();
  const article = await session.context.newPage();
  await article.goto(threadUrl);
  dashboard = await session.openExtensionPage('dashboard.html');
  await scanFromDashboard(dashboard, threadUrl);
  await article.close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const carrie = async () => (await readExtensionDb(dashboard)).comments.find((c) => c.author === 'carrie-support');

describe('staff logins saved after the first scan', () => {
  it('reads the stored thread again from Options, and the staff comment stops asking', async () => {
    expect(await carrie()).toMatchObject({ staff: false, reply: { state: 'unanswered' } });

    const options = await session.openExtensionPage('options.html');
    await options.getByTestId('staff-site').fill('127.0.0.1');
    await options.getByTestId('staff-logins').fill('carrie-support');
    await options.getByTestId('staff-save').click();
    const reread = options.getByTestId('staff-reread');
    await reread.waitFor({ timeout: 10_000 });
    expect(await reread.textContent()).toBe('Read that thread again now');
    await reread.click();
    await options.getByText('Read 1 thread of 127.0.0.1 again.').waitFor({ timeout: 30_000 });
    await options.close();

    expect(await carrie()).toMatchObject({ staff: true, staffReason: 'configured', reply: null });
  });
});
