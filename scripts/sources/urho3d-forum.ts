// Urho3D community forum (discourse.urho3d.io, 2014-2022), read from SirNate0/Urho3D-Discourse-Archive, a scrape of
// the forum made in November 2022: posts/json/<slug>.<topic id>.json holds each topic as Discourse's own topic JSON
// (post_stream.posts[] with username, cooked HTML, post_type and the staff/admin/moderator flags).
//
// Page rule (fixed, deterministic): take every topic file, sort by numeric topic id, group by the year of the topic's
// created_at (2014..2022; the 2014-2016 topics were imported from the old phpBB forum and keep their dates). For each
// year (n topics) and j = 0..PER_YEAR-1 (PER_YEAR = 6), start at index floor(j * n / PER_YEAR), then once more at
// floor(n / (2 * PER_YEAR)), and each time walk forward to the first topic not yet taken that (a) has 3..30 comments
// after skipping non-regular posts (post_type != 1: small actions, moderator notes), system/discobot posts and empty
// or withdrawn posts, and (b) has an English-script opening post (under 5% CJK/Cyrillic/Arabic/Hebrew/Hangul
// letters). Whole topics are kept; the opening post is i=0. page = "t<topic id>". 63 topics, 359 comments.
//
// Staff: a post's own `staff` flag in the JSON (Discourse sets it for admins and moderators: cadaver, weitjong, 1vanK,
// Mike, jmiller).
//
// Text: cooked HTML -> plain text with linkedom: <br>/blocks -> line breaks, quotes (aside.quote, blockquote) kept
// with each line prefixed "> " (the quote's "username:" title line included), link-preview cards (onebox) reduced to
// their URL, emoji images -> alt text, other images and their lightbox captions dropped, <pre> kept verbatim.
import { discourseHtmlToText } from './discourse-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

/** A post's cooked HTML as text, as every Discourse reader reads it. */
const htmlToText = discourseHtmlToText;

interface Post {
  username: string;
  cooked: string;
  post_type: number;
  staff?: boolean;
}
export interface TopicJson {
  id: number;
  created_at: string;
  category_id: number;
  post_stream: { posts: Post[] };
}

export const ROOT = 'posts/json/';
export const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
const PER_YEAR = 6;

export function comments(t: TopicJson): SourceComment[] {
  const page = `t${t.id}`;
  const out: SourceComment[] = [];
  for (const p of t.post_stream.posts) {
    if (p.post_type !== 1) continue;
    if (p.username === 'system' || p.username === 'discobot') continue;
    const text = htmlToText(p.cooked ?? '');
    if (!text) continue;
    if (/^\(post (deleted|withdrawn) by author/i.test(text)) continue;
    out.push({ page, i: out.length, text, author: p.username, staff: p.staff === true });
  }
  return out;
}

const FOREIGN = /[\u0400-\u04FF\u0590-\u06FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g;
export function englishScript(text: string): boolean {
  const letters = text.replace(/\s/g, '').length || 1;
  return (text.match(FOREIGN)?.length ?? 0) / letters < 0.05;
}

/** Every topic file, parsed, sorted by numeric topic id. */
export function loadTopics(files: RepositoryFiles): TopicJson[] {
  return files
    .list(ROOT)
    .filter((p) => p.endsWith('.json'))
    .map((p) => JSON.parse(files.read(p)) as TopicJson)
    .sort((a, b) => a.id - b.id);
}

/**
 * The per-year walk of the page rule: for each year's topics (n of them) and each start of `starts(n)` in turn, the
 * first topic from there on not yet taken that has `min`..`max` comments and an English-script opening post. The sets
 * of this forum differ in the topics given, the starts and the bounds.
 */
export function pickPerYear(topics: TopicJson[], starts: (n: number) => number[], { min, max }: { min: number; max: number }): SourceComment[] {
  const all: SourceComment[] = [];
  for (const year of YEARS) {
    const list = topics.filter((t) => t.created_at.startsWith(`${year}-`));
    const n = list.length;
    const taken = new Set<number>();
    for (const start of starts(n)) {
      for (let k = start; k < n; k++) {
        if (taken.has(k)) continue;
        const cs = comments(list[k]);
        if (cs.length < min || cs.length > max || !englishScript(cs[0].text)) continue;
        taken.add(k);
        all.push(...cs);
        break;
      }
    }
  }
  return all;
}

function read(files: RepositoryFiles): SourceComment[] {
  // PER_YEAR evenly spaced starts, then one extra start halfway between the first two (taken last, so it never
  // changes the first PER_YEAR picks).
  const starts = (n: number) => [...Array.from({ length: PER_YEAR }, (_, j) => Math.floor((j * n) / PER_YEAR)), Math.floor(n / (2 * PER_YEAR))];
  return pickPerYear(loadTopics(files), starts, { min: 3, max: 30 });
}

export default {
  id: 'urho3d-forum',
  repo: 'SirNate0/Urho3D-Discourse-Archive',
  commit: '9a0514311fb511086df5a544e5c7c4a879b74e29',
  read,
} satisfies CommentSource;
