// Date forms the unseen generic pages print, added to lib/extract/dates.ts for them: wpDiscuz' German
// "1 Stunde 51 Minuten her", Polish month names and "temu", and US dates whose second number can only be a day.
import { describe, expect, it } from 'vitest';
import { parseAnyDate, parseRelativeTime } from '../../../lib/extract/dates';

const NOW = new Date('2026-01-15T12:00:00Z');

describe('dates used by generic pages', () => {
  it('adds up every unit of a relative time', () => {
    expect(parseRelativeTime('50 Minuten 46 Sekunden her', NOW)).toBe('2026-01-15T11:09:14.000Z');
    expect(parseRelativeTime('1 Stunde 51 Minuten her', NOW)).toBe('2026-01-15T10:09:00.000Z');
    expect(parseRelativeTime('2 hours 5 minutes ago', NOW)).toBe('2026-01-15T09:55:00.000Z');
    expect(parseRelativeTime('vor 3 Tagen', NOW)).toBe('2026-01-12T12:00:00.000Z');
  });

  it('reads Polish times', () => {
    expect(parseRelativeTime('3 dni temu', NOW)).toBe('2026-01-12T12:00:00.000Z');
    expect(parseAnyDate('12 października 2019, 14:05', NOW)).toBe('2019-10-12T14:05:00');
    expect(parseAnyDate('3 maja 2021', NOW)).toBe('2021-05-03T00:00:00');
    expect(parseAnyDate('27 czerwca 2020', NOW)).toBe('2020-06-27T00:00:00');
  });

  it('does not read "her" inside a sentence as a time', () => {
    expect(parseRelativeTime('gave her 2 days', NOW)).toBeNull();
  });

  it('takes a number above 12 as the day whatever the locale', () => {
    expect(parseAnyDate('Mon, 04/13/2024 - 10:03', NOW, { dayFirst: false })).toBe('2024-04-13T10:03:00');
    expect(parseAnyDate('13/04/2024', NOW, { dayFirst: false })).toBe('2024-04-13T00:00:00');
    expect(parseAnyDate('03/04/2024', NOW, { dayFirst: true })).toBe('2024-04-03T00:00:00');
    expect(parseAnyDate('03/04/2024', NOW, { dayFirst: false })).toBe('2024-03-04T00:00:00');
  });
});
