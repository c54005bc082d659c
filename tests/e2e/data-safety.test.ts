// Issue 6, no data loss, in real Chromium where IndexedDB's behaviour matters: concurrent scans,
// a page without a thread, a tab closed in the middle of a scan, and a database from schema v1
// upgraded in the extension's own origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { DEMO_COMMENTS, DEMO_POST, renderDemoPage, type DemoComment } from '../fixtures/demo/outage-thread';
import { readExtensionDb } from './idb';
import { DATA_STORES, readAllStores, scanFromDashboard, tabRow, triageOf, until, waitForDb } from './helpers';

const NO_THREAD_PATH = '/about-us';
const BIG_PATH = '/blog/4242-big-thread';

let session: ExtensionSession;
let server: Served;
let dashboard: Page;

type AllStores = Awaited<ReturnType<typeof readAllStores>>;
const dataOf = (state: AllStores) => Object.fromEntries(DATA_STORES.map((s) => [s, state.stores[s]]));

/** A long iNaturalist thread (slow enough to extract that a tab can close in the middle). */
function bigThread(count: number, round: number): DemoComment[] {
  return Array.from({ length: count }, (_, i) => ({
    uuid: `big-${i}`,
    login: `visitor_${i % 300}`,
    at: new Date(Date.UTC(2026, 10, 2, 18) + i * 60_000).toISOString(),
    html: `<p>${i % 3 ? 'Thanks for the fix, all good here.' : `Round ${round}: why do my photos from comment ${i} still show as pending?`}</p>`,
  }));
}

