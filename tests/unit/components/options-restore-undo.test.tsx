// @vitest-environment jsdom
// Restoring a backup replaces everything, as Clear all does, so both keep a copy of the data from
// just before: Undo puts it back, and since that copy lasts only as long as the tab, it can also be
// downloaded. No copy, no change. Undo is itself such a replacement: it keeps a copy too (so a second
// Undo is a redo), and asks first when the data has changed since the copy was taken.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import { Options } from '../../../components/Options';
import { setLocale } from '../../../lib/i18n';
import { parseBackup } from '../../../lib/store/backup';
import type { Backup, TriageStore } from '../../../lib/store/types';
import { comment, fakeHost, freshStore, mount, thread, unmount, waitFor } from './helpers';

async function chooseFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What a backup holds, without the moment it was taken. */
function dataOf(backup: Backup) {
  const { exportedAt: _exportedAt, ...data } = backup;
  return data;
}

describe('Options: undo and keep the data replaced by Restore or Clear all', () => {
  let store: TriageStore;
  let container: HTMLElement | null = null;
  let download: ReturnType<typeof vi.fn<(filename: string, text: string, mime: string) => void>>;
  let olderBackup: Backup;
  let current: Backup;

  beforeEach(async () => {
    setLocale('en');
    store = await freshStore();
    // An older backup holds one thread; since then a second thread, a decision and a staff account were added.
    await store.saveScan(thread(), [comment('Where is the export button?', ['question'])]);
    olderBackup = await store.exportBackup();
    await store.saveScan(thread('https://forum.example.org/t/2', 'Second'), [comment('Is this a bug?', ['bug']), comment('Thanks!', ['thanks'])]);
    const [first] = await store.listItems();
    await store.updateTriage([first.comment.key], { status: 'answered' });
    await store.updateSettings({ staffAccounts: { 'forum.example.org': ['alice'] } });
    current = await store.exportBackup();
    download = vi.fn<(filename: string, text: string, mime: string) => void>();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    if (container) await unmount(container);
    container = null;
    store.close();
  });

  async function restoreOlderBackup() {
    container = await mount(<Options store={store} host={fakeHost()} download={download} />);
    const input = await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="backup-import"]'));
    await waitFor(() => container!.textContent!.includes('3 comments'));
    await chooseFile(input, JSON.stringify(olderBackup));
    const confirm = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-restore"]:not([aria-disabled="true"])'));
    expect(confirm.closest('[role="alertdialog"]')!.textContent).toContain('so you can undo');
    confirm.click();
  }

  it('Undo after a restore brings back the data the restore replaced', async () => {
    await restoreOlderBackup();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    expect(container!.textContent).toContain('Backup restored.');
    expect((await store.listThreads()).map((t) => t.url)).toEqual(['https://blog.example.org/post/1']);
    undo.click();
    await waitFor(() => container!.textContent!.includes('Undone'));
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
    await waitFor(() => container!.textContent!.includes('3 comments'));
  });

  it('keeps Undo unavailable (aria-disabled, so it keeps focus) until the restore has finished; a click meanwhile does nothing', async () => {
    // The page reads its counts again after the restore; hold that read until the test lets it go.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const countComments = store.countComments.bind(store);
    let holding = false;
    vi.spyOn(store, 'countComments').mockImplementation(async (...args) => {
      if (holding) await held;
      return countComments(...args);
    });
    container = await mount(<Options store={store} host={fakeHost()} download={download} />);
    const input = await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="backup-import"]'));
    await waitFor(() => container!.textContent!.includes('3 comments'));
    await chooseFile(input, JSON.stringify(olderBackup));
    holding = true;
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-restore"]:not([aria-disabled="true"])'))).click();
    // The copy is kept and Undo is shown at once, but it is unavailable (and says it is busy) while the restore finishes.
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]'));
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    expect(undo.getAttribute('aria-busy')).toBe('true');
    // Not the disabled attribute, which would drop a keyboard user's focus to <body>.
    expect(undo.disabled).toBe(false);
    undo.focus();
    const replaceAll = vi.spyOn(store, 'replaceAll');
    const exportBackup = vi.spyOn(store, 'exportBackup');
    undo.click(); // ignored while busy
    release();
    await waitFor(() => container!.querySelector('[data-testid="undo"]:not([aria-disabled="true"])'));
    expect(replaceAll).not.toHaveBeenCalled();
    expect(exportBackup).not.toHaveBeenCalled();
    expect(container!.textContent).not.toContain('Undone');
    expect(container!.querySelector('[role="alertdialog"]')).toBeNull();
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(olderBackup));
    expect(document.activeElement).toBe(undo);
    holding = false;
    container!.querySelector<HTMLButtonElement>('[data-testid="undo"]')!.click();
    await waitFor(() => container!.textContent!.includes('Undone'));
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
  });

  it('Undo keeps a copy of the data it replaces, so a second Undo is a redo', async () => {
    await restoreOlderBackup();
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'))).click();
    const older = dataOf(olderBackup);
    await waitFor(() => container!.textContent!.includes('Undone'));
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));

    // The restored backup's data is now the copy: downloadable, and Undo puts it back.
    container!.querySelector<HTMLButtonElement>('[data-testid="download-previous"]')!.click();
    expect(dataOf(parseBackup(download.mock.calls[0][1]))).toEqual(older);
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'))).click();
    await waitFor(() => container!.textContent!.includes('1 comment ·'));
    expect(container!.querySelector('[role="alertdialog"]')).toBeNull();
    expect(dataOf(await store.exportBackup())).toEqual(older);
    await waitFor(() => container!.querySelector('[data-testid="undo"]:not([aria-disabled="true"])'));
  });

  it('Undo after scans since asks first, says what they are, and changes nothing when declined', async () => {
    await restoreOlderBackup();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    // Meanwhile the dashboard scans a thread: Undo would replace it too.
    await store.saveScan(thread('https://forum.example.org/t/9', 'Scanned later'), [comment('New here?', ['question']), comment('Same bug', ['bug'])]);
    const before = dataOf(await store.exportBackup());
    undo.click();
    const dialog = await waitFor(() => container!.querySelector('[role="alertdialog"]'));
    expect(dialog.textContent).toContain('it now holds 1 thread and 2 comments more');
    const cancel = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
    cancel.click();
    await waitFor(() => !container!.querySelector('[role="alertdialog"]'));
    expect(dataOf(await store.exportBackup())).toEqual(before);
    expect(container!.textContent).not.toContain('Undone');
  });

  it('Undo after changes since, confirmed, puts the data back and keeps what it replaced', async () => {
    await restoreOlderBackup();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    await store.saveScan(thread('https://forum.example.org/t/9', 'Scanned later'), [comment('New here?', ['question'])]);
    const replaced = dataOf(await store.exportBackup());
    undo.click();
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-undo"]:not([aria-disabled="true"])'))).click();
    await waitFor(() => container!.textContent!.includes('Undone'));
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
    container!.querySelector<HTMLButtonElement>('[data-testid="download-previous"]')!.click();
    expect(dataOf(parseBackup(download.mock.calls[0][1]))).toEqual(replaced);
  });

  it('Undo after a decision since (same counts) asks first too', async () => {
    await restoreOlderBackup();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    const [item] = await store.listItems();
    await store.updateTriage([item.comment.key], { status: 'dismissed' });
    undo.click();
    const dialog = await waitFor(() => container!.querySelector('[role="alertdialog"]'));
    expect(dialog.textContent).toContain('Your data may have changed since then (scans, decisions, corrections or settings)');
    expect((await store.listItems())[0].triage.status).toBe('dismissed');
  });

  it('Undo does not ask when the dashboard was only opened since (threads marked visited)', async () => {
    await restoreOlderBackup();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    for (const { url } of await store.listThreads()) await store.markVisited(url);
    undo.click();
    await waitFor(() => container!.textContent!.includes('Undone'));
    expect(container!.querySelector('[role="alertdialog"]')).toBeNull();
    expect(dataOf(await store.exportBackup()).comments).toEqual(dataOf(current).comments);
  });

  it('a second Restore says Undo will then reach only the data from just before it', async () => {
    await restoreOlderBackup();
    await waitFor(() => container!.querySelector('[data-testid="undo"]:not([aria-disabled="true"])'));
    const notice = container!.querySelector('[data-testid="data-notice"]')!;
    expect(notice.textContent).toContain('Undo puts back the data from just before the last change made on this page');
    const second = { ...current, threads: current.threads.slice(1), comments: current.comments.filter((c) => c.threadUrl === current.threads[1].url) };
    second.triage = current.triage.filter((t) => second.comments.some((c) => c.key === t.key));
    await chooseFile(container!.querySelector<HTMLInputElement>('[data-testid="backup-import"]')!, JSON.stringify(second));
    const confirm = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-restore"]:not([aria-disabled="true"])'));
    expect(confirm.closest('[role="alertdialog"]')!.textContent).toContain('Undo will no longer reach the data from before your last change');
    const older = dataOf(await store.exportBackup());
    confirm.click();
    await waitFor(() => container!.textContent!.includes('2 comments ·'));
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'))).click();
    await waitFor(() => container!.textContent!.includes('Undone'));
    expect(dataOf(await store.exportBackup())).toEqual(older);
    // Clear all says the same.
    container!.querySelector<HTMLButtonElement>('[data-testid="clear-all"]')!.click();
    const clear = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-clear"]:not([aria-disabled="true"])'));
    expect(clear.closest('[role="alertdialog"]')!.textContent).toContain('Undo will no longer reach the data from before your last change');
  });

  it('a double click on Undo replaces the data once, keeping the copy of what it replaced', async () => {
    await restoreOlderBackup();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    const replaceAll = vi.spyOn(store, 'replaceAll');
    undo.click();
    undo.click();
    await waitFor(() => container!.textContent!.includes('Undone'));
    await waitFor(() => container!.textContent!.includes('3 comments'));
    expect(replaceAll).toHaveBeenCalledTimes(1);
    expect(container!.querySelector('[role="alertdialog"]')).toBeNull();
    container!.querySelector<HTMLButtonElement>('[data-testid="download-previous"]')!.click();
    expect(dataOf(parseBackup(download.mock.calls[0][1]))).toEqual(dataOf(olderBackup));
  });

  it('offers the data from before a restore as a backup file to keep', async () => {
    await restoreOlderBackup();
    const button = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="download-previous"]'));
    expect(button.textContent).toBe('Download the previous data');
    expect(container!.querySelector('[data-testid="data-notice"]')!.textContent).toContain('only while this page is open');
    button.click();
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, text, mime] = download.mock.calls[0];
    expect(filename).toMatch(/^threadsift-backup-previous-\d{4}-\d{2}-\d{2}\.json$/);
    expect(mime).toBe('application/json');
    // The file is a valid backup of the replaced data, so it can be restored later.
    expect(dataOf(parseBackup(text))).toEqual(dataOf(current));
  });

  it('offers the data from before Clear all as a backup file to keep', async () => {
    container = await mount(<Options store={store} host={fakeHost()} download={download} />);
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="clear-all"]'))).click();
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-clear"]:not([aria-disabled="true"])'))).click();
    const button = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="download-previous"]'));
    expect(await store.listItems()).toHaveLength(0);
    button.click();
    const [filename, text] = download.mock.calls[0];
    expect(filename).toMatch(/^threadsift-backup-previous-/);
    expect(dataOf(parseBackup(text))).toEqual(dataOf(current));
  });

  /** The browser gives up on the next readwrite transaction while it reads: the copy of a replace fails. */
  function failNextCopy() {
    const realGetAll = IDBObjectStore.prototype.getAll;
    let failed = false;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      const tx = this.transaction;
      if (tx.mode === 'readwrite' && !failed) {
        failed = true;
        queueMicrotask(() => tx.abort());
      }
      return realGetAll.apply(this, args);
    });
  }

  it('does not restore when the current data cannot be copied first, and says so', async () => {
    failNextCopy();
    await restoreOlderBackup();
    const notice = await waitFor(() => container!.querySelector('[data-testid="data-notice"].error'));
    expect(notice.textContent).toContain('Your current data could not be copied first, so nothing was changed.');
    expect(notice.textContent).toContain('Copying the current data before restoring the backup failed');
    expect(container!.querySelector('[data-testid="undo"]')).toBeNull();
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
  });

  it('does not clear when the current data cannot be copied first, and says so', async () => {
    failNextCopy();
    container = await mount(<Options store={store} host={fakeHost()} download={download} />);
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="clear-all"]'))).click();
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-clear"]:not([aria-disabled="true"])'))).click();
    const notice = await waitFor(() => container!.querySelector('[data-testid="data-notice"].error'));
    expect(notice.textContent).toContain('Your current data could not be copied first, so nothing was changed.');
    expect(container!.querySelector('[data-testid="undo"]')).toBeNull();
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
  });

  it('a failed Undo says why and keeps Undo for another try', async () => {
    await restoreOlderBackup();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    // The copy is read, then writing the change fails: the transaction rolls back whole.
    const realPut = IDBObjectStore.prototype.put;
    let failed = false;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'threads' && !failed) {
        failed = true;
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      }
      return realPut.apply(this, args);
    });
    undo.click();
    const notice = await waitFor(() => container!.querySelector('[data-testid="data-notice"].error'));
    expect(notice.textContent).toContain('Something went wrong');
    expect(notice.textContent).toContain('The database connection is closing.');
    expect(container!.querySelector('[data-testid="download-previous"]')).not.toBeNull();
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'))).click();
    await waitFor(() => container!.textContent!.includes('Undone'));
    expect(dataOf(await store.exportBackup())).toEqual(dataOf(current));
  });
});
