// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { Popup } from '../../../components/Popup';
import { setLocale } from '../../../lib/i18n';
import { envelope, type ScanOutcome } from '../../../lib/messages';
import type { ScanNote } from '../../../lib/thread';
import { fakeHost, mount, unmount, waitFor } from './helpers';

const tab = { id: 7, url: 'https://blog.example.org/post/1' };

function outcomeWith(counts: { question: number; bug: number; thanks: number; other: number }, total: number, warnings: ScanNote[] = []): ScanOutcome {
  return {
    ok: true,
    warnings,
    summary: { threadUrl: tab.url, total, added: total, edited: 0, gone: 0, counts, openFollowUps: 1, newOpenFollowUps: 0, reopened: 0 },
  };
}

describe('Popup', () => {
  let container: HTMLElement | null = null;
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
  });

  it('scans the active tab and says what it found, with warnings', async () => {
    let resolveScan: (outcome: ScanOutcome) => void = () => undefined;
    const host = fakeHost({ 'scan.tab': () => new Promise<ScanOutcome>((resolve) => (resolveScan = resolve)) as never });
    container = await mount(<Popup host={host} getActiveTab={async () => tab} onOpenDashboard={() => undefined} />);
    container.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')!.click();
    const result = await waitFor(() => container!.querySelector('[data-testid="scan-result"]'));
    expect(result.textContent).toContain('Scanning');
    await act(() => host.broadcast(envelope('scan.progress', { tabId: 7, done: 1, total: 3, step: { key: 'note.readingPageOf', vars: { page: 1, total: 3 } } })));
    expect(result.textContent).toContain('Reading comment page 1 of 3');

    await act(async () => resolveScan(outcomeWith({ question: 7, bug: 2, thanks: 150, other: 53 }, 212, [{ key: 'note.onePageRead', vars: { page: 1, total: 3 } }])));
    await waitFor(() => container!.querySelector('[data-testid="scan-result"]')!.textContent!.includes('212 comments'));
    const text = container.querySelector('[data-testid="scan-result"]')!.textContent!;
    expect(text).toContain('212 comments: 7 questions, 2 bug reports, 1 open follow-up');
    expect(text).toContain('Read page 1 of 3');
    expect(host.sent.find((m) => m.name === 'scan.tab')?.data).toEqual({ tabId: 7 });
  });

  it("shows only its own tab's progress, not another tab's scan nor the page reader's untagged message", async () => {
    const host = fakeHost({ 'scan.tab': () => new Promise<ScanOutcome>(() => undefined) as never });
    container = await mount(<Popup host={host} getActiveTab={async () => tab} onOpenDashboard={() => undefined} />);
    container.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')!.click();
    const result = await waitFor(() => container!.querySelector('[data-testid="scan-result"]'));
    await act(() => host.broadcast(envelope('scan.progress', { tabId: 9, done: 2, total: 5, step: { key: 'note.readingPageOf', vars: { page: 2, total: 5 } } })));
    await act(() => host.broadcast(envelope('scan.progress', { done: 4, total: 5, step: { key: 'note.readingPageOf', vars: { page: 4, total: 5 } } })));
    expect(result.textContent).toBe('Scanning…');
    await act(() => host.broadcast(envelope('scan.progress', { tabId: 7, done: 1, total: 3, step: { key: 'note.readingPageOf', vars: { page: 1, total: 3 } } })));
    expect(result.textContent).toContain('Reading comment page 1 of 3');
  });

  it('explains a permission error and offers to grant the site', async () => {
    const requested: string[][] = [];
    const host = fakeHost({ 'scan.tab': () => ({ ok: false, kind: 'permission', error: 'Permission denied for this site' }) });
    host.requestOrigins = async (origins) => {
      requested.push(origins);
      return false;
    };
    container = await mount(<Popup host={host} getActiveTab={async () => tab} onOpenDashboard={() => undefined} />);
    container.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')!.click();
    const result = await waitFor(() => {
      const node = container!.querySelector('[data-testid="scan-result"]');
      return node?.textContent?.includes('Allow access') ? node : null;
    });
    expect(result.textContent).toContain('https://blog.example.org');
    result.querySelector('button')!.click();
    await waitFor(() => requested.length === 1);
    expect(requested[0]).toEqual(['https://blog.example.org/*']);
  });

  it('asks for a self-hosted forum on its own port by host alone', async () => {
    const requested: string[][] = [];
    const host = fakeHost({ 'scan.tab': () => ({ ok: false, kind: 'permission', error: 'Permission denied for this site' }) });
    host.requestOrigins = async (origins) => {
      requested.push(origins);
      return false;
    };
    const onPort = { id: 8, url: 'http://forum.example.org:8080/t/outage/12' };
    container = await mount(<Popup host={host} getActiveTab={async () => onPort} onOpenDashboard={() => undefined} />);
    container.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')!.click();
    const result = await waitFor(() => {
      const node = container!.querySelector('[data-testid="scan-result"]');
      return node?.textContent?.includes('Allow access') ? node : null;
    });
    result.querySelector('button')!.click();
    await waitFor(() => requested.length === 1);
    expect(requested[0]).toEqual(['http://forum.example.org/*']);
  });

  it('passes a no-thread message through with what was tried, in Spanish chrome', async () => {
    setLocale('es');
    const error = 'No comment thread found on this page (tried: WordPress, Discourse, generic).';
    const host = fakeHost({ 'scan.tab': () => ({ ok: false, kind: 'no-thread', error }) });
    container = await mount(<Popup host={host} getActiveTab={async () => tab} onOpenDashboard={() => undefined} />);
    expect(container.querySelector('[data-testid="scan-page"]')!.textContent).toBe('Analizar esta página');
    container.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')!.click();
    const result = await waitFor(() => {
      const node = container!.querySelector('[data-testid="scan-result"]');
      return node?.textContent?.includes('tried:') ? node : null;
    });
    expect(result.classList.contains('error')).toBe(true);
  });
});
