// @vitest-environment jsdom
// The popup for keyboard and screen-reader users: Scan keeps focus while it runs (a disabled button would drop it to
// <body>), a click meanwhile starts nothing, the result is said in a live region that is on the page before the scan,
// and the page has a main landmark and a heading.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { Popup } from '../../../components/Popup';
import { setLocale } from '../../../lib/i18n';
import type { ScanOutcome } from '../../../lib/messages';
import { fakeHost, mount, unmount, waitFor } from './helpers';

const tab = { id: 7, url: 'https://blog.example.org/post/1' };
const outcome: ScanOutcome = {
  ok: true,
  warnings: [],
  summary: { threadUrl: tab.url, total: 12, added: 12, edited: 0, gone: 0, counts: { question: 2, bug: 1, thanks: 5, other: 4 }, openFollowUps: 0, newOpenFollowUps: 0, reopened: 0 },
};

describe('Popup: focus, live region and landmarks', () => {
  let container: HTMLElement | null = null;
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
  });

  it('Scan keeps focus while it runs, ignores clicks meanwhile, and is available again after', async () => {
    let resolveScan: (outcome: ScanOutcome) => void = () => undefined;
    const host = fakeHost({ 'scan.tab': () => new Promise<ScanOutcome>((resolve) => (resolveScan = resolve)) as never });
    container = await mount(<Popup host={host} getActiveTab={async () => tab} onOpenDashboard={() => undefined} />);
    const scan = container.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')!;
    expect(scan.getAttribute('aria-disabled')).toBeNull();
    scan.focus();
    scan.click();
    await waitFor(() => scan.getAttribute('aria-disabled') === 'true');
    expect(scan.disabled).toBe(false);
    expect(document.activeElement).toBe(scan);
    scan.click();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(host.sent.filter((m) => m.name === 'scan.tab')).toHaveLength(1);

    await act(async () => resolveScan(outcome));
    await waitFor(() => container!.querySelector('[data-testid="scan-result"]')?.textContent?.includes('12 comments'));
    expect(scan.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(scan);
  });

  it('has an empty live region before any scan, and the scan result fills that same region', async () => {
    const host = fakeHost({ 'scan.tab': () => outcome });
    container = await mount(<Popup host={host} getActiveTab={async () => tab} onOpenDashboard={() => undefined} />);
    const regions = container.querySelectorAll('[role="status"]');
    expect(regions).toHaveLength(1);
    const region = regions[0];
    expect(region.textContent).toBe('');
    container.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')!.click();
    await waitFor(() => region.textContent!.includes('12 comments'));
    expect(container.querySelector('[role="status"]')).toBe(region);
    expect(region.querySelector('[data-testid="scan-result"]')).not.toBeNull();
  });

  it('has a main landmark holding everything, and a level-one heading', async () => {
    container = await mount(<Popup host={fakeHost()} getActiveTab={async () => tab} onOpenDashboard={() => undefined} />);
    const main = container.querySelector('main')!;
    expect(main).not.toBeNull();
    expect(main.parentElement).toBe(container);
    expect(container.children).toHaveLength(1);
    expect(main.querySelector('h1')!.textContent!.trim()).toBe('Threadsift');
    expect(main.querySelector('[data-testid="scan-page"]')).not.toBeNull();
  });
});
