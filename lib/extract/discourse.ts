// Discourse topics. The Ember app renders only the posts on screen, so with ctx.fetch the whole topic is read
// from its JSON API (same origin): /t/{id}.json (first posts + the stream of all post ids), then
// /t/{id}/posts.json?post_ids[]=... in chunks of 20. Without fetch: the preloaded JSON, else the DOM
// (Ember or crawler HTML). Post 1 is the topic itself; small actions (3) and whispers (4) are not comments.
import type { ScanNote, ScrapedComment } from '../thread';
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor, ExtractContext } from './types';
import { parseDateAttribute, fromEpoch } from './dates';
import { commentText, inlineText } from './text';
import { finishResult, makeComment, metaContent, readEach } from './page';

const CHUNK = 20;

export interface DiscoursePost {
  id: number;
  post_number: number;
  post_type?: number;
  username: string;
  name?: string | null;
  created_at: string;
  cooked?: string;
  reply_to_post_number?: number | null;
  admin?: boolean;
  moderator?: boolean;
  staff?: boolean;
  group_moderator?: boolean;
  user_id?: number;
  hidden?: boolean;
  deleted_at?: string | null;
  user_deleted?: boolean;
}

interface DiscourseTopic {
  id: number;
  title?: string;
  slug?: string;
  posts_count?: number;
  details?: { created_by?: { id?: number; username?: string } };
  post_stream?: { posts?: DiscoursePost[]; stream?: number[] };
}

