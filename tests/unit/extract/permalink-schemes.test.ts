// @vitest-environment node
// Permalinks come from page markup: only http(s) links are kept (javascript:, data:, file: links are dropped and the
// comment gets a link built on the page instead), except a saved page's links onto itself.
import { describe, expect, it } from 'vitest';
import { makeComment } from '../../../lib/extract/page';
import { extractThread } from '../../../lib/extract/registry';
import { SCAN_TIME, htmlDoc } from './load';
import { platformPage } from './platform-pages';

const THREAD = 'https://old.reddit.com/r/selfhosted/comments/1q2xyz/nightly_backups_fail_since_23/';
const BAD = ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', ' JavaScript:alert(1)'];

const body = { text: 'Same here since 2.3.', quotes: [] };

describe('permalink schemes', () => {
  for (const bad of BAD) {
    it(`old Reddit drops a data-permalink of ${JSON.stringify(bad.slice(0, 12))} for the comment's anchor`, async () => {
      const { html } = platformPage('reddit-old');
      const tampered = html.replace('data-permalink="/r/selfhosted/comments/1q2xyz/nightly_backups_fail_since_23/kq4d/"', `data-permalink="${bad.replace(/"/g, '&quot;')}"`);
      expect(tampered).not.toBe(html);
      const { comments } = await extractThread(htmlDoc(tampered, THREAD), { url: THREAD, now: SCAN_TIME });
      expect(comments[0].id).toBe('t1_kq4d');
      expect(comments[0].permalink).toBe(`${THREAD}#t1_kq4d`);
      for (const c of comments) expect(c.permalink).toMatch(/^https:\/\//);
    });
  }

  it('new Reddit drops a javascript: permalink attribute', async () => {
    const { html, url } = platformPage('reddit-new');
    const tampered = html.replaceAll('permalink="/r/selfhosted/comments/1q2xyz/comment/kq4d/"', 'permalink="javascript:alert(1)"');
    expect(tampered).not.toBe(html);
    const { comments } = await extractThread(htmlDoc(tampered, url), { url, now: SCAN_TIME });
    const kq4d = comments.find((c) => c.id === 't1_kq4d')!;
    expect(kq4d.permalink).toBe(`${url.split('#')[0]}#t1_kq4d`);
    for (const c of comments) expect(c.permalink).toMatch(/^https:\/\//);
  });

  it('makeComment keeps web permalinks and replaces other schemes with the built link', () => {
    const page = 'https://example.com/post/1/';
    const make = (permalink: string, anchor: string | null = 'comment-7') => makeComment(page, { author: 'ana', publishedAt: null, body, permalink, anchor }).permalink;
    expect(make('https://example.com/post/1/#comment-7')).toBe('https://example.com/post/1/#comment-7');
    expect(make('http://example.com/?p=1#comment-7')).toBe('http://example.com/?p=1#comment-7');
    for (const bad of BAD) expect(make(bad)).toBe('https://example.com/post/1/#comment-7');
    expect(make('javascript:void(0)', null)).toBe('https://example.com/post/1/#:~:text=Same%20here%20since%202.3.');
  });

  it('makeComment keeps a saved page\'s links onto itself (rebased onto the canonical URL later)', () => {
    const local = 'file:///home/staff/Downloads/t/slug/123';
    const { permalink } = makeComment(local, { author: 'ana', publishedAt: null, body, permalink: `${local}/5` });
    expect(permalink).toBe(`${local}/5`);
    expect(makeComment(local, { author: 'ana', publishedAt: null, body, permalink: 'javascript:alert(1)', anchor: 'p5' }).permalink).toBe(`${local}#p5`);
  });
});
