// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options, normaliseSite, parseLogins } from '../../../components/Options';
import { setLocale } from '../../../lib/i18n';
import type { TriageStore } from '../../../lib/store/types';
import { comment, fakeHost, freshStore, mount, thread, unmount, waitFor } from './helpers';

async function chooseFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function typeInto(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Options', () => {
  let store: TriageStore;
  let container: HTMLElement | null = null;

  beforeEach(async () => {
    setLocale('en');
    store = await freshStore();
    await store.saveScan(thread(), [comment('Where is the export button?', ['question']), comment('Thank you!', ['thanks'])]);
  });
  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
    store.close();
  });

  it('saves staff logins per site from a URL or hostname', async () => {
    const host = fakeHost();
    container = await mount(<Options store={store} host={host} />);
    const site = await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-site"]'));
    typeInto(site, 'https://Forum.Example.org/t/42');
    typeInto(container.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!, 'alice, @bob ,alice');
    await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!.value.includes('bob'));
    container.querySelector<HTMLButtonElement>('[data-testid="staff-save"]')!.click();
    await waitFor(() => container!.querySelector('[data-testid="staff-entry"][data-site="forum.example.org"]'));
    expect((await store.getSettings()).staffAccounts).toEqual({ 'forum.example.org': ['alice', 'bob'] });
    expect(host.sent.some((m) => m.name === 'store.changed')).toBe(true);
  });

  it("offers to read a site's stored threads again once its staff logins are saved, after asking for access", async () => {
    await store.saveScan(thread('https://blog.example.org/post/2', 'Second post'), [comment('Why is it slow?', ['question'])]);
    const asked: string[][] = [];
    const host = {
      ...fakeHost({ 'site.reread': () => ({ checked: 1, newFollowUps: 0, reopened: 0, failed: [{ url: 'https://blog.example.org/post/2', title: 'Second post', reason: { key: 'note.recheckHttp' as const, vars: { status: 404 } } }] }) }),
    };
    host.requestOrigins = async (origins: string[]) => {
      asked.push(origins);
      return asked.length > 1; // refused the first time
    };
    container = await mount(<Options store={store} host={host} />);
    typeInto(await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-site"]')), 'blog.example.org');
    typeInto(container.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!, 'editor');
    await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!.value === 'editor');
    container.querySelector<HTMLButtonElement>('[data-testid="staff-save"]')!.click();
    const reread = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="staff-reread"]'));
    expect(container.textContent).toContain('Saved. 2 threads of blog.example.org were scanned before: read them again so they show who answered.');
    expect(reread.textContent).toBe('Read those 2 threads again now');

    // Access refused: nothing is read, and the notice says what to do.
    reread.click();
    await waitFor(() => container!.textContent!.includes('needs access to blog.example.org'));
    expect(asked).toEqual([['https://blog.example.org/*']]);
    expect(host.sent.some((m) => m.name === 'site.reread')).toBe(false);

    // Granted: the background reads them; a thread it could not read is named with the reason. The button stays
    // focusable while it works (aria-disabled), and focus goes to the Site field when it goes.
    const again = container.querySelector<HTMLButtonElement>('[data-testid="staff-reread"]')!;
    again.focus();
    again.click();
    await waitFor(() => container!.textContent!.includes('Read 1 thread of blog.example.org again.'));
    expect(host.sent.filter((m) => m.name === 'site.reread').map((m) => m.data)).toEqual([{ site: 'blog.example.org', urls: ['https://blog.example.org/post/1', 'https://blog.example.org/post/2'] }]);
    expect(container.textContent).toContain('1 could not be read: Second post: the page answered HTTP 404');
    expect(container.querySelector('[data-testid="staff-reread"]')).toBeNull();
    expect(document.activeElement).toBe(container.querySelector('[data-testid="staff-site"]'));
  });

  it('reads a site of many threads again ten at a time, so no one background task runs long', async () => {
    for (let i = 2; i <= 23; i++) await store.saveScan(thread(`https://blog.example.org/post/${String(i).padStart(2, '0')}`, `Post ${i}`), [comment('Why?', ['question'])]);
    const host = fakeHost({ 'site.reread': (data) => ({ checked: data.urls.length, newFollowUps: 0, reopened: 0, failed: [] }) });
    container = await mount(<Options store={store} host={host} />);
    typeInto(await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-site"]')), 'blog.example.org');
    typeInto(container.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!, 'editor');
    await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!.value === 'editor');
    container.querySelector<HTMLButtonElement>('[data-testid="staff-save"]')!.click();
    (await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="staff-reread"]'))).click();
    await waitFor(() => container!.textContent!.includes('Read 23 threads of blog.example.org again.'));
    const batches = host.sent.filter((m) => m.name === 'site.reread').map((m) => (m.data as { urls: string[] }).urls);
    expect(batches.map((urls) => urls.length)).toEqual([10, 10, 3]);
    expect(new Set(batches.flat()).size).toBe(23);
  });

  it('offers nothing to read again for a site with no stored thread', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    typeInto(await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-site"]')), 'forum.example.org');
    typeInto(container.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!, 'alice');
    await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="staff-logins"]')!.value === 'alice');
    container.querySelector<HTMLButtonElement>('[data-testid="staff-save"]')!.click();
    await waitFor(() => container!.textContent!.includes('Saved. Scans of forum.example.org use these logins.'));
    expect(container.querySelector('[data-testid="staff-reread"]')).toBeNull();
  });

  it('reports a corrupt backup file clearly and changes nothing', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const input = await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="backup-import"]'));
    await chooseFile(input, '{"format": "threadsift-backup", "schemaVersion": 1, "threads": [oops');
    const error = await waitFor(() => container!.querySelector('[data-testid="restore-error"]'));
    expect(error.textContent).toMatch(/cannot be restored.*incomplete: it stops before its end/);
    expect(container.querySelector('[data-testid="confirm-restore"]')).toBeNull();
    expect((await store.listThreads())).toHaveLength(1);
  });

  it('restores a backup after confirming what it replaces', async () => {
    const backup = await store.exportBackup();
    await store.saveScan(thread('https://other.example/t/2', 'Second'), [comment('Is this a bug?', ['question'])]);
    container = await mount(<Options store={store} host={fakeHost()} />);
    const input = await waitFor(() => container!.querySelector<HTMLInputElement>('[data-testid="backup-import"]'));
    await waitFor(() => container!.textContent!.includes('3 comments'));
    await chooseFile(input, JSON.stringify(backup));
    const confirm = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-restore"]:not([aria-disabled="true"])'));
    expect(container.textContent).toContain('This replaces 2 threads and 3 comments');
    confirm.click();
    await waitFor(() => container!.textContent!.includes('Backup restored.'));
    expect((await store.listThreads()).map((t) => t.url)).toEqual(['https://blog.example.org/post/1']);
  });

  it('clears everything after a confirmation, and Undo puts it all back', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const clear = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="clear-all"]'));
    clear.click();
    const confirm = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="confirm-clear"]:not([aria-disabled="true"])'));
    expect((await store.listItems())).toHaveLength(2); // nothing deleted before confirming
    confirm.click();
    const undo = await waitFor(() => container!.querySelector<HTMLButtonElement>('[data-testid="undo"]:not([aria-disabled="true"])'));
    expect(await store.listItems()).toHaveLength(0);
    undo.click();
    await waitFor(() => container!.textContent!.includes('Undone'));
    expect(await store.listItems()).toHaveLength(2);
  });

  it('exports corrections in their file format, and imports a hand-edited or older file as one correction per text', async () => {
    await store.addCorrection({ text: 'Where is the export buton?', labels: ['question'], site: 'blog.example.org' });
    const files: Array<{ name: string; text: string }> = [];
    container = await mount(<Options store={store} host={fakeHost()} download={(name, text) => files.push({ name, text })} />);
    await waitFor(() => container!.textContent!.includes('1 correction by hand'));
    [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Export corrections')!.click();
    const exported = JSON.parse(files[0].text);
    expect(exported).toMatchObject({ format: 'threadsift-corrections', version: 1 });

    // Staff fix the typo in the file but leave its id: the import must not keep two corrections for that text.
    exported.corrections[0].text = 'Where is the export button?';
    const input = container.querySelector<HTMLInputElement>('[data-testid="corrections-import"]')!;
    await chooseFile(input, JSON.stringify(exported));
    await waitFor(() => container!.textContent!.includes('2 corrections by hand'));
    const stored = await store.listCorrections();
    expect(stored.map((c) => c.text).sort()).toEqual(['Where is the export buton?', 'Where is the export button?']);
    expect((await store.getCorrection('Where is the export button?'))?.labels).toEqual(['question']);

    // A relabel made in the dashboard after this page loaded its copy survives the next import.
    await store.addCorrection({ text: 'The map crashes on zoom.', labels: ['bug'], site: 'blog.example.org' });
    await chooseFile(input, JSON.stringify(exported));
    const storeHas = async (count: number) => {
      for (let i = 0; i < 200 && (await store.listCorrections()).length !== count; i++) await new Promise((r) => setTimeout(r, 10));
      return (await store.listCorrections()).length;
    };
    expect(await storeHas(3)).toBe(3);
    expect((await store.getCorrection('The map crashes on zoom.'))?.labels).toEqual(['bug']);
    await store.replaceCorrections((await store.listCorrections()).filter((c) => c.text !== 'The map crashes on zoom.'));

    // A file the page wrote before the format existed (a bare list) still imports; a damaged one changes nothing.
    await chooseFile(input, JSON.stringify([{ ...exported.corrections[0], text: 'Thanks a lot!', labels: ['thanks'] }]));
    expect(await storeHas(3)).toBe(3);
    expect((await store.getCorrection('Thanks a lot!'))?.labels).toEqual(['thanks']);
    await chooseFile(input, JSON.stringify({ format: 'threadsift-corrections', version: 1, corrections: [{ text: 42 }] }));
    await waitFor(() => container!.textContent!.includes('Nothing was imported. This corrections file is damaged'));
    expect(await store.listCorrections()).toHaveLength(3);
  });

  it('switches theme and language from settings', async () => {
    container = await mount(<Options store={store} host={fakeHost()} />);
    const theme = await waitFor(() => container!.querySelector<HTMLSelectElement>('[data-testid="theme"]'));
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => document.documentElement.dataset.theme === 'dark');
    const language = container.querySelector<HTMLSelectElement>('[data-testid="language"]')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => container!.textContent!.includes('Cuentas del equipo'));
    expect((await store.getSettings()).locale).toBe('es');
  });
});

describe('staff input parsing', () => {
  it('normalises sites and logins', () => {
    expect(normaliseSite(' Forum.Example.org ')).toBe('forum.example.org');
    expect(normaliseSite('https://www.inaturalist.org/blog/1')).toBe('www.inaturalist.org');
    expect(parseLogins('alice,\n@bob, , alice')).toEqual(['alice', 'bob']);
  });
});
