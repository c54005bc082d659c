// The generic extractor on markup no platform extractor knows: a Drupal-style blog and a Django-style forum,
// each with navigation, a sidebar, related posts and a comment form that must not be read as comments.
import { describe, expect, it } from 'vitest';
import { generic } from '../../../lib/extract/generic';
import { detectPlatform, extractThread } from '../../../lib/extract/registry';
import { htmlDoc, SCAN_TIME } from './load';

const CHROME = `<header id="header"><nav><ul class="menu"><li class="menu-item"><a href="/">Home</a> <span class="date">2024-01-01</span></li><li class="menu-item"><a href="/about">About</a> <span class="date">2024-01-02</span></li></ul></nav></header>`;
const SIDEBAR = `<aside class="sidebar"><div class="block-recent"><div class="recent-item"><span class="username">bob</span> <span class="date">2 days ago</span><p>Recent thing one</p></div><div class="recent-item"><span class="username">amy</span> <span class="date">3 days ago</span><p>Recent thing two</p></div></div></aside>`;
const RELATED = `<section class="related-posts"><div class="related-item"><span class="author">Ed</span> <time datetime="2023-01-01">Jan 1</time><p>Another post teaser</p></div><div class="related-item"><span class="author">Flo</span> <time datetime="2023-02-01">Feb 1</time><p>Yet another teaser</p></div></section>`;

const DRUPAL = `<!doctype html><html lang="en"><head><title>Drupal post</title></head><body>${CHROME}
<main><article class="node"><h1>Building a trail map</h1><div class="field--name-body"><p>The post body, long enough to be the article.</p></div></article>
<section id="comments" class="comment-wrapper"><h2>3 comments</h2>
<article id="comment-101" class="js-comment"><footer class="comment__meta"><span class="comment__author"><a href="/user/7">maria_k</a></span> <span class="comment__time">Mon, 03/04/2024 - 10:15</span></footer>
<div class="comment__content"><p>How did you make the contour lines?</p></div><ul class="links inline"><li><a href="/comment/101/reply">reply</a></li></ul>
<div class="indented"><article id="comment-102" class="js-comment"><footer class="comment__meta"><span class="comment__author"><a href="/user/1">admin</a></span> <span class="comment__time">Mon, 03/04/2024 - 11:00</span></footer>
<div class="comment__content"><p>With QGIS, then hand-edited.</p></div></article></div></article>
<article id="comment-103" class="js-comment"><footer class="comment__meta"><span class="comment__author"><a href="/user/9">tom</a></span> <span class="comment__time">Tue, 03/05/2024 - 09:00</span></footer>
<div class="comment__content"><p>Thanks, lovely map 😀</p></div></article>
<form class="comment-form"><div class="form-item"><label>Your name</label><input type="text"></div><textarea></textarea></form></section>
${RELATED}</main>${SIDEBAR}</body></html>`;

const DJANGO_FORUM = `<!doctype html><html lang="de"><head><title>Forum</title></head><body>${CHROME}
<div class="container"><h1>Problem mit dem Export</h1>
<div class="thread">
<div class="forum-post" id="post-11"><div class="post-header"><a class="user-link" href="/users/jan/">jan</a> <span class="post-date">vor 3 Tagen</span></div><div class="post-body"><p>Der CSV-Export bricht ab.</p><p>Fehler 500.</p></div></div>
<div class="forum-post" id="post-12"><div class="post-header"><a class="user-link" href="/users/eva/">eva</a> <span class="post-date">vor 2 Tagen</span></div><div class="post-body"><blockquote>Der CSV-Export bricht ab.</blockquote><p>Bei mir auch.</p></div></div>
<div class="forum-post" id="post-13"><div class="post-header"><a class="user-link" href="/users/team/">team</a> <span class="badge">Staff</span> <span class="post-date">vor 1 Tag</span></div><div class="post-body"><p>Behoben in 2.1, danke!</p></div></div>
<div class="forum-post" id="post-14"><div class="post-header"><a class="user-link" href="/users/jan/">jan</a> <span class="post-date">gestern</span></div><div class="post-body"><p>Danke!</p></div></div>
</div><form class="reply-form"><textarea name="body"></textarea><input type="submit"></form></div>${SIDEBAR}</body></html>`;

