// @vitest-environment jsdom
// Keyboard and screen-reader use of the options page: a confirmation (role="alertdialog") takes focus when it opens,
// closes on Escape, and gives focus back to the button that opened it; deleting a row or editing one leaves focus
// somewhere sensible instead of on <body>; notices go in live regions that are on the page before anything is said;
// the staff table's last column has a header a screen reader can read.
// jsdom's click() does not focus the button, so each test focuses it first, as a keyboard user's Enter would find it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '../../../components/Options';
import { setLocale } from '../../../lib/i18n';
import type { TriageStore } from '../../../lib/store/types';
import { comment, fakeHost, freshStore, mount, press, thread, unmount, waitFor } from './helpers';

async function chooseFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function typeInto(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function section(container: HTMLElement, titleId: string): HTMLElement {
  return container.querySelector<HTMLElement>(`section[aria-labelledby="${titleId}"]`)!;
}

function focusAndClick(button: HTMLElement) {
  button.focus();
  button.click();
}

function cancelOf(dialog: Element): HTMLButtonElement {
  return [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
}

describe('Options: focus and announcements', () => {
  let store: TriageStore;
  let container: HTMLElement | null = null;

  beforeEach(async () => {
    setLocale('en');
    store = await freshStore();
    await store.saveScan(thread(), [comment('Where is the export button?', ['question']), comment('Thank you!', ['thanks'])]);
    await store.updateSettings({
      staffAccounts: { 'a.example.org': ['ann'], 'b.example.org': ['bob'], 'c.example.org': ['cy'] },
      savedReplies: [
        { id: 'r1', title: 'Fixed in 2.1', body: 'This is fixed in version 2.1.' },
        { id: 'r2', title: 'Duplicate', body: 'This was reported before.' },
      ],
    });
  });
  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
    store.close();
  });

  it('Clear all: focus moves to Cancel, Escape and Cancel close it and give focus back to Clear all, and so does confirming', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const clear = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="clear-all"]'));

    focusAndClick(clear);
    const dialog = await waitFor(() => container!.querySelector('[role="alertdialog"]'));
    expect(document.activeElement).toBe(cancelOf(dialog));
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toContain('A copy is kept in this page so you can undo until you close it');
    await press('Escape');
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(clear);
    expect(await store.listItems()).toHaveLength(2);

    focusAndClick(clear);
    cancelOf(await waitFor(() => container!.querySelector('[role="alertdialog"]'))).click();
    await waitFor(() => !container!.querySelector('[role="alertdialog"]'));
    expect(document.activeElement).toBe(clear);

    focusAndClick(clear);
    await waitFor(() => container!.querySelector('[role="alertdialog"]'));
    container.querySelector<HTMLButtonElement>('[data-testid="confirm-clear"]')!.click();
    await waitFor(() => container!.querySelector('[data-testid="undo"]:not([aria-disabled="true"])'));
    expect(await store.listItems()).toHaveLength(0);
    expect(document.activeElement).toBe(clear);
  });

  it('Restore: the confirmation takes focus, Escape closes it and focus goes back to the file picker', async () => {
    const backup = await store.exportBackup();
    container = await mount(<Options store={store} host={fakeHost()} />);
    const input = await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="backup-import"]'));
    input.focus();
    await chooseFile(input, JSON.stringify(backup));
    const dialog = await waitFor(() => container!.querySelector('[role="alertdialog"]'));
    expect(document.activeElement).toBe(cancelOf(dialog));
    await press('Escape');
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(input);
  });

  it("Undo's confirmation takes focus and gives it back to Undo; Undo keeps focus while it runs", async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    focusAndClick(await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="clear-all"]')));
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-clear"]'))).click();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    // A scan since the clear: Undo asks first.
    await store.saveScan(thread('https://forum.example.org/t/9', 'Scanned later'), [comment('New here?', ['question'])]);
    focusAndClick(undo);
    const dialog = await waitFor(() => container!.querySelector('[role="alertdialog"]'));
    expect(document.activeElement).toBe(cancelOf(dialog));
    await press('Escape');
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(undo);

    // Confirmed: Undo is unavailable while it runs, and keeps focus all along.
    focusAndClick(undo);
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-undo"]'))).click();
    await waitFor(() => !container!.querySelector('[role="alertdialog"]'));
    expect(document.activeElement).toBe(undo);
    await waitFor(() => container!.textContent!.includes('Undone'));
    await waitFor(() => container!.querySelector('[data-testid="undo"]:not([aria-disabled="true"])'));
    expect(document.activeElement).toBe(undo);
    expect(undo.isConnected).toBe(true);
  });

  it('Reset corrections: Escape gives focus back to the button; after the reset disables it, the heading has focus', async () => {
    await store.replaceCorrections([{ id: 'x1', text: 'Where is it?', labels: ['question'], site: 'blog.example.org', createdAt: new Date().toISOString() }]);
    container = await mount(<Options store={store} host={fakeHost()} />);
    const classifier = () => section(container!, 'classifier-title');
    const reset = await waitFor(() => [...classifier().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Reset corrections' && !b.disabled));
    focusAndClick(reset);
    const dialog = await waitFor(() => classifier().querySelector('[role="alertdialog"]'));
    expect(document.activeElement).toBe(cancelOf(dialog));
    await press('Escape');
    expect(classifier().querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(reset);

    focusAndClick(reset);
    const confirm = [...(await waitFor(() => classifier().querySelector('[role="alertdialog"]'))).querySelectorAll('button')].find((b) => b.textContent === 'Reset corrections')!;
    confirm.click();
    await waitFor(() => reset.disabled);
    await waitFor(() => document.activeElement === container!.querySelector('#classifier-title'));
    expect(await store.listCorrections()).toEqual([]);
  });

  it('removing a staff account moves focus to the next row, else the previous one, else the Site field', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const removeButton = (site: string) => container!.querySelector<HTMLButtonElement>(`[data-testid="staff-entry"][data-site="${site}"] button[aria-label="Remove ${site}"]`);
    focusAndClick(await waitFor(() => removeButton('b.example.org')));
    await waitFor(() => !removeButton('b.example.org'));
    expect(document.activeElement).toBe(removeButton('c.example.org'));

    focusAndClick(removeButton('c.example.org')!);
    await waitFor(() => !removeButton('c.example.org'));
    expect(document.activeElement).toBe(removeButton('a.example.org'));

    focusAndClick(removeButton('a.example.org')!);
    await waitFor(() => !container!.querySelector('[data-testid="staff-entry"]'));
    expect(document.activeElement).toBe(container.querySelector('[data-testid="staff-site"]'));
    expect((await store.getSettings()).staffAccounts).toEqual({});
  });

  it('✎ fills the form and puts focus on the Logins field', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const edit = await waitFor(() => container!.querySelector<HTMLButtonElement>('button[aria-label="Edit b.example.org"]'));
    focusAndClick(edit);
    const logins = container.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!;
    await waitFor(() => logins.value === 'bob');
    expect(document.activeElement).toBe(logins);
    expect(container.querySelector<HTMLInputElement>('[data-testid="staff-site"]')!.value).toBe('b.example.org');
  });

  it('deleting a saved reply moves focus to the next one, else the Title field', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const remove = (title: string) => container!.querySelector<HTMLButtonElement>(`button[aria-label="Delete saved reply ${title}"]`);
    focusAndClick(await waitFor(() => remove('Fixed in 2.1')));
    await waitFor(() => !remove('Fixed in 2.1'));
    expect(document.activeElement).toBe(remove('Duplicate'));

    focusAndClick(remove('Duplicate')!);
    await waitFor(() => !remove('Duplicate'));
    const replies = section(container, 'replies-title');
    expect(document.activeElement).toBe(replies.querySelector('input'));
    expect(replies.querySelector('input')!.closest('label')!.textContent).toContain('Title');
  });

  it('every section has its live region, empty, before anything is said; a notice then fills that same region', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    await waitFor(() => container!.querySelector('[data-testid="staff-entry"]'));
    for (const titleId of ['staff-title', 'sites-title', 'classifier-title', 'replies-title', 'data-title', 'appearance-title']) {
      const regions = section(container, titleId).querySelectorAll('[role="status"]');
      expect(regions, titleId).toHaveLength(1);
      expect(regions[0].textContent, titleId).toBe('');
    }
    const staffRegion = section(container, 'staff-title').querySelector('[role="status"]')!;
    typeInto(container.querySelector<HTMLInputElement>('[data-testid="staff-site"]')!, 'd.example.org');
    typeInto(container.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!, 'dee');
    await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!.value === 'dee');
    container.querySelector<HTMLButtonElement>('[data-testid="staff-save"]')!.click();
    const saved = 'Saved. Scans of d.example.org use these logins.';
    await waitFor(() => staffRegion.textContent === saved);
    expect(staffRegion.isConnected).toBe(true);
    expect(section(container, 'staff-title').querySelector('[role="status"]')).toBe(staffRegion);
    expect(staffRegion.querySelector('.notice.ok')!.textContent).toBe(saved);

    const dataRegion = section(container, 'data-title').querySelector('[role="status"]')!;
    focusAndClick(container.querySelector<HTMLButtonElement>('[data-testid="clear-all"]')!);
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-clear"]'))).click();
    await waitFor(() => dataRegion.querySelector('[data-testid="data-notice"]')?.textContent?.includes('All data deleted.'));
    expect(section(container, 'data-title').querySelector('[role="status"]')).toBe(dataRegion);
  });

  it("the staff table's last column header says what it holds", async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    await waitFor(() => container!.querySelector('[data-testid="staff-entry"]'));
    const headers = [...section(container, 'staff-title').querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['Site (hostname)', 'Logins, comma-separated', 'Actions']);
  });
});