function topicIdFrom(doc: Document, url: string): number | null {
  const fromUrl = url.match(/\/t\/(?:[^/?#]+\/)?(\d+)/)?.[1];
  if (fromUrl) return +fromUrl;
  const meta = doc.querySelector('meta[property="og:url"], link[rel="canonical"]');
  const href = meta?.getAttribute('content') ?? meta?.getAttribute('href') ?? '';
  const m = href.match(/\/t\/(?:[^/?#]+\/)?(\d+)/);
  return m ? +m[1] : null;
}

function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

async function fetchJson<T>(ctx: ExtractContext, url: string): Promise<T> {
  const response = await ctx.fetch!(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return JSON.parse(await response.text()) as T;
}

/** The whole topic through the JSON API; posts in stream order. */
async function fetchTopic(ctx: ExtractContext, base: string, topicId: number): Promise<{ topic: DiscourseTopic; posts: DiscoursePost[] }> {
  const topic = await fetchJson<DiscourseTopic>(ctx, `${base}/t/${topicId}.json`);
  const byId = new Map<number, DiscoursePost>();
  for (const p of topic.post_stream?.posts ?? []) byId.set(p.id, p);
  const stream = topic.post_stream?.stream ?? [...byId.keys()];
  const missing = stream.filter((id) => !byId.has(id));
  for (let i = 0; i < missing.length; i += CHUNK) {
    const ids = missing.slice(i, i + CHUNK);
    ctx.onProgress?.({ done: byId.size, total: stream.length, step: { key: 'note.readingPosts', vars: { from: byId.size + 1, to: byId.size + ids.length, total: stream.length } } });
    const query = ids.map((id) => `post_ids[]=${id}`).join('&');
    const chunk = await fetchJson<{ post_stream?: { posts?: DiscoursePost[] } }>(ctx, `${base}/t/${topicId}/posts.json?${query}`);
    for (const p of chunk.post_stream?.posts ?? []) byId.set(p.id, p);
  }
  const posts = stream.map((id) => byId.get(id)).filter((p): p is DiscoursePost => !!p);
  return { topic, posts };
}

function cookedText(html: string, doc: Document): { text: string; quotes: string[] } {
  const holder = doc.implementation.createHTMLDocument('').createElement('div');
  // An inert document: cooked HTML is parsed, never rendered or run.
  holder.innerHTML = html;
  return commentText(holder);
}

/** Comments from API posts: skips the opening post, small actions and whispers. */
function commentsFromPosts(posts: DiscoursePost[], topic: DiscourseTopic, base: string, slugUrl: string, doc: Document): ScrapedComment[] {
  const ownerId = topic.details?.created_by?.id;
  const owner = topic.details?.created_by?.username ?? posts.find((p) => p.post_number === 1)?.username;
  const idByNumber = new Map(posts.map((p) => [p.post_number, `post-${p.id}`]));
  return readEach(
    posts.filter((p) => p.post_number > 1 && p.post_type !== 3 && p.post_type !== 4),
    (p) => {
      const isOwner = (ownerId !== undefined && p.user_id === ownerId) || p.username === owner;
      const role = !!(p.staff || p.admin || p.moderator || p.group_moderator);
      const reply = p.reply_to_post_number && p.reply_to_post_number > 1 ? idByNumber.get(p.reply_to_post_number) ?? null : null;
      return makeComment(slugUrl, {
        id: `post-${p.id}`,
        permalink: `${slugUrl}/${p.post_number}`,
        author: p.username,
        authorName: p.name || undefined,
        publishedAt: parseDateAttribute(p.created_at),
        body: p.cooked ? cookedText(p.cooked, doc) : { text: '', quotes: [] },
        parentId: reply,
        staff: role || isOwner,
        staffReason: role ? 'platform-role' : 'post-author',
        hidden: !!p.hidden,
        deleted: !!p.deleted_at || !!p.user_deleted,
      });
    },
  );
}

function preloadedTopic(doc: Document): DiscourseTopic | null {
  const holder = doc.getElementById('data-preloaded');
  const raw = holder?.getAttribute('data-preloaded');
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as Record<string, string>;
    const key = Object.keys(data).find((k) => /^topic_\d+$/.test(k));
    return key ? (JSON.parse(data[key]) as DiscourseTopic) : null;
  } catch {
    return null;
  }
}

/** Ember or crawler DOM: only what is rendered. */
function commentsFromDom(doc: Document, ctx: ExtractContext, slugUrl: string): { comments: ScrapedComment[]; owner: string | null } {
  const ember = Array.from(doc.querySelectorAll('.topic-post article[data-post-id]'));
  if (ember.length) {
    let owner: string | null = null;
    const comments = readEach(ember, (article) => {
      const wrapper = article.closest('.topic-post') ?? article;
      const number = +(wrapper.getAttribute('data-post-number') ?? article.id.replace('post_', ''));
      const user = article.querySelector('.names a[data-user-card]')?.getAttribute('data-user-card') ?? '';
      const cls = wrapper.getAttribute('class') ?? '';
      if (number === 1) {
        owner = user;
        return null;
      }
      if (/(?:^|\s)(whisper|small-action)(?:\s|$)/.test(cls)) return null;
      const names = article.querySelector('.names');
      const role = !!names?.querySelector('.staff, .admin, .moderator') || /(?:^|\s)(moderator|category-moderator)(?:\s|$)/.test(cls);
      const isOwner = /(?:^|\s)(topic-owner|post--topic-owner)(?:\s|$)/.test(cls);
      const time = article.querySelector('.relative-date[data-time]');
      const cooked = article.querySelector('.cooked');
      return makeComment(slugUrl, {
        id: `post-${article.getAttribute('data-post-id')}`,
        permalink: `${slugUrl}/${number}`,
        author: user,
        publishedAt: fromEpoch(time?.getAttribute('data-time') ?? ''),
        body: cooked ? commentText(cooked) : { text: '', quotes: [] },
        staff: role || isOwner,
        staffReason: role ? 'platform-role' : 'post-author',
        hidden: /(?:^|\s)post-hidden(?:\s|$)/.test(cls),
        deleted: /(?:^|\s)deleted(?:\s|$)/.test(cls),
      });
    });
    return { comments, owner };
  }
  const crawler = Array.from(doc.querySelectorAll('div.crawler-post[id^="post_"], div.topic-body.crawler-post'));
  let owner: string | null = null;
  const comments = readEach(crawler, (post, index) => {
    const user = inlineText(post.querySelector('.creator [itemprop="name"], .creator span, .creator a'));
    const number = +(inlineText(post.querySelector('[itemprop="position"]')) || index + 1);
    if (number === 1) {
      owner = user;
      return null;
    }
    const body = post.querySelector('.post[itemprop="text"], .post[itemprop="articleBody"], .post');
    return makeComment(slugUrl, {
      id: post.id ? post.id.replace('_', '-') : null,
      permalink: `${slugUrl}/${number}`,
      author: user,
      publishedAt: parseDateAttribute(post.querySelector('time[datetime]')?.getAttribute('datetime')),
      body: body ? commentText(body) : { text: '', quotes: [] },
      staff: user === owner,
      staffReason: 'post-author',
    });
  });
  if (crawler.length && !doc.querySelector('[itemprop="position"]')) owner = owner ?? null;
  return { comments, owner };
}

export const discourse: Extractor = {
  id: 'discourse',
  canExtract(doc) {
    const generator = metaContent(doc, 'generator') ?? '';
    if (/discourse/i.test(generator) || hasIdMarker(doc, 'data-preloaded')) return true;
    return hasClassMarker(doc, 'topic-post') || hasClassMarker(doc, 'crawler-post');
  },
  async extract(doc, ctx) {
    const base = origin(ctx.url);
    const topicId = topicIdFrom(doc, ctx.url);
    const preloaded = preloadedTopic(doc);
    const warnings: ScanNote[] = [];
    const slugUrlFor = (t: DiscourseTopic | null) =>
      t?.slug && topicId ? `${base}/t/${t.slug}/${topicId}` : (ctx.url.match(/^.*\/t\/(?:[^/?#]+\/)?\d+/)?.[0] ?? ctx.url);
    if (ctx.fetch && base && topicId) {
      try {
        const { topic, posts } = await fetchTopic(ctx, base, topicId);
        const slugUrl = slugUrlFor(topic);
        const comments = commentsFromPosts(posts, topic, base, slugUrl, doc);
        return finishResult(doc, ctx, comments, {
          platform: 'discourse',
          url: slugUrl,
          title: topic.title,
          author: topic.details?.created_by?.username ?? posts[0]?.username ?? null,
          commentCountClaimed: topic.posts_count !== undefined ? topic.posts_count - 1 : null,
          commentCountRead: posts.filter((p) => p.post_number > 1).length,
        });
      } catch (error) {
        warnings.push({ key: 'note.topicUnread', vars: { reason: error instanceof Error ? error.message : String(error) } });
      }
    }
    if (preloaded?.post_stream?.posts?.length) {
      const posts = preloaded.post_stream.posts;
      const slugUrl = slugUrlFor(preloaded);
      const comments = commentsFromPosts(posts, preloaded, base, slugUrl, doc);
      const total = preloaded.post_stream.stream?.length ?? preloaded.posts_count ?? posts.length;
      if (total > posts.length) warnings.push({ key: 'note.postsScrolled', vars: { read: posts.length, total } });
      return finishResult(doc, ctx, comments, {
        platform: 'discourse',
        url: slugUrl,
        title: preloaded.title,
        author: preloaded.details?.created_by?.username ?? null,
        commentCountClaimed: preloaded.posts_count !== undefined ? preloaded.posts_count - 1 : null,
        commentCountRead: posts.filter((p) => p.post_number > 1).length,
        warnings,
      });
    }
    const slugUrl = slugUrlFor(null);
    const { comments, owner } = commentsFromDom(doc, ctx, slugUrl);
    return finishResult(doc, ctx, comments, {
      platform: 'discourse',
      url: slugUrl,
      title: inlineText(doc.querySelector('#topic-title h1, .fancy-title')) || undefined,
      author: owner,
      commentCountClaimed: null,
      warnings,
    });
  },
};
