// @vitest-environment jsdom
// The dashboard's "Open tabs" panel: a tab's Scan button keeps focus while its scan runs (a disabled button would drop
// it to <body>), and a click meanwhile starts no second scan.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { TabsPanel } from '../../../components/TabsPanel';
import { setLocale } from '../../../lib/i18n';
import type { ScanOutcome, TabInfo } from '../../../lib/messages';
import { fakeHost, mount, unmount, waitFor } from './helpers';

const tabInfo: TabInfo = { tabId: 3, url: 'https://blog.example.org/post/1', title: 'Release notes', canRead: true, platform: 'wordpress' };
const outcome: ScanOutcome = {
  ok: true,
  warnings: [],
  summary: { threadUrl: tabInfo.url, total: 4, added: 4, edited: 0, gone: 0, counts: { question: 1, bug: 0, thanks: 2, other: 1 }, openFollowUps: 0, newOpenFollowUps: 0, reopened: 0 },
};

describe('TabsPanel: Scan keeps focus', () => {
  let container: HTMLElement | null = null;
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
  });

  it('is marked unavailable while scanning without losing focus, ignores clicks then, and says Scan again after', async () => {
    let resolveScan: (outcome: ScanOutcome) => void = () => undefined;
    const host = fakeHost({
      'tabs.list': () => [tabInfo],
      'scan.tab': () => new Promise<ScanOutcome>((resolve) => (resolveScan = resolve)) as never,
    });
    const scanned: ScanOutcome[] = [];
    container = await mount(<TabsPanel host={host} onScanned={(o) => scanned.push(o)} />);
    const button = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="scan-button"]'));
    expect(button.getAttribute('aria-disabled')).toBeNull();
    button.focus();
    button.click();
    await waitFor(() => button.getAttribute('aria-disabled') === 'true');
    expect(button.disabled).toBe(false);
    expect(document.activeElement).toBe(button);
    button.click();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(host.sent.filter((m) => m.name === 'scan.tab')).toHaveLength(1);

    await act(async () => resolveScan(outcome));
    await waitFor(() => container!.querySelector('[data-testid="scan-status"]')?.textContent?.includes('4 comments'));
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(scanned).toHaveLength(1);
    expect(button.textContent).not.toBe('Scan');
  });

  it('shows a scan that read only part of the thread as a warning, not as a success', async () => {
    const partial: ScanOutcome = { ...outcome, warnings: [{ key: 'note.pagesUnread', vars: { pages: '2-8', total: 8, reason: 'HTTP 404' } }] };
    const host = fakeHost({ 'tabs.list': () => [tabInfo], 'scan.tab': () => partial as never });
    container = await mount(<TabsPanel host={host} onScanned={() => undefined} />);
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="scan-button"]'))).click();
    const status = await waitFor(() => container!.querySelector<HTMLElement>('[data-testid="scan-status"].warn'));
    expect(status.textContent).toContain('Could not read pages 2-8 of 8');
    expect(status.classList.contains('ok')).toBe(false);
  });
});
