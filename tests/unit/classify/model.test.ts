import { describe, expect, it } from 'vitest';
import shipped from '../../../lib/classify/model.json';
import { createClassifier } from '../../../lib/classify/index';
import { base64ToBytes, bytesToBase64, decodeModel, encodeModel, LinearModel, type ModelData } from '../../../lib/classify/model';
import { splitSentences } from '../../../lib/classify/text';

describe('model file', () => {
  // Load time is reported by `npm run bench`.
  it('is a versioned, compact model that decodes', () => {
    const data = shipped as ModelData;
    expect(data.version).toMatch(/^tsc1-[0-9a-f]{10}$/);
    expect(JSON.stringify(data).length).toBeLessThan(600_000);
    const decoded = decodeModel(JSON.parse(JSON.stringify(data)) as ModelData);
    expect(decoded.weights.length).toBeGreaterThan(0);
    expect(createClassifier().version.startsWith(data.version)).toBe(true);
  });

  it('round-trips weights through int8 quantisation', () => {
    const m = new LinearModel(['thanks', 'question', 'bug', 'other'], 1024);
    m.weights[5 * 4 + 1] = 2.5;
    m.weights[900 * 4 + 3] = -1.25;
    m.bias[2] = 0.5;
    const back = decodeModel(encodeModel(m, 'test', {}));
    expect(back.weights[5 * 4 + 1]).toBeCloseTo(2.5, 1);
    expect(back.weights[900 * 4 + 3]).toBeCloseTo(-1.25, 1);
    expect(back.weights[6 * 4]).toBe(0);
    expect(back.bias[2]).toBeCloseTo(0.5, 4);
  });

  it('base64 codec matches Node', () => {
    const bytes = Uint8Array.from({ length: 257 }, (_, i) => (i * 37) & 0xff);
    for (const n of [0, 1, 2, 3, 100, 257]) {
      const slice = bytes.subarray(0, n);
      expect(bytesToBase64(slice)).toBe(Buffer.from(slice).toString('base64'));
      expect(Array.from(base64ToBytes(Buffer.from(slice).toString('base64')))).toEqual(Array.from(slice));
      // Line breaks and stray characters inside are skipped, as Node's decoder skips them.
      const wrapped = Buffer.from(slice).toString('base64').replace(/(.{7})/g, '$1\n ');
      expect(Array.from(base64ToBytes(wrapped))).toEqual(Array.from(Buffer.from(wrapped, 'base64')));
    }
  });

  it('rejects an unknown format', () => {
    expect(() => decodeModel({ format: 'nope' } as unknown as ModelData)).toThrow(/format/);
  });
});

describe('sentence splitter', () => {
  it('splits Western and CJK punctuation and keeps abbreviations', () => {
    expect(splitSentences('Great post! Does it work on v2.1, e.g. on Linux? Thanks.')).toEqual(['Great post!', 'Does it work on v2.1, e.g. on Linux?', 'Thanks.']);
    expect(splitSentences('好美哦！請問這是哪裡？謝謝')).toEqual(['好美哦！', '請問這是哪裡？', '謝謝']);
    expect(splitSentences('line one\nline two')).toEqual(['line one', 'line two']);
  });
});
