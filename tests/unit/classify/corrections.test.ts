import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

describe('learning from staff corrections', () => {
  it('lets an exact-text correction win outright', () => {
    const text = 'Thanks for nothing, the export is still half empty.';
    const c = createClassifier({ corrections: [{ text, labels: ['other'] }] });
    expect(c.classify(text).labels).toEqual(['other']);
    // Whitespace and case differences are the same text to staff.
    expect(c.classify('  thanks for nothing,   the export is still half empty. ').labels).toEqual(['other']);
  });

  it('moves a similar unseen text toward the corrected label', () => {
    const similar = 'The leaderboard totals look odd again this week.';
    const before = createClassifier().classify(similar);
    expect(before.labels).not.toContain('bug');

    const adapted = createClassifier({
      corrections: [
        { text: 'The leaderboard totals look odd this month.', labels: ['bug'] },
        { text: 'Leaderboard totals look odd for our team.', labels: ['bug'] },
      ],
    });
    const after = adapted.classify(similar);
    expect(after.scores.bug).toBeGreaterThan(before.scores.bug + 0.2);
    expect(after.labels).toContain('bug');
  });

  it('does not disturb unrelated texts much', () => {
    const adapted = createClassifier({ corrections: [{ text: 'The leaderboard totals look odd this month.', labels: ['bug'] }] });
    expect(adapted.classify('Vielen Dank für den tollen Artikel!').labels[0]).toBe('thanks');
    expect(adapted.classify('How do I change my password?').labels[0]).toBe('question');
    expect(adapted.classify('We went to the coast for the weekend.').labels).toEqual(['other']);
  });

  it('changes the version so cached results of the old model are not reused', () => {
    const plain = createClassifier();
    const adapted = createClassifier({ corrections: [{ text: 'x y z', labels: ['bug'] }] });
    expect(adapted.version).not.toBe(plain.version);
    expect(createClassifier({ corrections: [{ text: 'x y z', labels: ['bug'] }] }).version).toBe(adapted.version);
  });

  it('ignores malformed corrections', () => {
    const c = createClassifier({ corrections: [{ text: 'hello', labels: [] }, null as never, { text: 5 as never, labels: ['bug'] }] });
    expect(c.classify('hello').labels).toEqual(['other']);
  });
});
