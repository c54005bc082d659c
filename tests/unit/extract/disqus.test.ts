// @vitest-environment node
// Disqus inside its frame, on a hand-built frame document: the thread is the host page named by t_u,
// replies nest in ul.children, the moderator badge is staff, guests and deleted comments are kept.
import { describe, expect, it } from 'vitest';
import { extractThread, detectPlatform } from '../../../lib/extract/registry';
import { SCAN_TIME } from './load';
import { CHROME_WORDS, expectedFor, loadPlatformPage, platformSnapshot } from './platform-pages';

const DIR = 'disqus-frame';

describe('disqus', () => {
  it('matches the hand-checked snapshot', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    expect(detectPlatform(doc)).toBe('disqus');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    expect(platformSnapshot(result)).toEqual(expectedFor(DIR));
  });

  it('links comments on the host page and reads nesting, badges, guests and the deleted comment', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    const { thread, comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(thread).toMatchObject({ url: 'https://blog.example.org/2026/01/backup-timeouts/', title: 'Backup timeouts in 2.3', commentCountClaimed: 6 });
    expect(comments.map((c) => [c.id, c.author, c.parentId, c.staff])).toEqual([
      ['post-6100000002', 'tomvdb', null, false],
      ['post-6100000003', 'priya_s', 'post-6100000002', false],
      ['post-6100000004', 'olivia_ops', 'post-6100000003', true],
      ['post-6100000006', '', null, false],
      ['post-6100000007', 'kwame_a', 'post-6100000006', false],
      ['post-6100000005', 'Jonas', null, false],
    ]);
    expect(comments[0].authorName).toBe('Tom van den Berg');
    expect(comments[0].publishedAt).toBe('2026-01-14T11:15:00');
    expect(comments[0].permalink).toBe('https://blog.example.org/2026/01/backup-timeouts/#comment-6100000002');
    expect(comments[1].quotes).toEqual(['set backup_timeout = 900']);
    expect(comments[3]).toMatchObject({ deleted: true, text: '' });
    for (const c of comments) expect(c.text).not.toMatch(CHROME_WORDS);
  });
});
