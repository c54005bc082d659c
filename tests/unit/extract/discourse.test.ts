// Discourse: the whole topic read through its JSON API with a fake same-origin fetch built from real topic JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../lib/extract/registry';
import { FIXTURES_DIR, htmlDoc, SCAN_TIME } from './load';
import { noteText } from '../../../lib/i18n';

const topic = JSON.parse(readFileSync(join(FIXTURES_DIR, 'discourse/urho3d-topic-6861-moving-urho3d-github-io.json'), 'utf8'));
const BASE = 'https://discourse.urho3d.io';

/** Serves /t/6861.json with the first chunk of 20 posts (as Discourse does) and posts.json?post_ids[]= for the rest. */
function fakeDiscourse() {
  const requests: string[] = [];
  const allPosts = topic.post_stream.posts as Array<{ id: number }>;
  const fetch = async (url: string) => {
    requests.push(url);
    const u = new URL(url);
    let body: unknown = null;
    if (u.pathname === '/t/6861.json') body = { ...topic, post_stream: { posts: allPosts.slice(0, 20), stream: topic.post_stream.stream } };
    else if (u.pathname === '/t/6861/posts.json') {
      const ids = u.searchParams.getAll('post_ids[]').map(Number);
      body = { id: 6861, post_stream: { posts: allPosts.filter((p) => ids.includes(p.id)) } };
    }
    return { ok: body !== null, status: body ? 200 : 404, text: async () => JSON.stringify(body) };
  };
  return { fetch, requests };
}

const EMBER_PAGE = `<!doctype html><html lang="en"><head><meta name="generator" content="Discourse 2.8.0"><title>Moving</title></head>
<body><div class="topic-post clearfix topic-owner" data-post-number="1"><article id="post_1" data-post-id="42763"><div class="names"><span class="first username staff admin"><a data-user-card="weitjong">weitjong</a></span></div><div class="cooked"><p>Topic</p></div></article></div>
<div class="topic-post clearfix" data-post-number="4"><article id="post_4" data-post-id="42786"><div class="names"><span class="first username"><a data-user-card="johnnycable">johnnycable</a></span></div><span class="relative-date" data-time="1622304128203"></span><div class="cooked"><p>Only this one is on screen.</p></div></article></div></body></html>`;

describe('discourse', () => {
  it('reads the whole topic from the JSON API in chunks, skipping the opening post and small actions', async () => {
    const { fetch, requests } = fakeDiscourse();
    const doc = htmlDoc(EMBER_PAGE, `${BASE}/t/moving-urho3d-github-io-to-urho3d-io/6861`);
    const result = await extractThread(doc, { url: doc.URL, now: SCAN_TIME, fetch });
    expect(result.thread.platform).toBe('discourse');
    // 30 posts: #1 is the topic, #27 a small action (post_type 3) -> 28 comments.
    expect(result.comments.length).toBe(28);
    expect(requests[0]).toBe(`${BASE}/t/6861.json`);
    expect(requests.filter((r) => r.includes('/posts.json?')).length).toBe(1);
    expect(requests[1]).toContain('post_ids[]=');
    expect(result.thread.author).toBe('weitjong');
    expect(result.thread.warnings).toEqual([]);
    const byNumber = (n: number) => result.comments.find((c) => c.permalink.endsWith(`/${n}`))!;
    expect(result.comments.some((c) => c.permalink.endsWith('/27'))).toBe(false);
    const p4 = byNumber(4);
    expect(p4.author).toBe('johnnycable');
    expect(p4.staff).toBe(false);
    expect(p4.publishedAt).toBe('2021-05-29T16:02:08.203Z');
    expect(p4.parentId).toBe(byNumber(3).id); // reply_to_post_number 3
    expect(byNumber(3).staff).toBe(true);
    expect(byNumber(3).staffReason).toBe('platform-role');
    // Post 8 quotes SirNate0: the quote is kept apart from weitjong's own words.
    const p8 = byNumber(8);
    expect(p8.quotes?.length).toBeGreaterThan(0);
    expect(p8.text).not.toContain(p8.quotes![0].slice(0, 30));
    expect(byNumber(18).author).toBe('1vanK');
    expect(byNumber(18).staff).toBe(true);
  });

  it('without fetch reads what the Ember DOM shows and marks the topic owner', async () => {
    const doc = htmlDoc(EMBER_PAGE, `${BASE}/t/moving-urho3d-github-io-to-urho3d-io/6861`);
    const result = await extractThread(doc, { url: doc.URL, now: SCAN_TIME });
    expect(result.comments.map((c) => c.author)).toEqual(['johnnycable']);
    expect(result.comments[0].text).toBe('Only this one is on screen.');
    expect(result.thread.author).toBe('weitjong');
  });

  it('falls back to the page when the API fails, and says so', async () => {
    const doc = htmlDoc(EMBER_PAGE, `${BASE}/t/moving-urho3d-github-io-to-urho3d-io/6861`);
    const fetch = async () => ({ ok: false, status: 403, text: async () => '' });
    const result = await extractThread(doc, { url: doc.URL, now: SCAN_TIME, fetch });
    expect(result.comments.length).toBe(1);
    expect(result.thread.warnings.map(noteText).join(' ')).toContain('Could not read the whole topic');
  });
});
