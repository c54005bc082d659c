// A page that claims another site's thread. Staff scanned a real thread on forum.example.org; then they scan a page on
// evil.example.net that carries Disqus-like markup and names the forum thread in its own URL (t_u), as Disqus's frame
// names its host page. The forum thread must stay as it was, the page's comments are filed under its own address, and
// the page is sent marks for its own comments only, never for what staff stored of the forum thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { readExtensionDb } from './idb';
import { scanFromDashboard } from './helpers';

const wpComment = (n: number, who: string, text: string) => `<li id="comment-${n}" class="comment depth-1"><article id="div-comment-${n}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="/blog/post/#comment-${n}"><time datetime="2024-01-0${n}T10:00:00+00:00">January ${n}, 2024</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div></article></li>`;
const FORUM_POST = `<!DOCTYPE html><html lang="en"><head><title>Release 2.0 notes</title><meta name="generator" content="WordPress 6.4"></head>
<body class="single"><article class="post"><h1 class="entry-title">Release 2.0 notes</h1><div class="entry-content"><p>We shipped 2.0.</p></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 comments</h2><ol class="comment-list">
${wpComment(1, 'Alice', 'Does 2.0 still support the old importer?')}
${wpComment(2, 'Bob', 'Thanks, great release!')}
${wpComment(3, 'Carol', 'The export button crashes on Firefox, is this a known bug?')}
</ol></div></body></html>`;
// Hidden elements named like the forum's comments: marks sent for those would tell the page what staff stored.
const CLAIMING_PAGE = `<!DOCTYPE html><html><head><title>Cute cats</title></head><body><h1>Cute cats</h1>
<div hidden>${[1, 2, 3].map((n) => `<div id="comment-${n}"></div>`).join('')}</div>
<ul id="post-list">
 <li class="post" id="post-2"><div class="post-content"><div class="post-byline"><span class="author"><a data-username="mallory">Mallory</a></span></div>
  <a class="time-ago" href="https://phish.example.net/login">1 day ago</a>
  <div class="post-message"><p>The importer is gone, how do I log in again to restore my data?</p></div></div></li>
 <li class="post" id="post-3"><div class="post-content"><div class="post-byline"><span class="author"><a data-username="trent">Trent</a></span></div>
  <div class="post-message"><p>Same here.</p></div></div></li>
</ul></body></html>`;

let session: ExtensionSession;
let server: Served;
let dashboard: Page;
let forumUrl: string;
let claimingUrl: string;
let claimingPage: Page;

beforeAll(async () => {
  server = await serve({ '/blog/post/': FORUM_POST, '/cats': CLAIMING_PAGE });
  const port = new URL(server.origin).port;
  forumUrl = `http://forum.example.org:${port}/blog/post/`;
  claimingUrl = `http://evil.example.net:${port}/cats?t_u=${encodeURIComponent(forumUrl)}&t_t=${encodeURIComponent('Release 2.0 notes')}`;
  session = await launchWithExtension();
  const forum = await session.context.newPage();
  await forum.goto(forumUrl);
  dashboard = await session.openExtensionPage('dashboard.html');
  await scanFromDashboard(dashboard, forumUrl);
  claimingPage = await session.context.newPage();
  await claimingPage.goto(claimingUrl);
  await scanFromDashboard(dashboard, claimingUrl);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a page that names another site\'s thread as its own', () => {
  it('leaves the stored forum thread as it was: its comments, none flagged gone, its platform', async () => {
    const db = await readExtensionDb(dashboard);
    const forum = db.threads.find((t) => t.url === forumUrl);
    expect(forum).toMatchObject({ platform: 'wordpress', title: 'Release 2.0 notes' });
    const forumComments = db.comments.filter((c) => c.threadUrl === forumUrl);
    expect(forumComments.map((c) => c.author).sort()).toEqual(['Alice', 'Bob', 'Carol']);
    expect(forumComments.filter((c) => c.goneSince)).toEqual([]);
  });

  it("files the page's comments under the page's own address", async () => {
    const db = await readExtensionDb(dashboard);
    const own = db.threads.find((t) => String(t.url).startsWith(`http://evil.example.net:`));
    expect(own).toBeDefined();
    expect(db.comments.filter((c) => c.threadUrl === own!.url).map((c) => c.author)).toEqual(['mallory', 'trent']);
  });

  it('sends the page marks for its own comments only', async () => {
    const marked = await claimingPage.evaluate(() => Array.from(document.querySelectorAll('[data-threadsift-mark]')).map((m) => m.getAttribute('data-comment-id')));
    expect(marked.every((id) => id === 'post-2' || id === 'post-3')).toBe(true);
    expect(marked.length).toBeGreaterThan(0);
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});
