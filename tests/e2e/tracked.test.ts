// Tracked threads: the background re-checks a thread on its own, finds the follow-up posted since,
// counts it on the toolbar badge and marks it new in the dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { scanFromDashboard, setStaffAccounts } from './helpers';
import { readExtensionDb } from './idb';
import { phpbbPage } from '../fixtures/paged/phpbb-topic';
import { DEMO_COMMENTS, DEMO_POST, DEMO_STAFF, renderDemoPage, type DemoComment } from '../fixtures/demo/outage-thread';

let session: ExtensionSession;
let server: Served;
let dashboard: Page;
let threadUrl: string;

const LATE_QUESTION: DemoComment = {
  uuid: '0b1c0099-aaaa-4bbb-8ccc-000000000099',
  login: 'late_larry',
  at: '2026-11-20T08:00:00Z',
  html: '<p>Is there any way to re-run the import for observations that still show an error after the outage?</p>',
};

beforeAll(async () => {
  server = await serve({});
  threadUrl = server.origin + DEMO_POST.path;
  // The canonical link points at the served copy, as it does on a real site.
  server.set(DEMO_POST.path, renderDemoPage(DEMO_COMMENTS, server.origin));
  session = await launchWithExtension();
  await setStaffAccounts(session, '127.0.0.1', DEMO_STAFF);
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

// Runs inside an extension page, where the `chrome` extension API exists.
interface ExtensionApi {
  action: { getBadgeText(details: object): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<{ checked: number; newFollowUps: number }> };
}
const badgeText = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: ExtensionApi }).chrome.action.getBadgeText({}));

describe('tracked threads', () => {
  it('tracks a thread from the Threads view', async () => {
    await dashboard.getByTestId('view-threads').click();
    const toggle = dashboard.getByTestId('thread-card').filter({ hasText: DEMO_POST.title }).getByTestId('track-toggle');
    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    // The demo thread already holds two unanswered follow-ups; tracking it puts them on the badge.
    await expect.poll(() => badgeText(dashboard), { timeout: 10_000 }).toBe('2');
  });

  it('re-checks it in the background and counts the new follow-up on the badge', async () => {
    server.set(DEMO_POST.path, renderDemoPage([...DEMO_COMMENTS, LATE_QUESTION], server.origin));
    const result = await dashboard.evaluate(() =>
      (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({ threadsift: 1, name: 'tracked.recheck', data: undefined }),
    );
    expect(result).toMatchObject({ checked: 1 });
    expect(result.newFollowUps).toBeGreaterThanOrEqual(1);
    expect(await badgeText(dashboard)).toBe('3');
  });

  it('lists the new comment among the unanswered follow-ups', async () => {
    await dashboard.reload();
    await dashboard.getByTestId('view-followups').click();
    const row = dashboard.locator('[data-testid="queue-row"]', { hasText: 'late_larry' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toMatch(/unanswered/i);
  });

  it('re-checks a topic of several pages in the background without flagging the posts of its other pages as gone', async () => {
    // The background parses the fetched page in its own context: the topic's relative page links once resolved
    // against the extension's address, so the re-check read one page and flagged the other pages' posts as gone.
    const topicPath = '/forum/viewtopic.php';
    server.set(topicPath, (url) => phpbbPage(Number(url.searchParams.get('start') ?? 0) / 3 + 1, 3));
    const topicUrl = `${server.origin}${topicPath}?t=77&start=3`;
    const tab = await session.context.newPage();
    await tab.goto(topicUrl);
    await scanFromDashboard(dashboard, topicUrl);
    await tab.close();
    const storedTopic = async () => {
      const db = await readExtensionDb(dashboard);
      const topic = db.threads.find((t) => String(t.url).includes('viewtopic.php'));
      const posts = db.comments.filter((c) => c.threadUrl === topic?.url);
      return { topic, posts };
    };
    const scanned = await storedTopic();
    expect(scanned.posts).toHaveLength(8);
    expect(scanned.topic?.pages).toEqual({ read: [1, 2, 3], total: 3 });

    await dashboard.reload();
    await dashboard.getByTestId('view-threads').click();
    const toggle = dashboard.getByTestId('thread-card').filter({ hasText: 'Upgrade' }).getByTestId('track-toggle');
    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    const result = await dashboard.evaluate(() =>
      (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({ threadsift: 1, name: 'tracked.recheck', data: undefined }),
    );
    expect(result.checked).toBe(2);
    const rechecked = await storedTopic();
    expect(rechecked.topic?.pages).toEqual({ read: [1, 2, 3], total: 3 });
    expect(rechecked.topic?.warnings).toEqual([]);
    expect(rechecked.posts.filter((c) => c.goneSince)).toEqual([]);
    expect(rechecked.posts).toHaveLength(8);
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});
