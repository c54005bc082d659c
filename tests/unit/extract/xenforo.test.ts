// @vitest-environment node
// XenForo 2 on a hand-built thread page (page 1 of 3): the opening post is the post, quotes kept apart,
// quoting a post = replying to it, staff banner and thread starter as staff, pagination read or reported.
import { describe, expect, it } from 'vitest';
import { extractThread, detectPlatform } from '../../../lib/extract/registry';
import { SCAN_TIME, htmlDoc } from './load';
import { CHROME_WORDS, expectedFor, loadPlatformPage, platformPage, platformSnapshot } from './platform-pages';
import { noteText } from '../../../lib/i18n';

const DIR = 'xenforo-thread';

describe('xenforo', () => {
  it('matches the hand-checked snapshot', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    expect(detectPlatform(doc)).toBe('xenforo');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    expect(platformSnapshot(result)).toEqual(expectedFor(DIR));
  });

  it('reads 4 replies after the opening post, with staff, starter, quotes and the deleted post', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    const { thread, comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(thread.author).toBe('marta_k');
    expect(comments.map((c) => c.id)).toEqual(['post-51236', 'post-51240', 'post-51244', 'post-51251']);
    const [staffReply, question, deleted, thanks] = comments;
    expect(staffReply).toMatchObject({ author: 'Paul Reyes', staff: true, staffReason: 'platform-role', parentId: null });
    expect(staffReply.publishedAt).toBe('2025-11-04T07:02:51.000Z');
    expect(staffReply.quotes).toEqual(['Log says ERR_BACKUP_TIMEOUT after 300s. Anyone else?']);
    expect(staffReply.text).not.toContain('said:');
    expect(question.text).not.toContain('dexter —'); // the signature stays out
    expect(question.staff).toBe(false);
    expect(deleted).toMatchObject({ deleted: true, text: '' });
    expect(thanks).toMatchObject({ author: 'marta_k', staff: true, staffReason: 'post-author', parentId: 'post-51236' });
    for (const c of comments) expect(c.text).not.toMatch(CHROME_WORDS);
    expect(thread.pages).toEqual({ read: [1], total: 3 });
    expect(thread.warnings.map(noteText)).toContain('Read page 1 of 3 of the comments only.');
  });

  it('follows the page navigation with a same-origin fetch', async () => {
    const { html, url } = platformPage(DIR);
    const page = (n: number, id: number) =>
      html
        .replace(/pageNav-page pageNav-page--current /g, 'pageNav-page ')
        .replace(`<li class="pageNav-page "><a href="/threads/backup-plugin-fails-after-2-3-update.8812/page-${n}">${n}</a>`, `<li class="pageNav-page pageNav-page--current "><a href="/threads/backup-plugin-fails-after-2-3-update.8812/page-${n}">${n}</a>`)
        .replace(/<article class="message message--post[\s\S]*<\/article>/, `<article class="message message--post js-post" data-author="page${n}_user" data-content="post-${id}" id="js-post-${id}"><time class="u-dt" datetime="2025-11-0${n}T10:00:00+0000"></time><div class="message-body"><div class="bbWrapper">Post on page ${n}</div></div></article>`);
    const requests: string[] = [];
    const fetch = async (u: string) => {
      requests.push(u);
      const n = /page-(\d+)$/.exec(u)?.[1];
      return { ok: !!n, status: n ? 200 : 404, text: async () => page(+n!, 60000 + +n!) };
    };
    const doc = htmlDoc(html, url);
    const result = await extractThread(doc, { url, now: SCAN_TIME, fetch, parseHtml: (h, u) => htmlDoc(h, u) });
    expect(requests).toEqual([`${url}page-2`, `${url}page-3`]);
    expect(result.thread.pages).toEqual({ read: [1, 2, 3], total: 3 });
    expect(result.comments.map((c) => c.id)).toEqual(['post-51236', 'post-51240', 'post-51244', 'post-51251', 'post-60002', 'post-60003']);
    expect(result.thread.warnings).toEqual([]);
  });
});
