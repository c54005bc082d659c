import { describe, expect, it } from 'vitest';
import { fromEpoch, parseAbsoluteDate, parseAnyDate, parseDateAttribute, parseRelativeTime } from '../../../lib/extract/dates';

const NOW = new Date('2026-01-15T12:00:00Z');

describe('dates', () => {
  it('reads ISO attributes with zones into UTC, and keeps zone-less ones as wall-clock time', () => {
    expect(parseDateAttribute('2023-05-02T10:11:12-07:00')).toBe('2023-05-02T17:11:12.000Z');
    expect(parseDateAttribute('2019-08-03T04:11:57+00:00')).toBe('2019-08-03T04:11:57.000Z');
    expect(parseDateAttribute('2015-03-11')).toBe('2015-03-11T00:00:00');
    expect(parseDateAttribute('comment_date')).toBeNull();
    expect(parseDateAttribute('')).toBeNull();
  });

  it('reads epoch milliseconds and seconds', () => {
    expect(fromEpoch('1559192764955')).toBe('2019-05-30T05:06:04.955Z');
    expect(fromEpoch(1559192764)).toBe('2019-05-30T05:06:04.000Z');
    expect(parseDateAttribute('1559192764955')).toBe('2019-05-30T05:06:04.955Z');
  });

  it('reads absolute dates as sites print them', () => {
    expect(parseAbsoluteDate('August 3, 2019 at 4:11 pm')).toBe('2019-08-03T16:11:00');
    expect(parseAbsoluteDate('10. Februar 2019 um 18:05\u00a0Uhr')).toBe('2019-02-10T18:05:00');
    expect(parseAbsoluteDate('08 Dec 2013 10:17')).toBe('2013-12-08T10:17:00');
    expect(parseAbsoluteDate('於 2013/12/28 10:28')).toBe('2013-12-28T10:28:00');
    expect(parseAbsoluteDate('2013年12月28日 下午 3:05')).toBe('2013-12-28T15:05:00');
    expect(parseAbsoluteDate('Jun 20th at 2:41 am', { fallbackYear: 2019 })).toBe('2019-06-20T02:41:00');
    expect(parseAbsoluteDate('12 de marzo de 2020')).toBe('2020-03-12T00:00:00');
    expect(parseAbsoluteDate('03/04/2019', { dayFirst: false })).toBe('2019-03-04T00:00:00');
    expect(parseAbsoluteDate('03/04/2019', { dayFirst: true })).toBe('2019-04-03T00:00:00');
    expect(parseAbsoluteDate('no date here')).toBeNull();
  });

  it.each([
    ['about 2 years ago', '2024-01-15T12:00:00.000Z'],
    ['hace alrededor de 2 años', '2024-01-15T12:00:00.000Z'],
    ['vor 3 Tagen', '2026-01-12T12:00:00.000Z'],
    ['vor einer Stunde', '2026-01-15T11:00:00.000Z'],
    ['il y a 2 jours', '2026-01-13T12:00:00.000Z'],
    ['il y a environ 2 ans', '2024-01-15T12:00:00.000Z'],
    ['há 3 dias', '2026-01-12T12:00:00.000Z'],
    ['2 giorni fa', '2026-01-13T12:00:00.000Z'],
    ['3 dagen geleden', '2026-01-12T12:00:00.000Z'],
    ['ongeveer 1 jaar geleden', '2025-01-15T12:00:00.000Z'],
    ['3日前', '2026-01-12T12:00:00.000Z'],
    ['3天前', '2026-01-12T12:00:00.000Z'],
    ['約2年前', '2024-01-15T12:00:00.000Z'],
    ['5分钟前', '2026-01-15T11:55:00.000Z'],
    ['2 weeks ago', '2026-01-01T12:00:00.000Z'],
    ['an hour ago', '2026-01-15T11:00:00.000Z'],
    ['yesterday', '2026-01-14T12:00:00.000Z'],
  ])('resolves "%s" against the scan time', (text, iso) => {
    expect(parseRelativeTime(text, NOW)).toBe(iso);
    expect(parseAnyDate(text, NOW)).toBe(iso);
  });

  it('does not take ordinary text for a time', () => {
    expect(parseRelativeTime('a great post', NOW)).toBeNull();
    expect(parseRelativeTime('vor dem Haus', NOW)).toBeNull();
  });
});