describe('generic extractor', () => {
  it('reads a Drupal-style comment thread exactly, with the reply nested', async () => {
    const doc = htmlDoc(DRUPAL, 'https://drupal.example/node/5');
    expect(detectPlatform(doc)).toBeNull();
    const result = await extractThread(doc, { url: doc.URL, now: SCAN_TIME });
    expect(result.thread.platform).toBe('generic');
    expect(result.comments.map((c) => c.author)).toEqual(['maria_k', 'admin', 'tom']);
    expect(result.comments.map((c) => c.text)).toEqual(['How did you make the contour lines?', 'With QGIS, then hand-edited.', 'Thanks, lovely map 😀']);
    expect(result.comments.map((c) => c.id)).toEqual(['comment-101', 'comment-102', 'comment-103']);
    expect(result.comments[1].parentId).toBe('comment-101');
    expect(result.comments[0].publishedAt).toBe('2024-03-04T10:15:00');
    expect(result.thread.commentCountClaimed).toBe(3);
    expect(result.thread.warnings).toEqual([]);
  });

  it('reads a Django-style forum thread: the first post is the topic, relative German times, quotes apart, staff', async () => {
    const doc = htmlDoc(DJANGO_FORUM, 'https://forum.example/t/42/');
    const result = await generic.extract(doc, { url: doc.URL, now: SCAN_TIME });
    // Page 1 of a topic: jan's opening post is the thread's post, not a comment on it.
    expect(result.thread.author).toBe('jan');
    expect(result.thread.excerpt).toBe('Der CSV-Export bricht ab.\n\nFehler 500.');
    expect(result.comments.map((c) => c.author)).toEqual(['eva', 'team', 'jan']);
    expect(result.comments[0].text).toBe('Bei mir auch.');
    expect(result.comments[0].quotes).toEqual(['Der CSV-Export bricht ab.']);
    expect(result.comments[0].publishedAt).toBe('2026-01-13T12:00:00.000Z');
    expect(result.comments[2].publishedAt).toBe('2026-01-14T12:00:00.000Z');
    expect(result.comments.map((c) => c.staff)).toEqual([false, true, true]);
    expect(result.comments.slice(1).map((c) => c.staffReason)).toEqual(['platform-role', 'post-author']);
  });

  it('reads every post of a later forum page as a comment', async () => {
    const doc = htmlDoc(DJANGO_FORUM, 'https://forum.example/t/42/?page=2');
    const result = await generic.extract(doc, { url: doc.URL, now: SCAN_TIME });
    expect(result.comments.map((c) => c.author)).toEqual(['jan', 'eva', 'team', 'jan']);
    expect(result.thread.author).toBeNull();
  });

  it('finds nothing in navigation, sidebars, related posts and forms alone', async () => {
    const doc = htmlDoc(`<html><body>${CHROME}<article><h1>Post</h1><p>Text</p></article>${RELATED}${SIDEBAR}<form><textarea></textarea></form></body></html>`);
    const result = await generic.extract(doc, { url: doc.URL, now: SCAN_TIME });
    expect(result.comments).toEqual([]);
  });
});

describe('generic extractor on the saved real pages (platform extractors not used)', async () => {
  const { labelled, loadPage, manifest } = await import('./load');
  const { normaliseWhitespace } = await import('../../../lib/extract/text');
  const truth = labelled();
  for (const entry of manifest()) {
    it(`${entry.dir}: only real comments, and the exact count where the page gives each one a time`, async () => {
      const { doc, url } = loadPage(entry.dir);
      const result = await generic.extract(doc, { url, now: SCAN_TIME });
      const labelledTexts = truth
        .filter((l) => l.page === entry.dir)
        .map((l) => normaliseWhitespace(l.text.split('\n').filter((x) => !x.startsWith('>')).join('\n')));
      // Every comment found is one of the page's labelled comments (no navigation, sidebar or form).
      for (const c of result.comments) expect(labelledTexts).toContain(normaliseWhitespace(c.text));
      if (entry.dir === 'pixnet-blog-zh-tw') {
        // Known gap: its 3 private comments (悄悄話) show no time, so they do not look like comments.
        expect(result.comments.length).toBe(entry.comments - 3);
      } else {
        expect(result.comments.length).toBe(entry.comments);
      }
    });
  }
});
