// @vitest-environment node
// The page reader's answer to 'page.extract' (lib/extract/registry.ts extractReply): a page without a thread fails
// with kind 'no-thread', which the background reads to try a comment frame (Disqus), whatever the sentence says.
import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../lib/extract/registry';
import { SCAN_TIME, htmlDoc } from './load';
import { loadPlatformPage } from './platform-pages';

describe('extractReply', () => {
  it('answers a page without a thread with kind no-thread and the reader\'s sentence', async () => {
    const doc = htmlDoc('<html><body><article><h1>About us</h1><p>We make tea.</p></article></body></html>');
    const reply = await extractReply(doc, { url: 'https://example.com/about', now: SCAN_TIME });
    expect(reply).toMatchObject({ ok: false, kind: 'no-thread' });
    expect(reply.ok ? '' : reply.error).toMatch(/^No comment thread found on this page \(tried: .*generic\)$/);
  });

  it('answers a thread with the extraction', async () => {
    const { doc, url } = loadPlatformPage('hackernews-item');
    const reply = await extractReply(doc, { url, now: SCAN_TIME });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.result.comments).toHaveLength(8);
  });
});
