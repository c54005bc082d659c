// A Discourse topic in Chromium: the Ember page shows one post, and the page reader fetches the whole
// topic from the forum's own JSON API (same origin), chunk by chunk, as the extension does on a real forum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { readExtensionDb } from './idb';
import { scanFromDashboard } from './helpers';

interface Post { id: number; post_number: number; post_type?: number; username: string }
const topic = JSON.parse(
  readFileSync(new URL('../fixtures/discourse/urho3d-topic-6861-moving-urho3d-github-io.json', import.meta.url), 'utf8'),
) as { post_stream: { posts: Post[]; stream: number[] } } & Record<string, unknown>;
const posts = topic.post_stream.posts;
const TOPIC_PATH = '/t/moving-urho3d-github-io-to-urho3d-io/6861';

// What the Ember app has on screen: the topic post and one reply, nothing more.
const EMBER_PAGE = `<!doctype html><html lang="en"><head><meta name="generator" content="Discourse 2.8.0"><title>Moving urho3d.github.io to urho3d.io</title></head>
<body><div class="topic-post clearfix topic-owner" data-post-number="1"><article id="post_1" data-post-id="${posts[0].id}"><div class="names"><span class="first username staff admin"><a data-user-card="${posts[0].username}">${posts[0].username}</a></span></div><div class="cooked"><p>Topic</p></div></article></div>
<div class="topic-post clearfix" data-post-number="2"><article id="post_2" data-post-id="${posts[1].id}"><div class="names"><span class="first username"><a data-user-card="${posts[1].username}">${posts[1].username}</a></span></div><div class="cooked"><p>Only this one is on screen.</p></div></article></div></body></html>`;

let session: ExtensionSession;
let server: Served;
let dashboard: Page;

beforeAll(async () => {
  server = await serve({
    [TOPIC_PATH]: EMBER_PAGE,
    // Like Discourse: the first 20 posts plus the ids of all of them ...
    '/t/6861.json': () => JSON.stringify({ ...topic, post_stream: { posts: posts.slice(0, 20), stream: topic.post_stream.stream } }),
    // ... and the rest by id.
    '/t/6861/posts.json': (url) => {
      const ids = url.searchParams.getAll('post_ids[]').map(Number);
      return JSON.stringify({ id: 6861, post_stream: { posts: posts.filter((p) => ids.includes(p.id)) } });
    },
  });
  session = await launchWithExtension();
  const forum = await session.context.newPage();
  await forum.goto(server.origin + TOPIC_PATH);
  dashboard = await session.openExtensionPage('dashboard.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a Discourse topic', () => {
  it('is read completely through the JSON API, not only the posts on screen', async () => {
    const regular = posts.filter((p) => p.post_number > 1 && (p.post_type ?? 1) === 1);
    const status = await scanFromDashboard(dashboard, server.origin + TOPIC_PATH);
    expect(status).toContain(`${regular.length} comments`);
    expect(server.requests).toContain('/t/6861.json');
    expect(server.requests.some((r) => r.startsWith('/t/6861/posts.json?post_ids'))).toBe(true);
  });

  it('stores each post once with its author and staff flag', async () => {
    const db = await readExtensionDb(dashboard);
    const regular = posts.filter((p) => p.post_number > 1 && (p.post_type ?? 1) === 1);
    expect(db.comments).toHaveLength(regular.length);
    expect(db.comments.map((c) => c.author).sort()).toEqual(regular.map((p) => p.username).sort());
    const staffPosts = (topic.post_stream.posts as Array<Post & { staff?: boolean }>).filter((p) => p.post_number > 1 && (p.post_type ?? 1) === 1 && p.staff);
    expect(db.comments.filter((c) => c.staff).length).toBeGreaterThanOrEqual(staffPosts.length);
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});
