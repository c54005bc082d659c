// The background's re-check alarm and toolbar badge, run against WXT's fake browser and a store on
// fake-indexeddb: store changes must not postpone the re-check, a burst of them must not decode the
// store again and again, and a tab that leaves its thread must stop showing that thread's count.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import { coalesce, refreshBadge, rememberTabThread } from '../../../utils/badge';
import { getStore } from '../../../utils/services';
import { RECHECK_ALARM, recheckTracked } from '../../../utils/tracked';
import browser from 'webextension-polyfill';
import { DEMO_COMMENTS, DEMO_POST, DEMO_STAFF, renderDemoPage, type DemoComment } from '../../fixtures/demo/outage-thread';
import { sendToBackground } from '../../../utils/messaging';
import { comment, thread } from '../components/helpers';
import { noteText } from '../../../lib/i18n';
import { threadRemoved } from '../../../utils/removed-threads';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough for a requested badge refresh (at most one a second) to have run. */
const badgeSettled = () => sleep(1_300);

async function until<T>(check: () => Promise<T | undefined | null | false>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await check();
    if (value) return value;
    await sleep(10);
  }
  throw new Error('until: timed out');
}

describe('background', () => {
  beforeAll(async () => {
    background.main();
    await until(() => fakeBrowser.alarms.get(RECHECK_ALARM));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('schedules the re-check when it starts, and store changes do not push it back', async () => {
    const first = (await fakeBrowser.alarms.get(RECHECK_ALARM))!;
    expect(first.periodInMinutes).toBe(60);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(first.scheduledTime + 20 * 60_000);
    for (let i = 0; i < 5; i++) await sendToBackground('store.changed', undefined);
    // The same alarm, due at the same time: re-creating it would have moved it a full period on.
    expect(await fakeBrowser.alarms.get(RECHECK_ALARM)).toEqual(first);
    await badgeSettled();
  });

  it('re-creates the alarm when the period setting changes, or after a restart lost it', async () => {
    await (await getStore()).updateSettings({ recheckMinutes: 15 });
    await sendToBackground('store.changed', undefined);
    expect((await fakeBrowser.alarms.get(RECHECK_ALARM))?.periodInMinutes).toBe(15);

    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    expect((await until(() => fakeBrowser.alarms.get(RECHECK_ALARM))).periodInMinutes).toBe(15);
    await badgeSettled();
  });

  it('reads the store once for a burst of store changes', async () => {
    const store = await getStore();
    const listItems = vi.spyOn(store, 'listItems');
    for (let i = 0; i < 20; i++) await sendToBackground('store.changed', undefined);
    await badgeSettled();
    expect(listItems).toHaveBeenCalledTimes(1);
  });

  it("keeps a tab's count while it stays on the thread, and drops it when the tab goes elsewhere", async () => {
    const threadUrl = 'https://forum.example.org/t/setup-help/42';
    const store = await getStore();
    await store.saveScan(thread(threadUrl, 'Setup help'), [comment('Where is the export button?', ['question'])]);
    // Discourse shows the post number in the address; the thread's URL is the canonical one without it.
    const tab = await fakeBrowser.tabs.create({ url: `${threadUrl}/3` });
    rememberTabThread(tab.id!, threadUrl);
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('1');

    await fakeBrowser.tabs.update(tab.id, { url: `${threadUrl}/3#post_7` });
    await fakeBrowser.tabs.update(tab.id, { url: `${threadUrl}/9` });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('1');

    await fakeBrowser.tabs.update(tab.id, { url: 'https://forum.example.org/t/another-topic/77' });
    await until(async () => (await fakeBrowser.action.getBadgeText({ tabId: tab.id })) === '');
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('');
  });

  it('does not count a staff comment labelled as a question, as the Queue does not', async () => {
    const threadUrl = 'https://forum.example.org/t/staff-asks/50';
    const store = await getStore();
    await store.saveScan(thread(threadUrl, 'Staff asks'), [
      comment('The export stops at 500 rows.', ['bug']),
      comment('Which browser do you use?', ['question'], { staff: true }),
    ]);
    const tab = await fakeBrowser.tabs.create({ url: threadUrl });
    rememberTabThread(tab.id!, threadUrl);
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('1');
  });

  it('tells how many follow-ups a re-check found new, even where staff answered an older one meanwhile', async () => {
    const store = await getStore();
    await store.updateSettings({ staffAccounts: { 'www.inaturalist.org': DEMO_STAFF } });
    const url = `https://www.inaturalist.org${DEMO_POST.path}`;
    let page = renderDemoPage();
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(page, { headers: { 'content-type': 'text/html' } }));
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true);

    // The first re-check reads the thread whole: its two follow-ups are new.
    await store.saveScan(thread(url, DEMO_POST.title), []);
    await store.setTracked(url, true);
    expect(await recheckTracked()).toMatchObject({ newFollowUps: 2 });

    // Staff answer one follow-up on the page and a reader posts another: one new, whatever the net change.
    const later: DemoComment[] = [
      { uuid: '0b1c0017-aaaa-4bbb-8ccc-000000000017', login: 'tiwane-staff', at: '2026-11-11T09:00:00Z', html: '<p><a href="/people/ghostmail_gary">@ghostmail_gary</a> the duplicate emails stopped yesterday.</p>' },
      { uuid: '0b1c0018-aaaa-4bbb-8ccc-000000000018', login: 'moss_mira', at: '2026-11-12T10:00:00Z', html: '<p>How do I download my observations from the outage day as a CSV?</p>' },
    ];
    page = renderDemoPage([...DEMO_COMMENTS, ...later]);
    expect(await recheckTracked()).toMatchObject({ newFollowUps: 1, failed: [] });

    // A page that went away, and a site no longer allowed, are named with the reason instead of left out.
    vi.mocked(globalThis.fetch).mockImplementation(async () => new Response('gone', { status: 404 }));
    expect(await recheckTracked()).toEqual({ checked: 0, newFollowUps: 0, reopened: 0, failed: [{ url, title: DEMO_POST.title, reason: { key: 'note.recheckHttp', vars: { status: 404 } } }] });
    vi.mocked(browser.permissions.contains).mockResolvedValue(false);
    const [denied] = (await recheckTracked()).failed;
    expect(noteText(denied.reason)).toMatch(/may not read this site/);

    // Staff remove the thread while its page is being fetched: the re-check must not bring it back.
    vi.mocked(browser.permissions.contains).mockResolvedValue(true);
    vi.mocked(globalThis.fetch).mockImplementation(async () => {
      await store.removeThread(url);
      return new Response(page, { headers: { 'content-type': 'text/html' } });
    });
    expect(await recheckTracked()).toMatchObject({ checked: 0 });
    expect(await store.getThread(url)).toBeUndefined();
  });

  it('reads again every stored thread of a site, tracked or not, so staff logins saved later show who answered', async () => {
    const store = await getStore();
    const site = 'inat-mirror.example.org';
    const url = `https://${site}${DEMO_POST.path}`;
    const elsewhere = 'https://forum.example.org/t/untouched/7';
    const carrie: DemoComment = { uuid: '0b1c0019-aaaa-4bbb-8ccc-000000000019', login: 'carrie-support', at: '2026-11-13T09:00:00Z', html: '<p>Does the app show any error when the upload stops?</p>' };
    const fetched: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      fetched.push(String(input));
      return new Response(renderDemoPage([...DEMO_COMMENTS, carrie]), { headers: { 'content-type': 'text/html' } });
    });
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true);
    await store.saveScan(thread(url, DEMO_POST.title), []);
    await store.saveScan(thread(elsewhere, 'Untouched'), [comment('Where is the export button?', ['question'])]);
    const carrieItem = async () => (await store.listItems({ threadUrl: url })).find((item) => item.comment.author === 'carrie-support')!;

    // Read before staff named their logins: carrie-support reads as a reader asking a question.
    expect(await sendToBackground('site.reread', { site, urls: [url, elsewhere] })).toMatchObject({ checked: 1, failed: [] });
    expect(fetched).toEqual([url]);
    expect((await carrieItem()).comment).toMatchObject({ staff: false, labels: expect.arrayContaining(['question']), reply: { state: 'unanswered' } });

    // Staff save the login; reading the site again makes her staff, with nothing asked of them.
    await store.updateSettings({ staffAccounts: { [site]: ['carrie-support'] } });
    expect(await sendToBackground('site.reread', { site, urls: [url, elsewhere] })).toMatchObject({ checked: 1, failed: [] });
    expect(fetched).toEqual([url, url]);
    expect((await carrieItem()).comment).toMatchObject({ staff: true, staffReason: 'configured', reply: null });
    expect((await store.getThread(url))?.tracked).toBe(false);

    // Staff remove the thread while its page is read (the dashboard tells the background first): it is not saved.
    const before = (await store.getThread(url))!.lastScannedAt;
    vi.mocked(globalThis.fetch).mockImplementation(async () => {
      threadRemoved(url);
      return new Response(renderDemoPage([...DEMO_COMMENTS, carrie]), { headers: { 'content-type': 'text/html' } });
    });
    expect(await sendToBackground('site.reread', { site, urls: [url, elsewhere] })).toMatchObject({ checked: 0, failed: [] });
    expect((await store.getThread(url))!.lastScannedAt).toBe(before);
  });

  // [thread, addresses that stay on it, an address that leaves it]
  const queryCases: [string, string[], string][] = [
    // Sorting the answers, or a page of replies, adds a query to a thread named by its path.
    [
      'https://stackoverflow.com/questions/123/how-to-x',
      ['https://stackoverflow.com/questions/123/how-to-x?answertab=votes', 'https://stackoverflow.com/questions/123/how-to-x?noredirect=1#a9'],
      'https://stackoverflow.com/questions/124/how-to-y?answertab=votes',
    ],
    ['https://forum.example.org/t/setup-help/42', ['https://forum.example.org/t/setup-help/42?page=2'], 'https://forum.example.org/t/other/43?page=2'],
    // The thread's own query keys name it: their values must stay, other keys may change.
    ['https://news.ycombinator.com/item?id=123', ['https://news.ycombinator.com/item?id=123&p=2'], 'https://news.ycombinator.com/item?id=124'],
    [
      'https://forum.example.org/viewtopic.php?t=1',
      ['https://forum.example.org/viewtopic.php?t=1&start=25', 'https://forum.example.org/viewtopic.php?start=50&t=1'],
      'https://forum.example.org/viewtopic.php?t=2&start=25',
    ],
    ['https://forum.example.org/viewtopic.php?t=1', [], 'https://forum.example.org/viewtopic.php?start=25'],
    // A query-named thread has no pages below its path; the home page has no query-only variants.
    ['https://news.ycombinator.com/item?id=123', [], 'https://news.ycombinator.com/item/more?id=123'],
    ['https://blog.example.org/', [], 'https://blog.example.org/?p=124'],
    ['https://blog.example.org/?p=123', ['https://blog.example.org/?p=123&replytocom=9'], 'https://blog.example.org/?p=124'],
  ];
  it.each(queryCases)('%s: the count stays on the same page with another query, and goes when the query names another thread', async (threadUrl, stays, leaves) => {
    const store = await getStore();
    await store.saveScan(thread(threadUrl, 'Thread'), [comment('Where is the export button?', ['question'])]);
    const tab = await fakeBrowser.tabs.create({ url: threadUrl });
    rememberTabThread(tab.id!, threadUrl);
    await refreshBadge();
    // The store is shared with the tests above, which may have saved more comments on the same thread.
    const count = await fakeBrowser.action.getBadgeText({ tabId: tab.id });
    expect(count).toMatch(/^[1-9]/);
    for (const url of stays) {
      await fakeBrowser.tabs.update(tab.id, { url });
      await refreshBadge();
      expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id }), url).toBe(count);
    }
    await fakeBrowser.tabs.update(tab.id, { url: leaves });
    await until(async () => (await fakeBrowser.action.getBadgeText({ tabId: tab.id })) === '');
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('');
  });
});

describe('coalesce', () => {
  afterEach(() => vi.useRealTimers());

  it('runs a task once for a burst of requests, and once more for requests made while it runs', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let running = 0;
    let finish = () => {};
    const request = coalesce(async () => {
      runs++;
      running++;
      await new Promise<void>((resolve) => (finish = resolve));
      running--;
    }, 1_000);

    for (let i = 0; i < 10; i++) request();
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);

    request();
    request();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toBe(1); // never two at once
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(2);
    expect(running).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toBe(2);
    expect(running).toBe(0);
  });
});