beforeAll(async () => {
  server = await serve({
    [DEMO_POST.path]: renderDemoPage(),
    [NO_THREAD_PATH]: '<!DOCTYPE html><html lang="en"><head><title>About us</title></head><body><h1>About us</h1><p>We are a small team that builds tools for naturalists. Write to us any time.</p></body></html>',
  });
  session = await launchWithExtension();
  const article = await session.context.newPage();
  await article.goto(server.origin + DEMO_POST.path);
  dashboard = await session.openExtensionPage('dashboard.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('two dashboards scanning the same thread at once', () => {
  it('store each comment once', async () => {
    const second = await session.openExtensionPage('dashboard.html');
    const url = server.origin + DEMO_POST.path;
    const buttons = await Promise.all([dashboard, second].map(async (page) => (await tabRow(page, url)).locator('[data-testid="scan-button"]')));
    // Two clicks in the same instant, several times over (a first scan and re-scans).
    for (let round = 0; round < 3; round++) {
      await Promise.all(buttons.map((button) => button.click()));
      await until(async () => !(await buttons[0].isDisabled()) && !(await buttons[1].isDisabled()), 'both scans finished', 30_000);
      for (const page of [dashboard, second]) {
        expect(await (await tabRow(page, url)).locator('[data-testid="scan-status"]').textContent()).toContain(`${DEMO_COMMENTS.length} comments`);
      }
    }
    const db = await readExtensionDb(dashboard);
    expect(db.comments).toHaveLength(DEMO_COMMENTS.length);
    expect(new Set(db.comments.map((c) => c.key)).size).toBe(DEMO_COMMENTS.length);
    expect(db.triage).toHaveLength(DEMO_COMMENTS.length);
    expect(db.threads).toHaveLength(1);
    expect(db.comments.every((c) => c.goneSince === null && (c.history as unknown[]).length === 0)).toBe(true);
    await second.close();
  });
});

describe('a page with no thread', () => {
  it('gets a plain message and leaves the stored data untouched', async () => {
    const article = await session.context.newPage();
    await article.goto(server.origin + NO_THREAD_PATH);
    const before = await readAllStores(dashboard);
    const status = await scanFromDashboard(dashboard, server.origin + NO_THREAD_PATH, false);
    expect(status).toMatch(/no comment thread/i);
    expect(status).not.toMatch(/Error:|TypeError|undefined|\bat \w+ \(/);
    const row = await tabRow(dashboard, server.origin + NO_THREAD_PATH);
    expect(await row.locator('[data-testid="scan-status"]').getAttribute('class')).toContain('error');
    expect(dataOf(await readAllStores(dashboard))).toEqual(dataOf(before));
    await article.close();
  });
});

describe('a tab closed in the middle of a scan', () => {
  it('leaves the old state or the new one whole, never half, and says what happened', async () => {
    const url = server.origin + BIG_PATH;
    const outcomes: string[] = [];
    // Three ways to lose the tab: while its page is busy (the reader cannot even be injected yet),
    // right after the click, and a little later (extraction done, classification or saving under way).
    const rounds = [
      { busy: true, delay: 300 },
      { busy: false, delay: 0 },
      { busy: false, delay: 150 },
    ];
    for (const [round, { busy, delay }] of rounds.entries()) {
      const comments = bigThread(800 + round * 100, round);
      server.set(BIG_PATH, renderDemoPage(comments).replace(`inaturalist.org${DEMO_POST.path}"`, `inaturalist.org${BIG_PATH}"`));
      const before = await readExtensionDb(dashboard);
      const oldBig = before.comments.filter((c) => String(c.threadUrl).includes(BIG_PATH));
      const tab = await session.context.newPage();
      await tab.goto(url);
      const row = await tabRow(dashboard, url, true);
      const button = row.locator('[data-testid="scan-button"]');
      // The page's own script hogs its main thread for two seconds (a heavy page, a hung ad).
      if (busy) await tab.evaluate(() => void setTimeout(() => { const end = Date.now() + 2000; while (Date.now() < end); }, 0));
      await button.click();
      await new Promise((ok) => setTimeout(ok, delay));
      await tab.close();
      await until(async () => !(await button.isDisabled()), 'scan settled', 60_000);
      const message = ((await row.locator('[data-testid="scan-status"]').textContent()) ?? '').trim();
      expect(message, 'the user is told how it ended').not.toBe('');

      const after = await readExtensionDb(dashboard);
      const big = after.comments.filter((c) => String(c.threadUrl).includes(BIG_PATH));
      const live = big.filter((c) => c.goneSince === null);
      const isOld = JSON.stringify(big) === JSON.stringify(oldBig);
      const isNew = live.length === comments.length && live.every((c) => !String(c.text).includes('Round') || String(c.text).includes(`Round ${round}:`));
      expect(isOld || isNew, `round ${round}: ${big.length} stored, ${live.length} live`).toBe(true);
      if (isOld) expect(message).toMatch(/The tab was closed before Threadsift could read it|stopped answering|could not be saved/);
      else expect(message).toContain(`${comments.length.toLocaleString('en')} comments`);
      expect(after.triage.length).toBe(after.comments.length);
      // The demo thread scanned earlier is untouched whatever happens to the big one.
      expect(after.comments.filter((c) => String(c.threadUrl).includes(DEMO_POST.path))).toEqual(
        before.comments.filter((c) => String(c.threadUrl).includes(DEMO_POST.path)),
      );
      if (busy) expect(isOld, 'a tab closed before it could be read changes nothing').toBe(true);
      outcomes.push(`${busy ? 'busy page, ' : ''}${delay} ms: ${isOld ? 'old' : 'new'} state (${message.slice(0, 90)})`);
    }
    console.info(`closed-tab outcomes:\n  ${outcomes.join('\n  ')}`);
  });
});

describe('an upgrade from schema v1 in Chromium', () => {
  const STATES: Record<string, { status: string; snoozeUntil: string | null; note: string }> = {
    lepidoptera_lou: { status: 'answered', snoozeUntil: null, note: 'answered in the staff reply' },
    fungi_fan_22: { status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z', note: '' },
    ghostmail_gary: { status: 'dismissed', snoozeUntil: null, note: 'duplicate of the email thread' },
  };
  let v2Comments: Array<Record<string, unknown>>;

  it('a v1 database with data opens as v2 with nothing lost', async () => {
    const scanned = await readExtensionDb(dashboard);
    v2Comments = scanned.comments.filter((c) => String(c.threadUrl).includes(DEMO_POST.path));
    const thread = scanned.threads.find((t) => String(t.url).includes(DEMO_POST.path))!;
    const v1Comments = v2Comments.map((c) => ({ ...c, ...(STATES[String(c.author)] ?? { status: 'open', snoozeUntil: null, note: '' }) }));
    // Written the way the first release wrote it: staff state inside comments, a status index.
    await dashboard.evaluate(
      async ({ thread, comments }) => {
        const wait = <T>(req: IDBRequest<T> | IDBOpenDBRequest) =>
          new Promise<T>((ok, fail) => {
            req.onsuccess = () => ok(req.result as T);
            req.onerror = () => fail(req.error);
            (req as IDBOpenDBRequest).onblocked = () => fail(new Error('blocked by an open connection'));
          });
        await wait(indexedDB.deleteDatabase('threadsift'));
        const open = indexedDB.open('threadsift', 1);
        open.onupgradeneeded = () => {
          const db = open.result;
          const threads = db.createObjectStore('threads', { keyPath: 'url' });
          threads.createIndex('site', 'site');
          const store = db.createObjectStore('comments', { keyPath: 'key' });
          store.createIndex('threadUrl', 'threadUrl');
          store.createIndex('site', 'site');
          store.createIndex('labels', 'labels', { multiEntry: true });
          store.createIndex('publishedAt', 'publishedAt');
          store.createIndex('status', 'status');
          db.createObjectStore('corrections', { keyPath: 'id' });
          db.createObjectStore('settings');
          db.createObjectStore('meta');
        };
        const db = await wait<IDBDatabase>(open);
        const tx = db.transaction(['threads', 'comments', 'corrections', 'settings', 'meta'], 'readwrite');
        tx.objectStore('threads').put(thread);
        for (const comment of comments) tx.objectStore('comments').put(comment);
        tx.objectStore('corrections').put({ id: 'c1', text: 'Two days later my photos still show as pending', labels: ['bug'], site: thread.site, createdAt: '2026-11-05T08:00:00.000Z' });
        tx.objectStore('settings').put({ staffAccounts: { [String(thread.site)]: ['carrie-support'] }, theme: 'dark', recheckMinutes: 30, labelThreshold: 0.4 }, 'current');
        tx.objectStore('meta').put({ schemaVersion: 1, createdAt: '2026-11-02T00:00:00.000Z', migratedFrom: [] }, 'meta');
        await new Promise<void>((ok, fail) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { thread, comments: v1Comments },
    );
    const v1 = await readAllStores(dashboard);
    expect(v1.version).toBe(1);
    expect(Object.keys(v1.stores).sort()).toEqual(['comments', 'corrections', 'meta', 'settings', 'threads']);

    await dashboard.reload();
    await dashboard.locator('[data-testid="queue-row"]').first().waitFor({ timeout: 15_000 });
    const v2 = await readAllStores(dashboard);
    expect(v2.version).toBe(2);
    const meta = v2.stores.meta.find(([key]) => key === 'meta')![1] as { schemaVersion: number; migratedFrom: number[] };
    expect(meta).toMatchObject({ schemaVersion: 2, migratedFrom: [1] });
    const db = await readExtensionDb(dashboard);
    // Comments come back exactly as scanned, without the staff fields; staff state is in triage.
    expect(db.comments.filter((c) => String(c.threadUrl).includes(DEMO_POST.path)).sort(byKey)).toEqual([...v2Comments].sort(byKey));
    for (const comment of v2Comments) {
      const triage = triageOf(db, String(comment.key))!;
      const expected = STATES[String(comment.author)] ?? { status: 'open', snoozeUntil: null, note: '' };
      expect(triage, String(comment.author)).toMatchObject(expected);
    }
    const indexes = await dashboard.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const req = indexedDB.open('threadsift');
        req.onsuccess = () => ok(req.result);
      });
      const names = Array.from(db.transaction('comments').objectStore('comments').indexNames);
      db.close();
      return names;
    });
    expect(indexes).not.toContain('status');
    const settings = v2.stores.settings[0][1] as Record<string, unknown>;
    expect(settings).toMatchObject({ theme: 'dark', recheckMinutes: 30, labelThreshold: 0.4 });
    expect(v2.stores.corrections).toHaveLength(1);
  });

  it('the dashboard shows the migrated queue: decided items out, open ones in', async () => {
    const keys = await dashboard.locator('[data-testid="queue-row"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-key')));
    const keyOf = (author: string) => v2Comments.find((c) => c.author === author)!.key;
    for (const author of Object.keys(STATES)) expect(keys, author).not.toContain(keyOf(author));
    expect(keys).toContain(keyOf('naturalist_ana'));
  });

  it('a re-scan after the upgrade merges into the migrated data and keeps every decision', async () => {
    await scanFromDashboard(dashboard, server.origin + DEMO_POST.path);
    const db = await waitForDb(dashboard, (d) => d.comments.length > 0, 'scan stored');
    for (const [author, state] of Object.entries(STATES)) {
      const comment = db.comments.find((c) => c.author === author && String(c.threadUrl).includes(DEMO_POST.path))!;
      expect(triageOf(db, String(comment.key)), author).toMatchObject(state);
    }
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});

function byKey(a: Record<string, unknown>, b: Record<string, unknown>): number {
  return String(a.key).localeCompare(String(b.key));
}
