// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageExcerpt } from '../../../lib/extract/page';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('post excerpt', () => {
  it('prefers the meta description', () => {
    const doc = parse('<html><head><meta name="description" content="Uploads failed for six hours."></head><body><article><p>Long text</p></article></body></html>');
    expect(pageExcerpt(doc)).toBe('Uploads failed for six hours.');
  });

  it('finds the post with Readability when the page has no meta description and no <article>', () => {
    const post = 'On November 2 photo uploads failed for about six hours because a storage node ran out of space. ' +
      'All queued observations have now been processed and nothing was lost. We are adding alerts so it cannot happen silently again.';
    const doc = parse(`<html><body><div id="nav"><a href="/">Home</a> <a href="/blog">Blog</a></div>
      <div class="main"><h1>Upload outage</h1><div class="entry"><p>${post}</p><p>${post}</p></div></div>
      <div class="sidebar"><ul><li>Archive</li><li>Tags</li></ul></div></body></html>`);
    const excerpt = pageExcerpt(doc);
    expect(excerpt).toMatch(/^On November 2 photo uploads failed/);
    expect(excerpt).not.toMatch(/Archive|Home/);
    expect(excerpt!.length).toBeLessThanOrEqual(280);
  });
});
