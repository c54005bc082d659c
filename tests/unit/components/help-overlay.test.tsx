// @vitest-environment jsdom
// The "?" overlay is a modal: Tab must not wander into the page behind it, and closing it must put
// focus back where the user was rather than on <body>.
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { HelpOverlay } from '../../../components/HelpOverlay';
import { setLocale } from '../../../lib/i18n';
import { mount, unmount } from './helpers';

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="before">Before</button>
      <button type="button" data-testid="opener" onClick={() => setOpen(true)}>?</button>
      {open ? <HelpOverlay onClose={() => setOpen(false)} /> : null}
      <button type="button" data-testid="after">After</button>
    </>
  );
}

describe('HelpOverlay', () => {
  let container: HTMLElement | null = null;
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
  });

  async function open(): Promise<{ opener: HTMLButtonElement; close: HTMLButtonElement }> {
    container = await mount(<Page />);
    const opener = container.querySelector<HTMLButtonElement>('[data-testid="opener"]')!;
    opener.focus();
    await act(() => opener.click());
    const close = [...container.querySelectorAll<HTMLButtonElement>('[data-testid="help"] button')].find((b) => b.textContent === 'Close')!;
    return { opener, close };
  }

  /** jsdom does not move focus on Tab by itself: a Tab the dialog did not stop would leave it. */
  async function tab(options: KeyboardEventInit = {}): Promise<boolean> {
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, ...options });
    await act(() => void (document.activeElement ?? document.body).dispatchEvent(event));
    return event.defaultPrevented;
  }

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { close } = await open();
    expect(document.activeElement).toBe(close);
    expect(await tab()).toBe(true);
    expect(document.activeElement).toBe(close);
    expect(await tab({ shiftKey: true })).toBe(true);
    expect(document.activeElement).toBe(close);
    // After a click on the dialog's text focus is on <body>; Tab still comes back in.
    close.blur();
    expect(await tab()).toBe(true);
    expect(document.activeElement).toBe(close);
  });

  it('gives focus back to the control that opened it when it closes', async () => {
    const { opener, close } = await open();
    await act(() => close.click());
    expect(container!.querySelector('[data-testid="help"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('gives focus back after a click on the backdrop too', async () => {
    const { opener } = await open();
    await act(() => container!.querySelector<HTMLElement>('.overlay')!.click());
    expect(document.activeElement).toBe(opener);
  });
});
