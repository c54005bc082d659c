// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../../components/Dashboard';
import { setLocale } from '../../../lib/i18n';
import { envelope } from '../../../lib/messages';
import type { TriageStore } from '../../../lib/store/types';
import { comment, fakeHost, fakeLayout, freshStore, mount, press, rows, thread, unmount, waitFor } from './helpers';

describe('Dashboard', () => {
  let store: TriageStore;
  let container: HTMLElement | null = null;

  beforeEach(async () => {
    fakeLayout();
    setLocale('en');
    store = await freshStore();
    await store.saveScan(thread(), [
      comment('How do I export my observations?', ['question']),
      comment('Thanks for the great update!', ['thanks']),
      comment('The map crashes when I zoom in.', ['bug']),
      comment('Can I use this offline?', ['question']),
    ]);
  });

  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
    store.close();
  });

  it('lists only open questions and bug reports in the Queue, with English label names', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} download={() => undefined} />);
    const queue = await waitFor(() => rows(container!).length === 3 && rows(container!));
    const labels = queue.map((row) => row.querySelector('[data-testid="label-chip"]')!.getAttribute('data-label'));
    expect(labels.sort()).toEqual(['bug', 'question', 'question']);
    expect(queue.every((row) => row.dataset.status === 'open')).toBe(true);
    expect(container.textContent).not.toContain('Thanks for the great update!');
  });

  it('shows the first screen while the rest loads, then every item, counts and search', async () => {
    // A store whose full load waits until the test lets it finish.
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const slow: TriageStore = Object.assign(Object.create(store) as TriageStore, {
      loadItems: async (options: Parameters<NonNullable<TriageStore['loadItems']>>[0] = {}) => {
        const all = await store.listItems();
        const newestQuestion = all.filter((item) => item.comment.text.startsWith('Can I use'));
        options.onFirst?.(newestQuestion);
        await gate;
        return all;
      },
    });
    container = await mount(<Dashboard store={slow} host={fakeHost()} />);
    const app = container.querySelector<HTMLElement>('[data-testid="dashboard"]')!;
    await waitFor(() => rows(container!).length === 1);
    expect(rows(container).map((row) => row.textContent)).toEqual([expect.stringContaining('Can I use this offline?')]);
    expect(app.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('[data-testid="view-all"] .count')!.textContent).toBe('…');

    finish();
    await waitFor(() => app.getAttribute('aria-busy') === null);
    expect(app.dataset.items).toBe('4');
    expect(rows(container)).toHaveLength(3);
    expect(container.querySelector('[data-testid="view-all"] .count')!.textContent).toBe('4');
  });

  it('moves the active row with j and k and shows it as the focused option', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    const listbox = container.querySelector<HTMLElement>('[role="listbox"]')!;
    const activeKey = () => container!.querySelector<HTMLElement>('.row.active')!.dataset.commentKey;
    const first = activeKey();

    await press('j', {}, document.body);
    expect(document.activeElement).toBe(listbox);
    expect(listbox.classList.contains('keyboard')).toBe(true);
    expect(listbox.getAttribute('aria-activedescendant')).toBe('row-1');
    const second = activeKey();
    expect(second).not.toBe(first);

    await press('j');
    await press('j'); // past the end: stays on the last row
    expect(listbox.getAttribute('aria-activedescendant')).toBe('row-2');
    await press('k');
    expect(activeKey()).toBe(second);
  });

  it('marks the active comment answered with a, and u undoes it in the store and on screen', async () => {
    const host = fakeHost();
    container = await mount(<Dashboard store={store} host={host} />);
    await waitFor(() => rows(container!).length === 3);
    const key = container.querySelector<HTMLElement>('.row.active')!.dataset.commentKey!;

    await press('a', {}, document.body);
    await waitFor(() => rows(container!).length === 2);
    const answered = await waitFor(() => container!.querySelector('[data-testid="toast"]'));
    expect(answered.textContent).toContain('answered');
    expect(container.querySelector('[data-testid="undo"]')).not.toBeNull();
    const stored = (await store.listItems()).find((item) => item.comment.key === key)!;
    expect(stored.triage.status).toBe('answered');
    expect(host.sent.some((message) => message.name === 'store.changed')).toBe(true);

    await press('u');
    await waitFor(() => rows(container!).length === 3);
    let restored = (await store.listItems()).find((item) => item.comment.key === key)!;
    for (let i = 0; i < 50 && restored.triage.status !== 'open'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      restored = (await store.listItems()).find((item) => item.comment.key === key)!;
    }
    expect(restored.triage.status).toBe('open');
    expect(rows(container).find((row) => row.dataset.commentKey === key)?.dataset.status).toBe('open');
  });

  it('undoes through the toast button too, and bulk-dismisses a shift-selected range', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    await press('x', {}, document.body);
    await press('j');
    await press('j');
    await press('X', { shiftKey: true });
    expect(container.querySelectorAll('[role="option"][aria-selected="true"]')).toHaveLength(3);
    await press('d');
    await waitFor(() => rows(container!).length === 0);
    const statuses = (await store.listItems()).filter((item) => item.triage.status === 'dismissed');
    expect(statuses).toHaveLength(3);

    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]'));
    undo.click();
    await waitFor(() => rows(container!).length === 3);
    let dismissed = 3;
    for (let i = 0; i < 50 && dismissed > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      dismissed = (await store.listItems()).filter((item) => item.triage.status === 'dismissed').length;
    }
    expect(dismissed).toBe(0);
  });

  it('renders hostile comment text as text: no element is created from it', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    await store.saveScan(thread('https://evil.example/t/1', '<b>bold title</b>'), [
      comment(`Why? ${hostile}`, ['question'], { author: '<i>mallory</i>', permalink: 'javascript:alert(1)' }),
    ]);
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    const row = await waitFor(() => rows(container!).find((r) => r.textContent!.includes('mallory')));
    expect(row.textContent).toContain('<img src=x onerror="window.pwned=1">');
    expect(row.textContent).toContain('<b>bold title</b>');
    expect(row.textContent).toContain('<i>mallory</i>');
    expect(container.querySelector('img, script, b, i')).toBeNull();
    // A javascript: permalink never becomes a link.
    expect(row.querySelector('a')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('filters by search text and switches to the All comments view', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    const search = container.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    await press('/', {}, document.body);
    expect(document.activeElement).toBe(search);
    search.value = 'offline';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => rows(container!).length === 1);
    expect(rows(container)[0].textContent).toContain('Can I use this offline?');

    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    container.querySelector<HTMLButtonElement>('[data-testid="view-all"]')!.click();
    await waitFor(() => rows(container!).length === 4);
  });

  it('exports the open questions as CSV through the download function', async () => {
    const files: Array<{ name: string; text: string }> = [];
    container = await mount(<Dashboard store={store} host={fakeHost()} download={(name, text) => files.push({ name, text })} />);
    await waitFor(() => rows(container!).length === 3);
    container.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')!.click();
    expect(files).toHaveLength(1);
    expect(files[0].name).toMatch(/\.csv$/);
    expect(files[0].text).toContain('How do I export my observations?');
    expect(files[0].text).not.toContain('Thanks for the great update!');
  });

  it('exports what the list shows: the search applied, or only the selection when there is one', async () => {
    const files: Array<{ name: string; text: string }> = [];
    container = await mount(<Dashboard store={store} host={fakeHost()} download={(name, text) => files.push({ name, text })} />);
    await waitFor(() => rows(container!).length === 3);
    const search = container.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    search.value = 'offline';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => rows(container!).length === 1);
    container.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')!.click();
    expect(files[0].text).toContain('Can I use this offline?');
    expect(files[0].text).not.toContain('How do I export my observations?');
    expect(files[0].text).not.toContain('The map crashes');
    await waitFor(() => container!.querySelector('[data-testid="toast"]')?.textContent?.includes('Exported 1 open item of the list as shown'));

    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => rows(container!).length === 3);
    const crash = rows(container).find((row) => row.textContent!.includes('The map crashes'))!;
    crash.querySelector<HTMLElement>('[data-testid="row-select"]')!.click();
    await waitFor(() => container!.querySelector('.bulkbar') !== null);
    container.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')!.click();
    expect(files[1].text).toContain('The map crashes');
    expect(files[1].text).not.toContain('Can I use this offline?');
    expect(files[1].text).not.toContain('How do I export my observations?');
  });

  it('exports from the Threads view with only the site and thread filters, not a label filter left from the Queue', async () => {
    const files: Array<{ name: string; text: string }> = [];
    container = await mount(<Dashboard store={store} host={fakeHost()} download={(name, text) => files.push({ name, text })} />);
    await waitFor(() => rows(container!).length === 3);
    const label = container.querySelector<HTMLSelectElement>('[data-testid="filter-label"]')!;
    label.value = 'bug';
    label.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => rows(container!).length === 1);
    container.querySelector<HTMLButtonElement>('[data-testid="view-threads"]')!.click();
    await waitFor(() => container!.querySelector('[data-testid="thread-card"]'));
    container.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')!.click();
    for (const text of ['How do I export my observations?', 'The map crashes when I zoom in.', 'Can I use this offline?']) expect(files[0].text).toContain(text);
  });

  it('removes one thread from the Threads view at once, and Undo in the toast puts it back with its decisions', async () => {
    await store.saveScan(thread('https://forum.example.net/t/9', 'Other thread'), [comment('Does sync work offline?', ['question'])]);
    const [first] = await store.listItems({ threadUrl: thread().url });
    await store.updateTriage([first.comment.key], { note: 'ask Sam' });
    // The background hears of the removal before it is written, while the thread is still stored.
    let storedWhenTold: boolean | null = null;
    const host = fakeHost({ 'thread.removed': () => void store.getThread(thread().url).then((t) => (storedWhenTold = !!t)) });
    container = await mount(<Dashboard store={store} host={host} download={() => undefined} />);
    await waitFor(() => rows(container!).length === 4);
    container.querySelector<HTMLButtonElement>('[data-testid="view-threads"]')!.click();
    const card = await waitFor(() => container!.querySelector<HTMLElement>(`[data-testid="thread-card"][data-url="${thread().url}"]`));
    card.querySelector<HTMLButtonElement>('[data-testid="remove-thread"]')!.click();
    await waitFor(() => container!.querySelector('[data-testid="toast"]')?.textContent?.includes('with its 4 comments and staff decisions'));
    await waitFor(() => container!.querySelectorAll('[data-testid="thread-card"]').length === 1);
    expect((await store.listThreads()).map((t) => t.url)).toEqual(['https://forum.example.net/t/9']);
    expect(host.sent.some((m) => m.name === 'store.changed')).toBe(true);
    expect(host.sent.filter((m) => m.name === 'thread.removed').map((m) => m.data)).toEqual([{ url: thread().url }]);
    expect(storedWhenTold).toBe(true);

    container.querySelector<HTMLButtonElement>('[data-testid="toast"] [data-testid="undo"]')!.click();
    await waitFor(() => container!.querySelectorAll('[data-testid="thread-card"]').length === 2);
    expect((await store.listItems({ threadUrl: thread().url })).find((i) => i.comment.key === first.comment.key)!.triage.note).toBe('ask Sam');
  });

  it('shows a scan saved elsewhere (the popup, a re-check) when the background says so, without a reload by hand', async () => {
    const host = fakeHost();
    container = await mount(<Dashboard store={store} host={host} download={() => undefined} />);
    await waitFor(() => rows(container!).length === 3);
    await store.saveScan(thread('https://forum.example.net/t/9', 'Other thread'), [comment('Does sync work offline?', ['question'])]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rows(container)).toHaveLength(3);
    host.broadcast(envelope('store.updated', undefined));
    await waitFor(() => rows(container!).length === 4);
    // Options cleared everything meanwhile: its word reaches the dashboard too.
    await store.clearAll();
    host.broadcast(envelope('store.changed', undefined));
    await waitFor(() => rows(container!).length === 0);
  });

  it('stays on the same comment when a reload it did not ask for puts new rows above it, and waits while staff type', async () => {
    const host = fakeHost();
    container = await mount(<Dashboard store={store} host={host} download={() => undefined} />);
    await waitFor(() => rows(container!).length === 3);
    const list = container.querySelector<HTMLElement>('[role="listbox"]')!;
    list.focus();
    await press('j');
    const activeKey = () => container!.querySelector<HTMLElement>('.row.active')!.dataset.commentKey;
    const before = activeKey();
    // Newer comments (listed first, newest first) arrive from a scan made elsewhere.
    const later = { publishedAt: new Date(Date.UTC(2030, 0, 1)).toISOString() };
    await store.saveScan(thread('https://forum.example.net/t/9', 'Other thread'), [
      comment('Does sync work offline?', ['question'], later),
      comment('Is there an API?', ['question'], later),
    ]);
    // While staff type in the search box, nothing moves.
    const search = container.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    search.focus();
    host.broadcast(envelope('store.updated', undefined));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(rows(container)).toHaveLength(3);
    list.focus();
    await waitFor(() => rows(container!).length === 5, 5_000);
    await waitFor(() => activeKey() === before);
  });

  it('relabels by hand: override in the store, a correction kept, the background told', async () => {
    const host = fakeHost();
    container = await mount(<Dashboard store={store} host={host} />);
    await waitFor(() => rows(container!).length === 3);
    const key = container.querySelector<HTMLElement>('.row.active')!.dataset.commentKey!;
    await press('l', {}, document.body);
    const form = await waitFor(() => container!.querySelector<HTMLFormElement>('form[aria-label="Labels"]'));
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (box.checked !== (box.dataset.label === 'thanks')) box.click();
    }
    await waitFor(() => form.querySelector<HTMLInputElement>('input[data-label="thanks"]')!.checked);
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // Now a thank-you: it leaves the queue.
    await waitFor(() => rows(container!).length === 2);
    await waitFor(() => host.sent.filter((m) => m.name === 'store.changed').length >= 2);
    const item = (await store.listItems()).find((i) => i.comment.key === key)!;
    expect(item.triage.labelOverride).toEqual(['thanks']);
    const corrections = await store.listCorrections();
    expect(corrections.map((c) => c.labels)).toEqual([['thanks']]);
  });

  it('marks comments first seen after the previous visit as new, and only those', async () => {
    const url = thread().url;
    await store.markVisited(url, new Date(Date.now() + 60_000));
    const later = comment('Any news on the export fix?', ['question']);
    const all = (await store.listItems()).map((item) => item.comment);
    await store.saveScan(thread(), [...all, later], new Date(Date.now() + 120_000));
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 4);
    const marked = rows(container).filter((row) => row.querySelector('.badge.new'));
    expect(marked.map((row) => row.dataset.commentKey)).toEqual([`${url}#${later.id}`]);
  });

  it('opens the help overlay with ? and the thread view with Enter', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    // The first rows show before every item is loaded; the thread view lists them all, so wait for the load.
    await waitFor(() => !container!.querySelector('[data-testid="dashboard"][aria-busy]'));
    await press('?', {}, document.body);
    expect(container.querySelector('[data-testid="help"]')).not.toBeNull();
    await press('Escape');
    expect(container.querySelector('[data-testid="help"]')).toBeNull();
    await press('Enter', {}, document.body);
    await waitFor(() => container!.querySelector('.thread-view'));
    expect(container.querySelectorAll('.thread-view .comment')).toHaveLength(4);
  });
});
