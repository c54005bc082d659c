// The list's "To" date takes the whole local day, also on the days the clocks change (23 or 25 hours long).
import { afterEach, describe, expect, it } from 'vitest';
import { queueFilterFor } from '../../../components/queueView';
import { NO_FILTERS } from '../../../components/FilterBar';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('queueFilterFor, the To date', () => {
  it.each([
    ['Europe/Berlin', '2024-10-27', '2024-10-27T22:59:59.999Z'], // clocks back: a 25-hour day
    ['Europe/Berlin', '2024-03-31', '2024-03-31T21:59:59.999Z'], // clocks forward: a 23-hour day
    ['America/New_York', '2024-11-03', '2024-11-04T04:59:59.999Z'],
    ['UTC', '2024-06-01', '2024-06-01T23:59:59.999Z'],
  ])('in %s, To %s ends at %s', (tz, day, end) => {
    process.env.TZ = tz;
    expect(queueFilterFor('all', { ...NO_FILTERS, to: day }, '').to).toBe(end);
  });
});
