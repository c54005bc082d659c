// @vitest-environment node
// Lemmy (lemmy-ui) on a hand-built post page: logins from a.person-listing, nested ul.comments, OP/mod/admin
// badges, tooltip dates with their GMT offset, remote users and a deleted comment that keeps its reply.
import { describe, expect, it } from 'vitest';
import { extractThread, detectPlatform } from '../../../lib/extract/registry';
import { SCAN_TIME } from './load';
import { CHROME_WORDS, expectedFor, loadPlatformPage, platformSnapshot } from './platform-pages';

const DIR = 'lemmy-post';

describe('lemmy', () => {
  it('matches the hand-checked snapshot', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    expect(detectPlatform(doc)).toBe('lemmy');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    expect(platformSnapshot(result)).toEqual(expectedFor(DIR));
  });

  it('reads logins, nesting, roles and times', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    const { thread, comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(thread).toMatchObject({ author: 'selfhost_sara', commentCountClaimed: 7, title: 'Federation queue stalls after restart', warnings: [] });
    expect(comments.map((c) => [c.id, c.author, c.parentId, c.staff ? c.staffReason : null])).toEqual([
      ['comment-880101', 'modbot_mia', null, 'platform-role'],
      ['comment-880102', 'tuxfan', null, null],
      ['comment-880103', 'kb@feddit.example', 'comment-880102', null],
      ['comment-880104', 'selfhost_sara', null, 'post-author'],
      ['comment-880105', 'moss', null, null],
      ['comment-880107', 'rin', 'comment-880105', null],
      ['comment-880106', 'ana_ops', null, 'platform-role'],
    ]);
    expect(comments[1].authorName).toBe('Tux Fan');
    // "Wednesday, January 14th, 2026 at 8:31:12 PM GMT+01:00" -> 19:31:12 UTC
    expect(comments[0].publishedAt).toBe('2026-01-14T19:31:12.000Z');
    expect(comments[4]).toMatchObject({ deleted: true, text: '' });
    expect(comments[2].quotes).toEqual(['the federation queue stalls after a restart']);
    expect(comments[0].permalink).toBe('https://lemmy.example/comment/880101');
    for (const c of comments) expect(c.text).not.toMatch(CHROME_WORDS);
  });
});
