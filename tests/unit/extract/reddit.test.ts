// @vitest-environment node
// Reddit on two hand-built pages: old Reddit (.thing.comment, .child > .sitetable nesting) and new Reddit
// (shreddit-comment attributes). OP, moderator and admin markers; deleted comments keep their replies.
import { describe, expect, it } from 'vitest';
import { extractThread, detectPlatform } from '../../../lib/extract/registry';
import { SCAN_TIME, htmlDoc } from './load';
import { CHROME_WORDS, expectedFor, loadPlatformPage, platformPage, platformSnapshot } from './platform-pages';
import { noteText } from '../../../lib/i18n';

describe('reddit', () => {
  for (const dir of ['reddit-old', 'reddit-new']) {
    it(`${dir}: matches the hand-checked snapshot, without chrome in the texts`, async () => {
      const { doc, url } = loadPlatformPage(dir);
      expect(detectPlatform(doc)).toBe('reddit');
      const result = await extractThread(doc, { url, now: SCAN_TIME });
      expect(platformSnapshot(result)).toEqual(expectedFor(dir));
      for (const c of result.comments) expect(c.text).not.toMatch(CHROME_WORDS);
    });
  }

  it('old Reddit: nesting, submitter/moderator/admin, deleted parent', async () => {
    const { doc, url } = loadPlatformPage('reddit-old');
    const { thread, comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(thread).toMatchObject({ author: 'nightowl_dev', commentCountClaimed: 7, title: 'Nightly backups fail since 2.3' });
    expect(comments.map((c) => [c.id, c.parentId, c.staff ? c.staffReason : null])).toEqual([
      ['t1_kq4d', null, 'platform-role'],
      ['t1_kq2b', null, null],
      ['t1_kq3c', 't1_kq2b', 'post-author'],
      ['t1_kq5e', 't1_kq3c', 'post-author'],
      ['t1_kq6f', null, null],
      ['t1_kq7g', 't1_kq6f', null],
      ['t1_kq8h', null, 'platform-role'],
    ]);
    expect(comments[4]).toMatchObject({ author: '[deleted]', deleted: true, text: '' });
    expect(comments[2].quotes).toEqual(['raise the job timeout to 900']);
    expect(comments[0].permalink).toBe('https://old.reddit.com/r/selfhosted/comments/1q2xyz/nightly_backups_fail_since_23/kq4d/');
  });

  it('old Reddit: the post author is OP even without the submitter class', async () => {
    const { html, url } = platformPage('reddit-old');
    const doc = htmlDoc(html.replace(/ submitter/g, '').replace(/\[<a class="submitter"[^\]]*\]/g, ''), url);
    const { comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(comments.filter((c) => c.staffReason === 'post-author').map((c) => c.id)).toEqual(['t1_kq3c', 't1_kq5e']);
  });

  it('new Reddit: parentid/depth nesting, OP by shreddit-post[author], MOD label, the unloaded reply reported', async () => {
    const { doc, url } = loadPlatformPage('reddit-new');
    const { thread, comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(comments.map((c) => [c.id, c.parentId, c.staff ? c.staffReason : null])).toEqual([
      ['t1_kq4d', null, 'platform-role'],
      ['t1_kq1a', null, null],
      ['t1_kq2b', 't1_kq1a', null],
      ['t1_kq3c', 't1_kq2b', 'post-author'],
      ['t1_kq6f', null, null],
      ['t1_kq7g', 't1_kq6f', null],
    ]);
    expect(comments[4]).toMatchObject({ deleted: true, text: '' });
    expect(thread.commentCountClaimed).toBe(7);
    expect(thread.warnings.map(noteText).some((w) => w.includes('7') && w.includes('6'))).toBe(true);
  });
});
