// @vitest-environment node
// Disqus inside its frame, on a hand-built frame document: the thread is the host page named by t_u,
// replies nest in ul.children, the moderator badge is staff, guests and deleted comments are kept.
import { describe, expect, it } from 'vitest';
import { extractThread, detectPlatform } from '../../../lib/extract/registry';
import { SCAN_TIME } from './load';
import { keptOnThisSite } from '../../../lib/extract/own-site';
import { CHROME_WORDS, expectedFor, loadPlatformPage, platformSnapshot } from './platform-pages';
import { noteText } from '../../../lib/i18n';

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

  it('takes the host page from t_u only inside Disqus\'s own frame', async () => {
    // Any page can carry Disqus-like markup and put another site's thread in its own URL.
    const { doc } = loadPlatformPage(DIR);
    const url = 'https://evil.example.net/cats?t_u=https%3A%2F%2Fblog.example.org%2F2026%2F01%2Fbackup-timeouts%2F&t_t=Backup';
    const { thread } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(thread.url).toBe(url);
  });
});

describe('the address a scanned thread is filed under', () => {
  const read = (threadUrl: string) => ({
    thread: { url: threadUrl, title: 'T', platform: 'disqus', author: null, commentCountClaimed: null, warnings: [] },
    comments: [],
  });

  it("stays the thread's own where it is on the tab's site", () => {
    expect(keptOnThisSite(read('https://blog.example.org/post/'), 'https://blog.example.org/post/#comments').thread.url).toBe('https://blog.example.org/post/');
    expect(keptOnThisSite(read('https://example.org/post/'), 'https://www.example.org/post/?amp=1').thread.url).toBe('https://example.org/post/');
    expect(keptOnThisSite(read('https://example.org/post/'), 'https://m.example.org/post/').thread.url).toBe('https://example.org/post/');
    // An AMP cache page serves the original, whose site its thread is on.
    expect(keptOnThisSite(read('https://example.com/post/amp/'), 'https://example-com.cdn.ampproject.org/c/s/example.com/post/amp/').thread.url).toBe('https://example.com/post/amp/');
  });

  it('is the tab\'s own where a blog on a shared host names the host\'s own site', () => {
    expect(keptOnThisSite(read('https://wordpress.com/forums/topic/42'), 'https://attacker.wordpress.com/post/').thread.url).toBe('https://attacker.wordpress.com/post/');
  });

  it("is the tab's own where the page names another site's thread, and says so", () => {
    const kept = keptOnThisSite(read('https://forum.example.org/t/42'), 'https://evil.example.net/cats#top');
    expect(kept.thread.url).toBe('https://evil.example.net/cats');
    expect(kept.thread.warnings.map(noteText).join(' ')).toContain('https://forum.example.org/t/42');
  });
});
