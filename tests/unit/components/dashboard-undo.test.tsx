// @vitest-environment jsdom
// Undo and reloads on the dashboard, over a real store: an undo takes back exactly its own change
// (not a note typed since, and with a relabel, the correction too), `u` works the moment an action
// is shown, and a load that was already running never brings back the state from before an action.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { Dashboard } from '../../../components/Dashboard';
import { setLocale } from '../../../lib/i18n';
import type { Label } from '../../../lib/thread';
import type { TriageStore } from '../../../lib/store/types';
import { comment, fakeHost, fakeLayout, freshStore, mount, press, rows, thread, unmount, waitFor } from './helpers';

describe('Dashboard undo and reloads', () => {
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
  });

  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
    store.close();
  });

  const activeKey = () => container!.querySelector<HTMLElement>('.row.active')!.dataset.commentKey!;
  const toastText = () => container!.querySelector('[data-testid="toast"]')?.textContent ?? '';
  const stored = async (key: string) => (await store.listItems()).find((item) => item.comment.key === key)!;

  /** Polls the store until the check passes (waitFor takes synchronous checks only). */
  async function untilStored(check: () => Promise<boolean>): Promise<void> {
    for (let tries = 0; !(await check()); tries += 1) {
      if (tries > 2000) throw new Error('untilStored: timed out');
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }

  /** The store, with a full load that reads its snapshot at once and returns it when the test says. */
  function gatedLoad(gatedCall: number) {
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    let calls = 0;
    let snapshotRead = false;
    let returned = false;
    const slow: TriageStore = Object.assign(Object.create(store) as TriageStore, {
      loadItems: async (options: Parameters<NonNullable<TriageStore['loadItems']>>[0] = {}) => {
        calls += 1;
        const all = await store.listItems();
        options.onFirst?.(all.filter((item) => item.labels.includes('question') || item.labels.includes('bug')));
        if (calls === gatedCall) {
          snapshotRead = true;
          await gate; // still decoding the rest
          returned = true;
        }
        return all;
      },
    });
    return { slow, finish: () => finish(), snapshotRead: () => snapshotRead, returned: () => returned };
  }

  async function relabelActive(labels: Label[]) {
    await press('l', {}, document.body);
    const form = await waitFor(() => container!.querySelector<HTMLFormElement>('form[aria-label="Labels"]'));
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (box.checked !== labels.includes(box.dataset.label as Label)) box.click();
    }
    await waitFor(() => labels.every((label) => form.querySelector<HTMLInputElement>(`input[data-label="${label}"]`)!.checked));
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }

  it('keeps a decision made while the first load is still decoding once that load finishes', async () => {
    const { slow, finish } = gatedLoad(1);
    container = await mount(<Dashboard store={slow} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    const answered = activeKey();
    await press('a', {}, document.body);
    await untilStored(async () => (await stored(answered)).triage.status === 'answered');

    finish();
    await waitFor(() => container!.querySelector('[data-testid="dashboard"]')!.getAttribute('aria-busy') === null);
    expect(rows(container).map((row) => row.dataset.commentKey)).not.toContain(answered);
    expect(rows(container)).toHaveLength(2);
  });

  it('keeps a decision made while the reload on returning to the tab is running', async () => {
    const { slow, finish, snapshotRead, returned } = gatedLoad(2);
    container = await mount(<Dashboard store={slow} host={fakeHost()} />);
    await waitFor(() => container!.querySelector('[data-testid="dashboard"]')!.getAttribute('aria-busy') === null && rows(container!).length === 3);
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => snapshotRead());
    const dismissed = activeKey();
    await press('d', {}, document.body);
    await untilStored(async () => (await stored(dismissed)).triage.status === 'dismissed');

    finish();
    await waitFor(() => returned());
    await waitFor(() => container!.querySelector('[data-testid="dashboard"]')!.getAttribute('aria-busy') === null);
    expect(rows(container).map((row) => row.dataset.commentKey)).not.toContain(dismissed);
    expect(rows(container)).toHaveLength(2);
  });

  it('undoing "answered" keeps the note typed after it', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    container.querySelector<HTMLButtonElement>('[data-testid="view-all"]')!.click(); // the answered comment stays on screen
    await waitFor(() => rows(container!).length === 3);
    const key = activeKey();
    await press('a', {}, document.body);
    await untilStored(async () => (await stored(key)).triage.status === 'answered');

    const noteField = [...container.querySelectorAll('label.field')].find((label) => label.textContent?.startsWith('Note'));
    const note = noteField!.querySelector('textarea')!;
    note.value = 'Customer emailed back: see ticket 42';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await untilStored(async () => (await stored(key)).triage.note === 'Customer emailed back: see ticket 42');

    container.querySelector<HTMLButtonElement>('[data-testid="undo"]')!.click();
    await waitFor(() => toastText().includes('Undone'));
    const after = await stored(key);
    expect(after.triage.status).toBe('open');
    expect(after.triage.note).toBe('Customer emailed back: see ticket 42');
    expect(rows(container).find((row) => row.dataset.commentKey === key)?.dataset.status).toBe('open');
  });

  it('undoing a relabel also removes the correction the classifier would learn from, and tells the background', async () => {
    const host = fakeHost();
    container = await mount(<Dashboard store={store} host={host} />);
    await waitFor(() => rows(container!).length === 3);
    const key = activeKey();
    await relabelActive(['thanks']);
    await waitFor(() => rows(container!).length === 2);
    await untilStored(async () => (await store.listCorrections()).length === 1);
    const told = host.sent.filter((m) => m.name === 'store.changed').length;

    await press('u', {}, document.body);
    await waitFor(() => rows(container!).length === 3);
    await waitFor(() => toastText().includes('Undone'));
    expect((await stored(key)).triage.labelOverride).toBeNull();
    expect(await store.listCorrections()).toEqual([]);
    expect(host.sent.filter((m) => m.name === 'store.changed').length).toBeGreaterThan(told);
  });

  it("undoing a relabel puts back the text's earlier correction", async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    const item = await stored(activeKey());
    const earlier = await store.addCorrection({ text: item.comment.text, labels: ['question', 'bug'], site: item.comment.site });
    await relabelActive(['thanks']);
    await untilStored(async () => (await store.listCorrections())[0]?.labels.join() === 'thanks');

    await press('u', {}, document.body);
    await waitFor(() => toastText().includes('Undone'));
    expect(await store.listCorrections()).toEqual([earlier]);
  });

  it('u after Options deleted everything says the comment is gone, and later backups still restore', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    const key = activeKey();
    await press('a', {}, document.body);
    await untilStored(async () => (await stored(key)).triage.status === 'answered');
    await store.clearAll(); // in the Options tab; this dashboard still shows the old rows

    await press('u', {}, document.body);
    await waitFor(() => toastText().includes('Nothing to undo: the comment is gone'));
    expect(toastText()).not.toContain('Undone');
    await waitFor(() => rows(container!).length === 0);
    expect((await store.exportBackup()).triage).toEqual([]);
    await expect(store.restoreBackup(await store.exportBackup())).resolves.toBeUndefined();
  });

  it('undoing a relabel keeps the correction another window made for that text since, and still undoes the labels', async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    const item = await stored(activeKey());
    await relabelActive(['thanks']);
    await untilStored(async () => (await store.listCorrections())[0]?.labels.join() === 'thanks');
    const newer = await store.addCorrection({ text: item.comment.text, labels: ['bug'], site: item.comment.site });

    await press('u', {}, document.body);
    await waitFor(() => toastText().includes('Undone'));
    expect((await stored(item.comment.key)).triage.labelOverride).toBeNull();
    expect(await store.listCorrections()).toEqual([newer]);
  });

  it("the toast stops offering Undo when its change found the comment gone, so it cannot undo an older change", async () => {
    let writesEnded = 0;
    const counting: TriageStore = Object.assign(Object.create(store) as TriageStore, {
      updateTriage: async (...args: Parameters<TriageStore['updateTriage']>) => {
        try {
          return await store.updateTriage(...args);
        } finally {
          writesEnded += 1;
        }
      },
    });
    container = await mount(<Dashboard store={counting} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    const answered = activeKey();
    await press('a', {}, document.body);
    await waitFor(() => writesEnded === 1);
    // Options restores a backup that lacks the comment now active here.
    const gone = activeKey();
    const backup = await store.exportBackup();
    await store.restoreBackup({
      ...backup,
      comments: backup.comments.filter((c) => c.key !== gone),
      triage: backup.triage.filter((t) => t.key !== gone),
    });

    await press('d', {}, document.body);
    expect(container.querySelector('[data-testid="undo"]')).not.toBeNull();
    await waitFor(() => writesEnded === 2);
    // Well before the toast hides by itself (8 s), it is still up but no longer offers Undo.
    await waitFor(() => toastText().includes('dismissed') && container!.querySelector('[data-testid="undo"]') === null, 3000);
    expect((await stored(answered)).triage.status).toBe('answered');
  });

  it("the toast's Undo goes away once u has taken its change back", async () => {
    container = await mount(<Dashboard store={store} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    const first = activeKey();
    await press('a', {}, document.body);
    await untilStored(async () => (await stored(first)).triage.status === 'answered');
    const second = activeKey();
    await press('d', {}, document.body);
    await untilStored(async () => (await stored(second)).triage.status === 'dismissed');

    await press('u', {}, document.body);
    expect(container.querySelector('[data-testid="undo"]')).toBeNull();
    await waitFor(() => toastText().includes('Undone'));
    expect((await stored(second)).triage.status).toBe('open');
    expect((await stored(first)).triage.status).toBe('answered');
  });

  /** The dashboard showing All comments, over a store that answers triage writes late (a large thread). */
  async function mountSlowWrites(): Promise<void> {
    const slow: TriageStore = Object.assign(Object.create(store) as TriageStore, {
      updateTriage: async (...args: Parameters<TriageStore['updateTriage']>) => {
        const previous = await store.updateTriage(...args);
        await new Promise((resolve) => setTimeout(resolve, 150));
        return previous;
      },
    });
    container = await mount(<Dashboard store={slow} host={fakeHost()} />);
    await waitFor(() => rows(container!).length === 3);
    container!.querySelector<HTMLButtonElement>('[data-testid="view-all"]')!.click(); // the row stays active after each action
    await waitFor(() => rows(container!).length === 3);
  }

  it('u pressed while the writes are still running undoes those actions, the newest first', async () => {
    await mountSlowWrites();
    const key = activeKey();
    await press('a', {}, document.body);
    await press('d', {}, document.body);
    await press('u', {}, document.body);
    await press('u', {}, document.body);
    expect(toastText()).not.toContain('Nothing to undo');

    await waitFor(() => toastText().includes('Undone'));
    await untilStored(async () => (await stored(key)).triage.status === 'open');
    // Both actions were taken back, "dismissed" first, and no late entry is left for a third u.
    await press('u', {}, document.body);
    expect(toastText()).toContain('Nothing to undo');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await stored(key)).triage.status).toBe('open');
    expect(rows(container!).find((row) => row.dataset.commentKey === key)?.dataset.status).toBe('open');
  });

  it('an action taken right after u, while the writes are still running, is the one that stays', async () => {
    await mountSlowWrites();
    const key = activeKey();
    await press('a', {}, document.body);
    await press('u', {}, document.body);
    await press('d', {}, document.body);

    await untilStored(async () => (await stored(key)).triage.status === 'dismissed');
    await new Promise((resolve) => setTimeout(resolve, 400)); // every write has ended
    expect((await stored(key)).triage.status).toBe('dismissed');
    await waitFor(() => rows(container!).find((row) => row.dataset.commentKey === key)?.dataset.status === 'dismissed');
  });
});
