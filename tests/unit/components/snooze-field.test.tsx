// @vitest-environment jsdom
// Snoozing to a typed date: nothing is snoozed while the date is typed, only when staff press Snooze or Enter, and a
// day that is not after today (or years away) is refused with a message instead of a snooze that ended already.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { SnoozeField } from '../../../components/SnoozeField';
import { setLocale } from '../../../lib/i18n';
import { isoToDateInput } from '../../../components/triageKeys';
import { mount, press, unmount } from './helpers';

function localDate(daysFromToday: number): string {
  const now = new Date();
  return isoToDateInput(new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysFromToday).toISOString());
}

describe('SnoozeField', () => {
  let container: HTMLElement | null = null;
  afterEach(async () => {
    if (container) await unmount(container);
    container = null;
  });

  async function setup() {
    setLocale('en');
    const snoozed: string[] = [];
    container = await mount(<SnoozeField current={null} onSnooze={(iso) => snoozed.push(iso)} />);
    const input = container.querySelector<HTMLInputElement>('input[type="date"]')!;
    const type = async (value: string) =>
      act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    const button = container.querySelector<HTMLButtonElement>('[data-testid="snooze-date"]')!;
    const problem = () => container!.querySelector('.field-problem')!.textContent;
    return { snoozed, input, type, button, problem };
  }

  it('snoozes nothing while a date is typed, then the date chosen when Snooze is pressed', async () => {
    const { snoozed, type, button } = await setup();
    // What Chrome's field reports while the year is typed digit by digit.
    for (const year of ['0001', '0019', '0190', '1902']) await type(`${year}-12-15`);
    expect(snoozed).toEqual([]);
    const wanted = localDate(10);
    await type(wanted);
    await act(() => button.click());
    expect(snoozed).toHaveLength(1);
    expect(isoToDateInput(snoozed[0])).toBe(wanted);
  });

  it('names the date field "Snooze until" (the button is not part of its label)', async () => {
    const { input } = await setup();
    expect([...input.labels!].map((label) => label.textContent)).toEqual(['Snooze until']);
  });

  it('takes Enter as Snooze', async () => {
    const { snoozed, input, type } = await setup();
    await type(localDate(3));
    await press('Enter', {}, input);
    expect(snoozed).toHaveLength(1);
  });

  it('refuses today, a past day and a slip of years, saying why', async () => {
    const { snoozed, input, type, button, problem } = await setup();
    for (const day of [localDate(0), localDate(-30), '1902-12-15', localDate(365 * 6)]) {
      await type(day);
      await act(() => button.click());
      expect(problem(), day).not.toBe('');
      expect(input.getAttribute('aria-invalid')).toBe('true');
    }
    expect(snoozed).toEqual([]);
    await type('');
    await act(() => button.click());
    expect(problem()).toMatch(/pick a date/i);
    expect(snoozed).toEqual([]);
  });
});
