import { describe, expect, it } from 'vitest';
import { benchStore } from '../../../scripts/bench-store';

describe('benchStore', () => {
  it('runs end to end on small sizes and reports a figure per step (every 10th of the first 285 edited)', async () => {
    const lines = await benchStore({ comments: 300, queue: 3_000 });
    expect(lines[0]).toMatch(/^saveScan 300 new comments .*: \d+\.\d ms \(added 300\)$/);
    expect(lines[1]).toMatch(/edited 29, gone 15, added 15/);
    expect(lines[2]).toMatch(/^listItems 315: /);
    expect(lines.filter((l) => /^filterQueue 3000, .*median \d+\.\d ms/.test(l))).toHaveLength(6);
  });
});
