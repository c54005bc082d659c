// @vitest-environment jsdom
// The pages' polish: errors in the UI's language with their original words, page text isolated
// from the UI's direction, the narrow-window comment drawer and the first-run help.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../../components/Dashboard';
import { UserText } from '../../../components/UserText';
import { hasBidiControls, revealBidiControls } from '../../../components/bidi';
import { errorKind, explainError } from '../../../components/errorText';
import { outcomeLines } from '../../../components/scanText';
import { setLocale } from '../../../lib/i18n';
import { comment, fakeHost, fakeLayout, freshStore, mount, press, rows, thread, unmount, waitFor } from './helpers';
import type { TriageStore } from '../../../lib/store/types';

// Sentences exactly as the background and the store word them (utils/scan-tab.ts, lib/store, lib/extract).
const FROM_BACKGROUND = {
  noThread: 'No comment thread found on this page (tried: inaturalist, discourse, generic)',
  permission: 'Threadsift has no permission to read this page yet. Click the Threadsift toolbar button on the page, or allow the site in Options → Tracked sites.',
  tabClosed: 'The tab was closed before Threadsift could read it. Nothing was changed.',
  notScannable: 'Browser pages and the extension store cannot be scanned.',
  unresponsive: 'The page stopped answering (Could not establish connection. Receiving end does not exist.). Reload it and scan again.',
  notSaved: 'The scan was read but could not be saved: QuotaExceededError. Nothing already stored was changed.',
  threadMissing: 'Threadsift has no saved thread at https://example.org/t/1.',
  backup: 'This file is not a Threadsift backup: it is not valid JSON.',
};

describe('errors in plain words', () => {
  afterEach(() => setLocale('en'));

  it('sorts the background\'s and the store\'s sentences into kinds', () => {
    expect(errorKind(FROM_BACKGROUND.noThread)).toBe('no-thread');
    expect(errorKind(FROM_BACKGROUND.permission)).toBe('permission');
    expect(errorKind(FROM_BACKGROUND.tabClosed)).toBe('tab-closed');
    expect(errorKind(FROM_BACKGROUND.notScannable)).toBe('not-scannable');
    expect(errorKind('Cannot access a chrome:// URL')).toBe('not-scannable');
    expect(errorKind(FROM_BACKGROUND.unresponsive)).toBe('page-unresponsive');
    expect(errorKind('Could not establish connection. Receiving end does not exist.')).toBe('unreachable');
    expect(errorKind(FROM_BACKGROUND.notSaved)).toBe('not-saved');
    expect(errorKind(FROM_BACKGROUND.threadMissing)).toBe('thread-missing');
    expect(errorKind(FROM_BACKGROUND.backup)).toBe('backup-rejected');
    expect(errorKind('Threadsift could not open its database.')).toBe('database');
    expect(errorKind('x is not a function')).toBe('other');
  });

  it('speaks Spanish in the Spanish UI and keeps the original sentence as the detail', () => {
    setLocale('es');
    const tabClosed = explainError(new Error(FROM_BACKGROUND.tabClosed));
    expect(tabClosed.message).toMatch(/^La pestaña se cerró/);
    expect(tabClosed.detail).toBe(FROM_BACKGROUND.tabClosed);
    const backup = explainError(new Error(FROM_BACKGROUND.backup));
    expect(backup.message).toMatch(/no se puede restaurar/);
    expect(backup.detail).toBe(FROM_BACKGROUND.backup);
    const unknown = explainError(new TypeError('x is not a function'));
    expect(unknown.message).toMatch(/^Algo salió mal/);
    expect(unknown.detail).toBe('x is not a function');
  });

  it('in English, does not repeat a sentence the message already says, but keeps what it adds', () => {
    const tabClosed = explainError(FROM_BACKGROUND.tabClosed);
    expect(tabClosed.message).toContain('The tab was closed before Threadsift could read it');
    expect(tabClosed.detail).toBeNull();
    const noThread = explainError(FROM_BACKGROUND.noThread);
    expect(noThread.message).toMatch(/^No comment thread found on this page\. Open the page/);
    expect(noThread.detail).toBe('tried: inaturalist, discourse, generic');
  });

  it('a failed scan gives the way out first, then the details line', () => {
    setLocale('es');
    const { ok, lines } = outcomeLines({ ok: false, kind: 'permission', error: FROM_BACKGROUND.permission }, 'https://forum.example.org/t/1');
    expect(ok).toBe(false);
    expect(lines[0]).toBe('Threadsift aún no puede leer esta página. Permite el acceso a https://forum.example.org y vuelve a analizar.');
    expect(lines[1]).toBe(`Detalle: ${FROM_BACKGROUND.permission}`);
  });
});

