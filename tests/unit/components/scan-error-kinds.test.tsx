// @vitest-environment jsdom
// The pages act on a failed scan's kind, not on its words: a permission failure worded any way still offers the grant
// button and says the permission message; words that merely sound like one do not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/Popup';
import { TabsPanel } from '../../../components/TabsPanel';
import { outcomeLines } from '../../../components/scanText';
import { setLocale, t } from '../../../lib/i18n';
import type { ScanOutcome, TabInfo } from '../../../lib/messages';
import { fakeHost, mount, unmount, waitFor } from './helpers';

const tab = { id: 7, url: 'https://blog.example.org/post/1' };
const tabInfo: TabInfo = { tabId: 7, url: tab.url, title: 'Release notes', canRead: false, platform: null };
const REWORDED_PERMISSION: ScanOutcome = { ok: false, kind: 'permission', error: 'Threadsift was refused this site.' };
const SOUNDS_LIKE_PERMISSION: ScanOutcome = { ok: false, kind: 'other', error: 'Could not read the page: host permission cache is corrupt' };

describe('a failed scan, by its kind', () => {
  let container: HTMLElement | null = null;
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
  });

  async function popupResult(outcome: ScanOutcome): Promise<Element> {
    container = await mount(<Popup host={fakeHost({ 'scan.tab': () => outcome })} getActiveTab={async () => tab} onOpenDashboard={() => undefined} />);
    container.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')!.click();
    return waitFor(() => container!.querySelector('[data-testid="scan-result"].error'));
  }

  async function tabStatus(outcome: ScanOutcome): Promise<Element> {
    container = await mount(<TabsPanel host={fakeHost({ 'tabs.list': () => [tabInfo], 'scan.tab': () => outcome })} onScanned={() => undefined} />);
    const button = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="scan-button"]'));
    button.click();
    return waitFor(() => container!.querySelector('[data-testid="scan-status"].error'));
  }

  it('popup: offers the grant button for kind permission in any words', async () => {
    const result = await popupResult(REWORDED_PERMISSION);
    expect(result.textContent).toContain(t('scan.permission', { origin: 'https://blog.example.org' }));
    expect(result.querySelector('button')?.textContent).toBe(t('scan.grant'));
  });

  it('popup: offers no grant button for another kind worded like a permission problem', async () => {
    const result = await popupResult(SOUNDS_LIKE_PERMISSION);
    expect(result.textContent).toContain(t('error.other'));
    expect(result.querySelector('button')).toBeNull();
  });

  it('tabs panel: offers the grant button for kind permission in any words, and only then', async () => {
    const status = await tabStatus(REWORDED_PERMISSION);
    expect(status.textContent).toContain(t('scan.permission', { origin: 'https://blog.example.org' }));
    expect(status.querySelector('button')?.textContent).toBe(t('scan.grant'));
    await unmount(container!);
    const other = await tabStatus(SOUNDS_LIKE_PERMISSION);
    expect(other.querySelector('button')).toBeNull();
  });

  it('says each kind\'s message whatever the sentence, keeping the sentence as the detail', () => {
    const lines = (kind: 'no-thread' | 'not-scannable' | 'tab-closed' | 'page-unresponsive' | 'not-saved') =>
      outcomeLines({ ok: false, kind, error: 'Reworded by someone.' }, tab.url).lines;
    expect(lines('no-thread')).toEqual([t('error.noThread'), t('error.detail', { detail: 'Reworded by someone.' })]);
    expect(lines('not-scannable')[0]).toBe(t('scan.notScannable'));
    expect(lines('tab-closed')[0]).toBe(t('error.tabClosed'));
    expect(lines('page-unresponsive')[0]).toBe(t('error.pageUnresponsive'));
    expect(lines('not-saved')[0]).toBe(t('error.notSaved'));
  });
});
