// @vitest-environment jsdom
// Options actions that fail must say so in their section instead of failing silently, and the
// icon-only buttons must be announced for what they do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../components/Options';
import { setLocale } from '../../../lib/i18n';
import type { TriageStore } from '../../../lib/store/types';
import { fakeHost, freshStore, mount, thread, unmount, waitFor } from './helpers';

function typeInto(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function section(container: HTMLElement, titleId: string): HTMLElement {
  return container.querySelector<HTMLElement>(`section[aria-labelledby="${titleId}"]`)!;
}

describe('Options when something fails', () => {
  let store: TriageStore;
  let container: HTMLElement | null = null;

  beforeEach(async () => {
    setLocale('en');
    store = await freshStore();
    await store.updateSettings({
      staffAccounts: { 'forum.example.org': ['alice'] },
      savedReplies: [{ id: 'r1', title: 'Fixed in 2.1', body: 'This is fixed in version 2.1.' }],
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    if (container) await unmount(container);
    container = null;
    store.close();
  });

  it('names the edit and delete buttons by what they do', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    await waitFor(() => container!.querySelector('[data-testid="staff-entry"]'));
    const names = [...container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
    expect(names).toContain('Edit forum.example.org');
    expect(names).toContain('Delete saved reply Fixed in 2.1');
    expect(names.filter((name) => name.startsWith('Close'))).toEqual([]);
  });

  it('shows why staff logins were not saved, and keeps what was typed', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const site = await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-site"]'));
    const logins = container.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!;
    typeInto(site, 'support.example.org');
    typeInto(logins, 'x'.repeat(9_000)); // longer than any login the store accepts
    await waitFor(() => logins.value.length === 9_000);
    container.querySelector<HTMLButtonElement>('[data-testid="staff-save"]')!.click();
    const notice = await waitFor(() => section(container!, 'staff-title').querySelector('.notice.error'));
    expect(notice.textContent).toContain('Something went wrong');
    expect(section(container, 'staff-title').textContent).not.toContain('Saved');
    expect(site.value).toBe('support.example.org');
    expect(logins.value).toHaveLength(9_000);
    expect((await store.getSettings()).staffAccounts).toEqual({ 'forum.example.org': ['alice'] });
  });

  it('shows why a saved reply could not be deleted', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const remove = await waitFor(() => container!.querySelector<HTMLButtonElement>('button[aria-label="Delete saved reply Fixed in 2.1"]'));
    vi.spyOn(store, 'updateSettings').mockRejectedValueOnce(new Error('The database connection is closing.'));
    remove.click();
    const notice = await waitFor(() => container!.querySelector('[data-testid="replies-notice"]'));
    expect(notice.className).toContain('error');
    expect(notice.textContent).toContain('The database connection is closing.');
    expect(section(container, 'replies-title').textContent).toContain('Fixed in 2.1');
  });

  // Each settings control, the section that reports its failure, and how to change it.
  const settingControls: Array<[string, string, string, string]> = [
    ['the label threshold', 'classifier-title', '[data-testid="threshold"]', '0.8'],
    ['the re-check minutes', 'sites-title', 'input[type="number"]', '30'],
    ['the theme', 'appearance-title', '[data-testid="theme"]', 'dark'],
    ['the language', 'appearance-title', '[data-testid="language"]', 'es'],
  ];
  it.each(settingControls)('shows why %s could not be saved, and the control shows the stored value again', async (_name, titleId, selector, value) => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const control = await waitFor(() => section(container!, titleId)?.querySelector<HTMLInputElement | HTMLSelectElement>(selector));
    const stored = control.value;
    const before = await store.getSettings();
    vi.spyOn(store, 'updateSettings').mockRejectedValueOnce(new Error('The database connection is closing.'));
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    const notice = await waitFor(() => section(container!, titleId).querySelector('.notice.error'));
    expect(notice.textContent).toContain('Something went wrong');
    expect(notice.textContent).toContain('The database connection is closing.');
    expect(control.value).toBe(stored);
    expect(await store.getSettings()).toEqual(before);
    expect(container.textContent).toContain('Staff accounts'); // still in English
  });

  it('shows why access to a site could not be granted or revoked', async () => {
    await store.saveScan(thread(), []);
    let granted = false;
    const host = {
      ...fakeHost(),
      hasOrigins: async () => granted,
      requestOrigins: async () => { throw new Error('Permission request failed: the browser refused.'); },
      removeOrigins: async () => { throw new Error('Permission removal failed: the browser refused.'); },
    };
    container = await mount(<Options store={store} host={host} />);
    const sites = () => section(container!, 'sites-title');
    const grant = await waitFor(() => sites().querySelector<HTMLButtonElement>('[data-testid="site-row"] button'));
    grant.click();
    const notice = await waitFor(() => sites().querySelector('.notice.error'));
    expect(notice.textContent).toContain('Permission request failed');

    granted = true;
    await unmount(container);
    container = await mount(<Options store={store} host={host} />);
    const revoke = await waitFor(() => sites().querySelector<HTMLButtonElement>('[data-testid="site-row"] button:not(.primary)'));
    revoke.click();
    expect((await waitFor(() => sites().querySelector('.notice.error'))).textContent).toContain('Permission removal failed');
  });

  it('says access is being checked until the browser answers, then asks about the site by host alone', async () => {
    await store.saveScan(thread('http://forum.example.org:8080/t/outage/12'), []);
    const asked: string[][] = [];
    let answer: (granted: boolean) => void = () => undefined;
    const host = {
      ...fakeHost(),
      hasOrigins: (origins: string[]) => {
        asked.push(origins);
        return new Promise<boolean>((resolve) => (answer = resolve));
      },
    };
    container = await mount(<Options store={store} host={host} />);
    const row = () => section(container!, 'sites-title').querySelector('[data-testid="site-row"][data-origin="http://forum.example.org:8080"]');
    const access = await waitFor(() => row()?.querySelector('[data-testid="site-access"]'));
    expect(access.textContent).toBe('checking access…');
    // No button either way before the answer: neither a grant nor a revoke is known to be the right one.
    expect(row()!.querySelector('button')).toBeNull();
    expect(asked).toEqual([['http://forum.example.org/*']]);
    answer(true);
    await waitFor(() => (row()?.querySelector('[data-testid="site-access"]')?.textContent === 'access granted' ? true : null));
    expect(row()!.querySelector('button')?.textContent).toBe('Remove access');
  });

  it('shows why a backup could not be downloaded', async () => {
    const download = vi.fn();
    container = await mount(<Options store={store} host={fakeHost()} download={download} />);
    const button = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="backup-export"]'));
    vi.spyOn(store, 'exportBackup').mockRejectedValueOnce(new Error('Threadsift could not open its database (InvalidStateError).'));
    button.click();
    const notice = await waitFor(() => container!.querySelector('[data-testid="data-notice"]'));
    expect(notice.textContent).toContain('Close other Threadsift tabs or restart the browser');
    expect(download).not.toHaveBeenCalled();
  });
});
