// Learning from staff, in real Chromium: staff relabel a comment in the dashboard; the next thread scanned on the same
// site reads a comment worded like it as staff said, while a thread on another site still reads it as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { DEMO_COMMENTS, DEMO_POST, renderDemoPage, type DemoComment } from '../fixtures/demo/outage-thread';
import { readExtensionDb } from './idb';
import { scanFromDashboard, until, waitForDb } from './helpers';

const CHAT = 'Does anyone else remember the old upload page? Good times, we used to upload there every night.';
const NEAR_COPY = 'Does anyone else remember the old upload page? Good times, we used to upload there all night.';
const SITE = 'http://blog.example.org';
const OTHER_SITE = 'http://forum.example.net';
const chatComment = (uuid: string, text: string): DemoComment => ({ uuid, login: 'old_timer', at: '2026-11-03T09:00:00Z', html: `<p>${text}</p>` });

/**
 * The demo thread with one more comment, as a page of `origin` at `path`. Its canonical URL is on the site the page is
 * served from (the test Chromium resolves example.org and example.net hosts to the local server: scripts/chromium.ts).
 */
function page(origin: string, path: string, extra: DemoComment): string {
  return renderDemoPage([...DEMO_COMMENTS.slice(0, 4), extra], origin).replace(`${origin}${DEMO_POST.path}`, `${origin}${path}`);
}

let session: ExtensionSession;
let server: Served;
let dashboard: Page;

beforeAll(async () => {
  server = await serve({
    '/first': page(SITE, '/blog/1-first', chatComment('0b1c0101-aaaa-4bbb-8ccc-000000000101', CHAT)),
    '/second': page(SITE, '/blog/2-second', chatComment('0b1c0102-aaaa-4bbb-8ccc-000000000102', NEAR_COPY)),
    '/elsewhere': page(OTHER_SITE, '/blog/3-elsewhere', chatComment('0b1c0103-aaaa-4bbb-8ccc-000000000103', NEAR_COPY)),
  });
  session = await launchWithExtension();
  for (const path of ['/first', '/second', '/elsewhere']) await (await session.context.newPage()).goto(urlOf(path));
  dashboard = await session.openExtensionPage('dashboard.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Where each page is served: its own site's host, on the local server's port. */
const urlOf = (path: string) => `${path === '/elsewhere' ? OTHER_SITE : SITE}:${new URL(server.origin).port}${path}`;

const labelsOf = async (text: string, site: string) => {
  const db = await readExtensionDb(dashboard);
  const comment = db.comments.find((c) => c.text === text && String(c.key).includes(site));
  return comment?.labels as string[] | undefined;
};

describe('learning from a relabelled comment', () => {
  it('reads a comment worded like it as staff said on the same site, and as before on another site', async () => {
    await scanFromDashboard(dashboard, urlOf('/first'));
    expect(await labelsOf(CHAT, 'blog.example.org')).toEqual(['question']);

    // Staff find the chatty comment in the queue and relabel it: it asks nothing of them.
    const row = dashboard.locator('[data-testid="queue-row"]', { hasText: 'remember the old upload page' });
    await row.click();
    const key = (await row.getAttribute('data-comment-key'))!;
    await dashboard.keyboard.press('l');
    await dashboard.locator('.detail form input[data-label="question"]').uncheck();
    await dashboard.locator('.detail form input[data-label="other"]').check();
    await dashboard.locator('.detail form button[type="submit"]').click();
    await waitForDb(dashboard, (db) => JSON.stringify(db.triage.find((t) => t.key === key)?.labelOverride) === '["other"]', 'relabelled');
    // The correction is stored with its site, where the classifier learns from it.
    await until(async () => (await dashboard.evaluate(async () => {
      const [info] = await indexedDB.databases();
      const db = await new Promise<IDBDatabase>((ok) => { const r = indexedDB.open(info.name!); r.onsuccess = () => ok(r.result); });
      const all = await new Promise<Array<{ text: string; site: string }>>((ok) => { const r = db.transaction('corrections').objectStore('corrections').getAll(); r.onsuccess = () => ok(r.result); });
      db.close();
      return all.some((c) => c.site === 'blog.example.org' && c.text.includes('remember the old upload page'));
    })), 'correction stored');

    await scanFromDashboard(dashboard, urlOf('/second'));
    expect(await labelsOf(NEAR_COPY, 'blog.example.org')).toEqual(['other']);
    await scanFromDashboard(dashboard, urlOf('/elsewhere'));
    expect(await labelsOf(NEAR_COPY, 'forum.example.net')).toEqual(['question']);

    // The reason shown for the learnt labels is staff's relabelling, not a sentence of the comment.
    await dashboard.getByTestId('view-all').click();
    const learnt = dashboard.locator('[data-testid="queue-row"]', { hasText: 'upload there all night' }).filter({ has: dashboard.locator('[data-label="other"]') });
    await learnt.first().waitFor();
    expect(await learnt.first().locator('.cue').textContent()).toBe('Why: staff relabelled a comment worded like this one on this site');
  });
});
