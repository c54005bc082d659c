// @vitest-environment jsdom
// Keyboard and screen-reader use of the dashboard: focus never falls to <body> when the control holding it goes away,
// Enter on a form control keeps its own meaning, and the list answers Home, End and Space and says where each row is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Dashboard } from '../../../components/Dashboard';
import { setLocale } from '../../../lib/i18n';
import type { TriageStore } from '../../../lib/store/types';
import { comment, fakeHost, fakeLayout, type FakeHost, freshStore, mount, press, rows, thread, unmount, waitFor } from './helpers';

describe('Dashboard focus and keys', () => {
  let store: TriageStore;
  let container: HTMLElement | null = null;

  beforeEach(async () => {
    fakeLayout();
    setLocale('en');
    store = await freshStore();
    await store.saveScan(thread(), [
      comment('How do I export my observations?', ['question']),
      comment('The map crashes when I zoom in.', ['bug']),
      comment('Can I use this offline?', ['question']),
    ]);
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
  });

  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
    store.close();
  });

  const list = () => container!.querySelector<HTMLElement>('[role="listbox"]')!;
  const activeKey = () => container!.querySelector<HTMLElement>('.row.active')!.dataset.commentKey!;

  it('puts focus back on the list when the bulk bar it was on goes away', async () => {
    list().focus();
    await press('x');
    const answered = await waitFor(() =>
      [...container!.querySelectorAll<HTMLButtonElement>('.bulkbar button')].find((b) => b.textContent?.startsWith('Answered')),
    );
    answered.focus();
    await act(() => answered.click());
    await waitFor(() => container!.querySelector('.bulkbar') === null);
    await waitFor(() => document.activeElement === list());
  });

  it('puts focus back on the list when the toast button it was on goes away', async () => {
    list().focus();
    await press('a');
    const close = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="toast"] button[aria-label="Close"]'));
    close.focus();
    await act(() => close.click());
    await waitFor(() => container!.querySelector('[data-testid="toast"]') === null);
    await waitFor(() => document.activeElement === list());
  });

  it('opens the labels form on its first label; Enter there keeps the form instead of opening the thread', async () => {
    list().focus();
    await press('l');
    const first = await waitFor(() => container!.querySelector<HTMLInputElement>('form[aria-label="Labels"] input[type="checkbox"]'));
    await waitFor(() => document.activeElement === first);
    await press('Enter', {}, first);
    expect(container!.querySelector('.thread-view')).toBeNull();
    expect(container!.querySelector('form[aria-label="Labels"]')).not.toBeNull();
  });

  it('moves focus to the thread heading when a thread opens, and back to the list when it closes', async () => {
    list().focus();
    await press('Enter');
    const heading = await waitFor(() => container!.querySelector<HTMLElement>('.thread-view h1'));
    await waitFor(() => document.activeElement === heading);
    await press('Escape');
    await waitFor(() => container!.querySelector('.thread-view') === null);
    await waitFor(() => document.activeElement === list());
  });

  it('goes to the last row with End and the first with Home; Space selects the active row', async () => {
    list().focus();
    const keys = rows(container!).map((row) => row.dataset.commentKey);
    await press('End');
    expect(activeKey()).toBe(keys[2]);
    await press('Home');
    expect(activeKey()).toBe(keys[0]);
    await press(' ');
    await waitFor(() => container!.querySelector('.bulkbar') !== null);
    expect(rows(container!)[0].getAttribute('aria-selected')).toBe('true');
    // Away from the list they keep the browser's meaning (scrolling).
    await press('End', {}, document.body);
    expect(activeKey()).toBe(keys[0]);
  });

  it('keeps the live region of notices on the page before any notice, and says the notice inside it', async () => {
    const region = container!.querySelector('.toast-region[role="status"]');
    expect(region).not.toBeNull();
    expect(region!.textContent).toBe('');
    list().focus();
    await press('a');
    await waitFor(() => region!.querySelector('[data-testid="toast"]'));
    expect(container!.querySelector('.toast-region[role="status"]')).toBe(region);
    expect(region!.textContent).toContain('Marked 1 comment');
  });

  it('tells each row its place in the whole list, which is virtual', () => {
    expect(rows(container!).map((row) => [row.getAttribute('aria-posinset'), row.getAttribute('aria-setsize')])).toEqual([
      ['1', '3'],
      ['2', '3'],
      ['3', '3'],
    ]);
  });
});

describe('the row mouse shortcuts, which are not controls', () => {
  let store: TriageStore;
  let host: FakeHost;
  let container: HTMLElement | null = null;

  beforeEach(async () => {
    fakeLayout();
    setLocale('en');
    store = await freshStore();
    await store.saveScan(thread(), [comment('How do I export my observations?', ['question']), comment('The map crashes when I zoom in.', ['bug'])]);
    host = fakeHost();
    container = await mount(<Dashboard store={store} host={host} />);
    await waitFor(() => rows(container!).length === 2);
  });

  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
    store.close();
    vi.restoreAllMocks();
  });

  it('holds no focusable element in a row (an option may not), and hides the shortcuts from screen readers', () => {
    for (const row of rows(container!)) {
      expect(row.querySelectorAll('input, button, a, select, textarea, [tabindex]')).toHaveLength(0);
      expect(row.querySelector('.row-actions')!.getAttribute('aria-hidden')).toBe('true');
      expect(row.querySelector('[data-testid="row-select"]')!.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('selects a row with its drawn box, and the box shows it', async () => {
    const box = () => rows(container!)[1].querySelector<HTMLElement>('[data-testid="row-select"]')!;
    expect(box().dataset.checked).toBe('false');
    await act(() => box().click());
    await waitFor(() => rows(container!)[1].getAttribute('aria-selected') === 'true');
    expect(box().dataset.checked).toBe('true');
    expect(container!.querySelector('.bulkbar')).not.toBeNull();
  });

  it('opens the permalink in a new tab with no handle back, and "Open on page" asks the background to show it', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const row = rows(container!)[0];
    await act(() => row.querySelector<HTMLElement>('[data-testid="row-permalink"]')!.click());
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/blog\.example\.org\/post\/1#comment-\d+$/), '_blank', 'noopener,noreferrer');
    await act(() => row.querySelector<HTMLElement>('[data-testid="row-reveal"]')!.click());
    await waitFor(() => host.sent.some((m) => m.name === 'comment.reveal'));
  });
});
