// Issue 6, no data loss, in real Chromium where IndexedDB's behaviour matters: concurrent scans,
// a page without a thread, a tab closed in the middle of a scan, and databases from every earlier
// schema (v1, v2) upgraded in the extension's own origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { DEMO_COMMENTS, DEMO_POST, renderDemoPage, type DemoComment } from '../fixtures/demo/outage-thread';
import { readExtensionDb } from './idb';
import { SCHEMA_VERSION } from '../../lib/store/schema';
import { dataStoresOf, readAllStores, scanFromDashboard, statusOf, tabRow, triageOf, until, waitForDb } from './helpers';

const NO_THREAD_PATH = '/about-us';
const BIG_PATH = '/blog/4242-big-thread';

let session: ExtensionSession;
let server: Served;
let dashboard: Page;

type AllStores = Awaited<ReturnType<typeof readAllStores>>;
const dataOf = (state: AllStores) => dataStoresOf(state);

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
    // Scans write no staff state: nobody decided anything yet.
    expect(db.triage).toEqual([]);
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
      expect(after.triage).toEqual(before.triage);
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

describe('upgrades from every earlier schema, in Chromium', () => {
  const STATES: Record<string, { status: string; snoozeUntil: string | null; note: string }> = {
    lepidoptera_lou: { status: 'answered', snoozeUntil: null, note: 'answered in the staff reply' },
    fungi_fan_22: { status: 'snoozed', snoozeUntil: '2999-01-01T00:00:00.000Z', note: '' },
    ghostmail_gary: { status: 'dismissed', snoozeUntil: null, note: 'duplicate of the email thread' },
  };
  const OPEN = { status: 'open', snoozeUntil: null, note: '' };
  let scannedComments: Array<Record<string, unknown>>;
  let scannedThread: Record<string, unknown>;

  /**
   * Replaces the extension's database with one written the way release `version` wrote it:
   * v1 kept staff state inside each comment (with a status index); v2 kept one comment per record
   * and a triage record for every comment.
   */
  async function writeOldDatabase(version: 1 | 2) {
    await dashboard.evaluate(
      async ({ version, thread, comments, states, open }) => {
        const wait = <T>(req: IDBRequest<T> | IDBOpenDBRequest) =>
          new Promise<T>((ok, fail) => {
            req.onsuccess = () => ok(req.result as T);
            req.onerror = () => fail(req.error);
            (req as IDBOpenDBRequest).onblocked = () => fail(new Error('blocked by an open connection'));
          });
        await wait(indexedDB.deleteDatabase('threadsift'));
        const request = indexedDB.open('threadsift', version);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('threads', { keyPath: 'url' }).createIndex('site', 'site');
          const store = db.createObjectStore('comments', { keyPath: 'key' });
          store.createIndex('threadUrl', 'threadUrl');
          store.createIndex('site', 'site');
          store.createIndex('labels', 'labels', { multiEntry: true });
          store.createIndex('publishedAt', 'publishedAt');
          if (version === 1) store.createIndex('status', 'status');
          db.createObjectStore('corrections', { keyPath: 'id' });
          db.createObjectStore('settings');
          db.createObjectStore('meta');
          if (version === 2) {
            const triage = db.createObjectStore('triage', { keyPath: 'key' });
            triage.createIndex('status', 'status');
            triage.createIndex('threadUrl', 'threadUrl');
          }
        };
        const db = await wait<IDBDatabase>(request);
        const names = Array.from(db.objectStoreNames);
        const tx = db.transaction(names, 'readwrite');
        tx.objectStore('threads').put(thread);
        for (const comment of comments) {
          const state = states[String(comment.author)] ?? open;
          if (version === 1) {
            tx.objectStore('comments').put({ ...comment, ...state });
          } else {
            tx.objectStore('comments').put(comment);
            tx.objectStore('triage').put({
              key: comment.key, threadUrl: comment.threadUrl, ...state, assignee: null, labelOverride: null, draft: '',
              updatedAt: state === open ? comment.firstSeenAt : '2026-11-06T10:00:00.000Z',
            });
          }
        }
        tx.objectStore('corrections').put({ id: 'c1', text: 'Two days later my photos still show as pending', labels: ['bug'], site: thread.site, createdAt: '2026-11-05T08:00:00.000Z' });
        // v1 and v2 settings had no saved replies or locale yet.
        tx.objectStore('settings').put({ staffAccounts: { [String(thread.site)]: ['carrie-support'] }, theme: 'dark', recheckMinutes: 30, labelThreshold: 0.4 }, 'current');
        tx.objectStore('meta').put({ schemaVersion: version, createdAt: '2026-11-02T00:00:00.000Z', migratedFrom: version === 2 ? [1] : [] }, 'meta');
        await new Promise<void>((ok, fail) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { version, thread: scannedThread, comments: scannedComments, states: STATES, open: OPEN },
    );
    expect((await readAllStores(dashboard)).version).toBe(version);
  }

  for (const version of [1, 2] as const) {
    it(`a schema v${version} database with data opens at the current version with nothing lost`, async () => {
      if (!scannedComments) {
        const scanned = await readExtensionDb(dashboard);
        scannedComments = scanned.comments.filter((c) => String(c.threadUrl).includes(DEMO_POST.path));
        scannedThread = scanned.threads.find((t) => String(t.url).includes(DEMO_POST.path))!;
        expect(scannedComments).toHaveLength(DEMO_COMMENTS.length);
      }
      await writeOldDatabase(version);

      await dashboard.reload();
      await dashboard.locator('[data-testid="queue-row"]').first().waitFor({ timeout: 15_000 });
      const upgraded = await readAllStores(dashboard);
      expect(upgraded.version).toBe(SCHEMA_VERSION);
      expect(Object.keys(upgraded.stores)).not.toContain('comments');
      const meta = upgraded.stores.meta.find(([key]) => key === 'meta')![1] as { schemaVersion: number; migratedFrom: number[] };
      expect(meta.schemaVersion).toBe(SCHEMA_VERSION);
      expect(meta.migratedFrom).toContain(version);
      const db = await readExtensionDb(dashboard);
      // Comments come back exactly as scanned (no staff fields in them); every decision is kept.
      expect([...db.comments].sort(byKey)).toEqual([...scannedComments].sort(byKey));
      for (const comment of scannedComments) {
        const expected = STATES[String(comment.author)];
        if (expected) expect(triageOf(db, String(comment.key)), String(comment.author)).toMatchObject(expected);
        else expect(statusOf(db, String(comment.key)), String(comment.author)).toBe('open');
      }
      const settings = upgraded.stores.settings[0][1] as Record<string, unknown>;
      expect(settings).toMatchObject({ theme: 'dark', recheckMinutes: 30, labelThreshold: 0.4 });
      expect(upgraded.stores.corrections).toHaveLength(1);

      // The dashboard shows the migrated queue: decided items out, open ones in.
      const keys = await dashboard.locator('[data-testid="queue-row"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-key')));
      const keyOf = (author: string) => scannedComments.find((c) => c.author === author)!.key;
      for (const author of Object.keys(STATES)) expect(keys, author).not.toContain(keyOf(author));
      expect(keys).toContain(keyOf('naturalist_ana'));
    });
  }

  it('a re-scan after the upgrade merges into the migrated data and keeps every decision', async () => {
    await scanFromDashboard(dashboard, server.origin + DEMO_POST.path);
    const db = await waitForDb(dashboard, (d) => d.comments.length > 0, 'scan stored');
    expect(db.comments).toHaveLength(DEMO_COMMENTS.length);
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
