import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import shippedComment from '../../../lib/classify/comment-model.json';
import { createClassifier } from '../../../lib/classify/index';
import type { ModelData } from '../../../lib/classify/model';
import { parseFixtureComments } from '../../../lib/classify/training-data';

const fixture = parseFixtureComments(readFileSync(new URL('../../../../shared/datasets/fixture-comments/labelled-comments.jsonl', import.meta.url), 'utf8'));
const full = createClassifier();
const rulesOnly = createClassifier({ commentModel: null });

describe('the comment model', () => {
  it('is a versioned, compact model, and part of every cache key', () => {
    const data = shippedComment as ModelData;
    expect(data.version).toMatch(/^tcm1-[0-9a-f]{10}$/);
    expect(JSON.stringify(data).length).toBeLessThan(600_000);
    expect(full.version).toContain(data.version);
    // Results of the rules alone must never be served from the cache of the full classifier, or the reverse.
    expect(rulesOnly.version).not.toBe(full.version);
  });

  it('only reorders what the rules found: no label added or lost, and thanks first only where the rules put it', () => {
    let reordered = 0;
    for (const item of fixture) {
      const rules = rulesOnly.classify(item.text).labels;
      const blended = full.classify(item.text).labels;
      const others = (labels: string[]) => labels.filter((l) => l !== 'other').sort();
      expect(others(blended), item.text).toEqual(others(rules));
      if (blended[0] === 'thanks') expect(rules[0], item.text).toBe('thanks');
      if (blended[0] !== rules[0]) reordered++;
    }
    // It does change something on real comments (otherwise it would be dead weight).
    expect(reordered).toBeGreaterThan(0);
  });

  it('learns from staff corrections too: a chatty "?" comment like two relabelled ones leads with other', () => {
    const corrected = [
      'Does anyone else remember the old forum layout? Good times, we used to chat there every night.',
      'Has anyone noticed how quiet the board has been lately? I miss the old regulars, they made this place.',
    ];
    const similar = 'Is it just me or are the photos getting better every year? This community has grown so much.';
    expect(full.classify(similar).labels[0]).toBe('question');
    const corrections = corrected.map((text) => ({ text, labels: ['other' as const] }));
    const adapted = createClassifier({ corrections });
    expect(adapted.classify(similar).labels[0]).toBe('other');
    // The question stays on it: staff can still find it among the questions.
    expect(adapted.classify(similar).labels).toContain('question');
    // The sentence model alone does not move it: the "?" keeps its floor.
    expect(createClassifier({ commentModel: null, corrections }).classify(similar).labels[0]).toBe('question');
  });
});
