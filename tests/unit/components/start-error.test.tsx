// @vitest-environment jsdom
// When the Options page cannot open the database it says so in plain words, as an alert, with a
// "Try again" that starts the page once the database is there.
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { waitFor } from './helpers';

describe('a page that cannot start', () => {
  afterAll(() => vi.unstubAllGlobals());

  it('explains the problem and starts on "Try again"', async () => {
    // helpers.tsx installs fake-indexeddb; take it away so opening the database fails.
    vi.stubGlobal('indexedDB', undefined);
    document.body.innerHTML = '<div id="app"></div>';
    await import('../../../entrypoints/options/main');

    const alert = await waitFor(() => document.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('Threadsift could not open its database. Close other Threadsift tabs or restart the browser');
    expect(alert.textContent).not.toContain('Something went wrong:');
    const retry = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;

    vi.stubGlobal('indexedDB', new IDBFactory());
    await act(() => retry.click());
    await waitFor(() => document.querySelector('h1')?.textContent === 'Threadsift options');
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });
});