describe('page text cannot reorder the UI', () => {
  it('names the direction controls in a string', () => {
    expect(hasBidiControls('eve\u202Egnp.exe')).toBe(true);
    expect(hasBidiControls('José Müller 李')).toBe(false);
    expect(revealBidiControls('eve\u202Egnp.exe\u2069')).toBe('eve[RLO]gnp.exe[PDI]');
  });

  it('isolates the text in <bdi> and flags it, the flag outside the isolate', async () => {
    setLocale('en');
    const container = await mount(<p><UserText text={'eve\u202Egnp.exe'} /> and <UserText text="plain" /></p>);
    const [spoof, plain] = [...container.querySelectorAll('bdi')];
    expect(spoof.textContent).toBe('eve\u202Egnp.exe');
    const flag = spoof.nextElementSibling as HTMLElement;
    expect(flag.className).toBe('bidi-flag');
    expect(flag.getAttribute('aria-label')).toContain('eve[RLO]gnp.exe');
    expect(plain.textContent).toBe('plain');
    expect(container.querySelectorAll('.bidi-flag').length).toBe(1);
    await unmount(container);
  });
});

describe('Dashboard on a narrow window', () => {
  let store: TriageStore;
  let container: HTMLElement | null = null;
  let narrow = true;

  beforeEach(async () => {
    fakeLayout();
    setLocale('en');
    narrow = true;
    // jsdom has no media queries: answer the dashboard's one from the test's chosen width.
    window.matchMedia = ((query: string) => ({
      matches: query.includes('max-width: 1100px') && narrow,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
    store = await freshStore();
    await store.saveScan(thread(), [
      comment('How do I export my observations?', ['question'], { author: 'eve\u202Egnp.exe' }),
      comment('The map crashes when I zoom in.', ['bug']),
    ]);
  });

  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
    store.close();
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it('shows the comment in a drawer on Enter, moves focus in, and gives it back to the list on Esc', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} download={() => undefined} />);
    await waitFor(() => rows(container!).length === 2);
    expect(container.querySelector('.detail')).toBeNull();
    const list = container.querySelector<HTMLElement>('[role="listbox"]')!;
    list.focus();
    await press('Enter');
    const drawer = await waitFor(() => container!.querySelector<HTMLElement>('.detail.drawer'));
    expect(drawer.getAttribute('role')).toBe('dialog');
    expect(drawer.getAttribute('aria-modal')).toBe('true');
    expect(drawer.querySelector('#reply-draft')).not.toBeNull();
    expect(document.activeElement?.classList.contains('drawer-close')).toBe(true);
    // Enter opened the drawer, not the thread view.
    expect(container.querySelector('.thread-view')).toBeNull();

    await press('Escape');
    await waitFor(() => container!.querySelector('.detail') === null);
    expect(document.activeElement).toBe(list);
  });

  it('shows the labels form in the drawer on l, where it would otherwise toggle unseen', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} download={() => undefined} />);
    await waitFor(() => rows(container!).length === 2);
    container.querySelector<HTMLElement>('[role="listbox"]')!.focus();
    await press('l');
    const form = await waitFor(() => container!.querySelector<HTMLElement>('.detail.drawer form[aria-label="Labels"]'));
    await waitFor(() => form.contains(document.activeElement));
  });

  it('opens the drawer from a click on a row and closes it from its backdrop', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} download={() => undefined} />);
    await waitFor(() => rows(container!).length === 2);
    rows(container)[1].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const drawer = await waitFor(() => container!.querySelector<HTMLElement>('.detail.drawer'));
    expect(drawer.querySelector('.fulltext')!.textContent).toBe(rows(container)[1].querySelector('.row-text')!.textContent);
    container.querySelector<HTMLElement>('.drawer-backdrop')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitFor(() => container!.querySelector('.detail') === null);
  });

  it('keeps the pane beside the list on a wide window, where Enter opens the thread', async () => {
    narrow = false;
    container = await mount(<Dashboard store={store} host={fakeHost()} download={() => undefined} />);
    await waitFor(() => rows(container!).length === 2);
    const pane = container.querySelector<HTMLElement>('.detail')!;
    expect(pane.classList.contains('drawer')).toBe(false);
    container.querySelector<HTMLElement>('[role="listbox"]')!.focus();
    await press('Enter');
    await waitFor(() => container!.querySelector('.thread-view'));
  });

  it('flags the spoofing name in the row and keeps the row head in order', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} download={() => undefined} />);
    const spoofRow = await waitFor(() => rows(container!).find((row) => row.textContent!.includes('gnp.exe')));
    const author = spoofRow.querySelector('.row-head > .author')!;
    expect(author.querySelector('bdi')!.textContent).toBe('eve\u202Egnp.exe');
    expect(author.querySelector('.bidi-flag')).not.toBeNull();
  });
});

describe('Dashboard first run', () => {
  it('with no data, explains the two ways to scan instead of an empty pane', async () => {
    fakeLayout();
    const store = await freshStore();
    await store.updateSettings({ locale: 'es' });
    const container = await mount(<Dashboard store={store} host={fakeHost()} download={() => undefined} />);
    const help = await waitFor(() => container.querySelector<HTMLElement>('[data-first-run]'));
    expect(help.querySelector('h2')!.textContent).toBe('Todavía no hay hilos');
    expect(help.textContent).toContain('barra de herramientas');
    expect(help.textContent).toContain('«Pestañas abiertas»');
    expect(container.querySelector('.detail')).toBeNull();
    await unmount(container);
    store.close();
    setLocale('en');
  });
});
