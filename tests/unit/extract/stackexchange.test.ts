// @vitest-environment node
// Stack Exchange on a hand-built question page: answers are top-level comments, each post's comments reply to
// it, the asker is the post author, the moderator diamond is staff, the accepted answer is marked.
import { describe, expect, it } from 'vitest';
import { extractThread, detectPlatform } from '../../../lib/extract/registry';
import { SCAN_TIME } from './load';
import { CHROME_WORDS, expectedFor, loadPlatformPage, platformSnapshot } from './platform-pages';

const DIR = 'stackexchange-question';

describe('stackexchange', () => {
  it('matches the hand-checked snapshot', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    expect(detectPlatform(doc)).toBe('stackexchange');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    expect(platformSnapshot(result)).toEqual(expectedFor(DIR));
  });

  it('reads the question comments, answers and answer comments with their roles', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    const { thread, comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(thread).toMatchObject({ author: 'Lena Fischer', commentCountClaimed: 2, warnings: [] });
    expect(comments.map((c) => [c.id, c.author, c.parentId, c.staff ? c.staffReason : null])).toEqual([
      ['comment-13900001', 'Ravi Kumar', null, null],
      ['comment-13900007', 'Lena Fischer', null, 'post-author'],
      ['answer-7790050', 'pgdev', null, null],
      ['comment-13900042', 'Lena Fischer', 'answer-7790050', 'post-author'],
      ['comment-13900055', 'Marta Gomez', 'answer-7790050', 'platform-role'],
      ['answer-7790077', 'quickfix99', null, null],
    ]);
    const accepted = comments.filter((c) => c.accepted).map((c) => c.id);
    expect(accepted).toEqual(['answer-7790050']);
    // The editor's signature (a moderator) comes first; the answer's time and author are the owner's.
    expect(comments[2].publishedAt).toBe('2025-09-02T15:03:44.000Z');
    expect(comments[2].quotes).toEqual(['Changed in version 3.2: connect_timeout is honoured for every host in a multi-host DSN.']);
    expect(comments[5].deleted).toBe(true);
    expect(comments[0].publishedAt).toBe('2025-09-02T14:31:07.000Z');
    for (const c of comments) expect(c.text).not.toMatch(CHROME_WORDS);
    for (const c of comments) expect(c.text).not.toMatch(/Improve this answer|Share|Follow|reputation/);
  });
});
