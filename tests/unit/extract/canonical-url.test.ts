// @vitest-environment node
// The thread's key: a web page's canonical URL counts only on the page's own site and not when it names the home
// page; saved pages (file:, about:) keep the canonical URL they carry.
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../lib/extract/ids';
import { extractThread } from '../../../lib/extract/registry';
import { SCAN_TIME, htmlDoc } from './load';
import { platformPage } from './platform-pages';

/** A page declaring a canonical link and/or og:url. */
function head(canonical: string | null, ogUrl: string | null = null, url = 'about:blank'): Document {
  const link = canonical === null ? '' : `<link rel="canonical" href="${canonical}">`;
  const og = ogUrl === null ? '' : `<meta property="og:url" content="${ogUrl}">`;
  return htmlDoc(`<!doctype html><html><head><title>Post</title>${link}${og}</head><body><p>Post.</p></body></html>`, url);
}

describe('canonicalUrl on a web page', () => {
  it('ignores a canonical URL on another site (a cross-post or a mirror) and keeps the page without its hash', () => {
    const page = 'https://mirror.example.net/copied-post/#comments';
    expect(canonicalUrl(head('https://other.example.com/original-post/'), page)).toBe('https://mirror.example.net/copied-post/');
    // Another host on a shared platform is another site too.
    expect(canonicalUrl(head('https://bob.wordpress.com/2024/01/post/'), 'https://alice.wordpress.com/2024/01/post/')).toBe(
      'https://alice.wordpress.com/2024/01/post/',
    );
    expect(canonicalUrl(head('https://shop.example.com/post/1'), 'https://blog.example.com/post/1')).toBe('https://blog.example.com/post/1');
  });

  it('keeps a canonical URL on the same site: with or without www, http or https, or on the parent host', () => {
    expect(canonicalUrl(head('https://www.example.com/post/1/'), 'https://example.com/post/1/?utm_source=feed#c3')).toBe('https://www.example.com/post/1/');
    expect(canonicalUrl(head('https://example.com/post/1/'), 'https://www.example.com/post/1/')).toBe('https://example.com/post/1/');
    expect(canonicalUrl(head('http://www.example.com/post/1/'), 'https://example.com/post/1/')).toBe('http://www.example.com/post/1/');
    // Mobile and old-design hosts name the main one.
    expect(canonicalUrl(head('https://www.example.com/post/1/'), 'https://m.example.com/post/1/')).toBe('https://www.example.com/post/1/');
    expect(canonicalUrl(head('/post/1/#top'), 'https://example.com/post/1/?replytocom=5')).toBe('https://example.com/post/1/');
  });

  it('ignores a parent host that is shared: a hosting platform, a country\'s second level, or a bare name', () => {
    for (const [canonical, page] of [
      ['https://github.io/alice/post/', 'https://alice.github.io/post/'],
      ['https://www.github.io/post/', 'https://alice.github.io/post/'],
      ['https://neocities.org/post', 'https://x.neocities.org/post'],
      ['https://wordpress.com/2024/01/post/', 'https://alice.wordpress.com/2024/01/post/'],
      ['https://substack.com/p/post', 'https://alice.substack.com/p/post'],
      ['https://co.uk/post/1', 'https://foo.co.uk/post/1'],
      ['https://com.au/post/1', 'https://www.shop.com.au/post/1'],
      ['https://com/post/1', 'https://example.com/post/1'],
    ]) {
      expect(canonicalUrl(head(canonical), page), page).toBe(page);
    }
    // A site under a country's second level is still a parent of its own subdomains.
    expect(canonicalUrl(head('https://www.example.co.uk/post/1'), 'https://m.example.co.uk/post/1')).toBe('https://www.example.co.uk/post/1');
    // The platform's own pages keep their canonical.
    expect(canonicalUrl(head('https://github.io/post/'), 'https://github.io/post/?ref=x')).toBe('https://github.io/post/');
  });

  it('judges an AMP cache page by the original it serves', () => {
    const original = 'https://example.com/post/amp/';
    for (const page of [
      'https://example-com.cdn.ampproject.org/c/s/example.com/post/amp/',
      'https://www.google.com/amp/s/example.com/post/amp/#comments',
      'https://www.google.com/amp/s/www.example.com/post/amp/',
    ]) {
      expect(canonicalUrl(head(original), page), page).toBe(original);
      expect(canonicalUrl(head('https://example.com/post/'), page), page).toBe('https://example.com/post/');
      expect(canonicalUrl(head('https://m.example.com/post/'), page), page).toBe(page.split('#')[0]);
      expect(canonicalUrl(head('https://other.example.net/post/'), page), page).toBe(page.split('#')[0]);
    }
    // Without "s/" the original is on http; its query comes along.
    expect(canonicalUrl(head('http://example.com/post/?id=3'), 'https://example-com.cdn.ampproject.org/c/example.com/post/?id=3')).toBe(
      'http://example.com/post/?id=3',
    );
    // The original's home page only when the cache serves the home page.
    expect(canonicalUrl(head('https://example.com/'), 'https://example-com.cdn.ampproject.org/c/s/example.com/')).toBe('https://example.com/');
    expect(canonicalUrl(head('https://example.com/'), 'https://example-com.cdn.ampproject.org/c/s/example.com/post/amp/')).toBe(
      'https://example-com.cdn.ampproject.org/c/s/example.com/post/amp/',
    );
    // Other Google pages are Google's own.
    expect(canonicalUrl(head('https://example.com/post/'), 'https://www.google.com/search?q=amp')).toBe('https://www.google.com/search?q=amp');
  });

  it('ignores a canonical URL naming the home page unless the page is the home page', () => {
    expect(canonicalUrl(head('https://example.com/'), 'https://example.com/2024/05/release-notes/')).toBe('https://example.com/2024/05/release-notes/');
    expect(canonicalUrl(head('https://www.example.com'), 'https://example.com/forum/t/42')).toBe('https://example.com/forum/t/42');
    expect(canonicalUrl(head('https://example.com/'), 'https://example.com/#comments')).toBe('https://example.com/');
    // "/?p=123" is a post (WordPress without pretty links), not the home page.
    expect(canonicalUrl(head('https://example.com/?p=123'), 'https://example.com/?p=123&replytocom=9')).toBe('https://example.com/?p=123');
  });

  it('falls back to og:url when the canonical link does not fit, and to the page when neither does', () => {
    expect(canonicalUrl(head('https://example.com/', 'https://example.com/post/1/'), 'https://example.com/post/1/?amp=1')).toBe('https://example.com/post/1/');
    expect(canonicalUrl(head('https://other.example.com/a', 'https://another.example.org/a'), 'https://example.com/a?x=1#c')).toBe('https://example.com/a?x=1');
  });

  it('gives a mirrored page its own thread, not the original\'s', async () => {
    const { html } = platformPage('reddit-old');
    const url = 'https://mirror.example.net/r/selfhosted/comments/1q2xyz/nightly_backups_fail_since_23/';
    const { thread } = await extractThread(htmlDoc(html, url), { url, now: SCAN_TIME });
    expect(thread.url).toBe(url);
  });
});

describe('canonicalUrl on a saved page', () => {
  it('a page opened from file: or about: keeps the canonical URL it declares, whatever its site or path', () => {
    const local = 'file:///home/staff/Downloads/saved-thread.html';
    expect(canonicalUrl(head('https://other.example.com/original-post/'), local)).toBe('https://other.example.com/original-post/');
    expect(canonicalUrl(head(null, 'https://example.com/post/1/#c'), 'about:blank')).toBe('https://example.com/post/1/');
    expect(canonicalUrl(head('https://example.com/'), local)).toBe('https://example.com/');
    // Only web URLs: a relative or script canonical leaves the local page.
    expect(canonicalUrl(head('javascript:alert(1)'), local)).toBe(local);
    expect(canonicalUrl(head(null), `${local}#comment-2`)).toBe(local);
  });
});
