// FoundationDB community forum (forums.foundationdb.org, Discourse), read from foundationdb-oss/documentation-snapshot:
// archives/forums/2025-10-21/topics/<topic id>.json, one file per topic, each Discourse's own topic JSON
// (/t/<slug>/<id>.json) with post_stream.posts (cooked HTML, username, staff/moderator/admin flags, post_type).
//
// Page rule (fixed, deterministic): a topic is eligible when its dump is complete (post_stream.stream lists no post
// missing from post_stream.posts; Discourse only inlines the first 20 posts), it has 3..30 comments after skipping
// non-regular posts (post_type != 1: "pinned"/"closed" notices), hidden or deleted posts, system/discobot posts and
// empty bodies, and its opening post is English-script (under 5% CJK/Cyrillic/Arabic/Hebrew/Hangul letters). For
// each year 2018..2025 (topic created_at, UTC), sort that year's eligible topics by topic id (n topics) and take the
// ones at positions floor(j * n / PER_YEAR), j = 0..PER_YEAR-1. Whole topics are kept, the opening post is i=0.
// page = "t<topic id>".
//
// Staff: posts whose Discourse flags say staff, moderator or admin (ajbeamon, markus.pilman, jzhou, john_brownlee,
// Evan, nathanlws; the dump holds the flags as of 2025), plus the three users who carry no flag in 2025 but appear in
// the dump as the actors of moderator-only actions (global pins, topic closes: post_type 3) and so were moderators of
// the forum: alexmiller, davelester, bbc.
//
// Text: cooked HTML -> plain text with linkedom: <br>/blocks -> line breaks, quotes (aside.quote, blockquote) kept
// with each line prefixed "> " (the quote's "username:" title line included, like phpBB's "X wrote:"), link-preview
// cards (onebox) reduced to their URL, emoji images -> alt text, other images and their lightbox captions (file name,
// size) dropped, <pre> kept verbatim.
import { discourseHtmlToText } from './discourse-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = 'archives/forums/2025-10-21/topics/';
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const PER_YEAR = 7;
const EX_MODERATORS = new Set(['alexmiller', 'davelester', 'bbc']);

/** A post's cooked HTML as text, as every Discourse reader reads it. */
const htmlToText = discourseHtmlToText;

interface Post {
  username: string;
  cooked: string;
  post_type: number;
  hidden?: boolean;
  deleted_at?: string | null;
  user_deleted?: boolean;
  staff?: boolean;
  moderator?: boolean;
  admin?: boolean;
}

interface TopicJson {
  id: number;
  created_at: string;
  post_stream: { posts: Post[]; stream?: number[] };
}

const FOREIGN = /[\u0400-\u04FF\u0590-\u06FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g;
function englishScript(text: string): boolean {
  const letters = text.replace(/\s/g, '').length || 1;
  return (text.match(FOREIGN)?.length ?? 0) / letters < 0.05;
}

function comments(topic: TopicJson): SourceComment[] {
  const page = `t${topic.id}`;
  const out: SourceComment[] = [];
  for (const p of topic.post_stream.posts) {
    if (p.post_type !== 1 || p.hidden || p.deleted_at || p.user_deleted) continue;
    if (p.username === 'system' || p.username === 'discobot') continue;
    const text = htmlToText(p.cooked ?? '');
    if (!text || /^\(post (deleted|withdrawn) by author/i.test(text)) continue;
    const staff = p.staff === true || p.moderator === true || p.admin === true || EX_MODERATORS.has(p.username);
    out.push({ page, i: out.length, text, author: p.username, staff });
  }
  return out;
}

function read(files: RepositoryFiles): SourceComment[] {
  const byYear = new Map<number, { id: number; comments: SourceComment[] }[]>();
  for (const path of files.list(ROOT)) {
    if (!path.endsWith('.json')) continue;
    const topic = JSON.parse(files.read(path)) as TopicJson;
    const { posts, stream } = topic.post_stream;
    if (stream && stream.length !== posts.length) continue;
    const year = Number(topic.created_at.slice(0, 4));
    if (!YEARS.includes(year)) continue;
    const list = comments(topic);
    if (list.length < 3 || list.length > 30 || !englishScript(list[0].text)) continue;
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push({ id: topic.id, comments: list });
  }
  const all: SourceComment[] = [];
  for (const year of YEARS) {
    const topics = (byYear.get(year) ?? []).sort((a, b) => a.id - b.id);
    const n = topics.length;
    const picked = new Set<number>();
    for (let j = 0; j < PER_YEAR && j < n; j++) picked.add(Math.floor((j * n) / PER_YEAR));
    for (const k of [...picked].sort((a, b) => a - b)) all.push(...topics[k].comments);
  }
  return all;
}

export default {
  id: 'foundationdb-forum',
  repo: 'foundationdb-oss/documentation-snapshot',
  commit: 'b745f7a9398f2e0f6abf17cca075fb9ce4773d6d',
  read,
} satisfies CommentSource;
