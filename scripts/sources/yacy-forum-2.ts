// German YaCy forum, second set: more whole topics from the same archive as the first set (scripts/sources/yacy-forum.ts,
// whose header describes the source, the Markdown and the text conversion). Post parsing, text conversion, the spam
// accounts, the staff list and the first set's page-rule constants are imported from there; the grouping of posts into
// topics (the first reader does it inside its `read`) is copied: posts grouped by (forum, title without "Re: "), a
// usable topic has 3..30 posts, exactly one without "Re:" and that one is the earliest (the opener, i=0); posts ordered
// by Date line (ties by path); topics sorted by the opener's date (ties by path).
//
// Page rule (fixed, deterministic): number the usable topics j = 0, 1, … in that order (the same numbering as the first
// set) and drop every topic the first set takes (j % STEP === 0 or j % EXTRA_STEP === EXTRA_OFFSET) and the topics of
// the English-language sections ("English", "YaCy Coding & Architecture"), so the set is German. Of the remaining
// topics, numbered m = 0, 1, … in the same order, keep every K-th one starting with OFFSET (m % K === OFFSET). Whole
// topics are kept. page = "t<opener date, YYYYMMDD-hhmmss>" (same key form as the first set, so the sets are disjoint
// by construction).
//
// Posts by the spam accounts are skipped after selection; empty posts too. Staff: the first set's list (YaCy's core
// developers / forum team).
import first, { blocks, EXTRA_OFFSET, EXTRA_STEP, parse, SPAM_AUTHORS, STAFF, STEP, type Post } from './yacy-forum';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ENGLISH_FORUMS = new Set(['English', 'YaCy Coding & Architecture']);
const K = 7;
const OFFSET = 3;

function read(files: RepositoryFiles): SourceComment[] {
  const groups = new Map<string, Post[]>();
  for (const path of files.list('content/')) {
    if (!path.endsWith('.md')) continue;
    const post = parse(path, files.read(path));
    if (!post) continue;
    const key = `${post.forum}\u0001${post.topic}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(post);
  }
  const order = (a: Post, b: Post) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const topics: Post[][] = [];
  for (const posts of groups.values()) {
    posts.sort(order);
    if (posts.length < 3 || posts.length > 30) continue;
    if (posts.filter((p) => !p.reply).length !== 1 || posts[0].reply) continue;
    topics.push(posts);
  }
  topics.sort((a, b) => order(a[0], b[0]));
  const rest = topics.filter((t, j) => j % STEP !== 0 && j % EXTRA_STEP !== EXTRA_OFFSET && !ENGLISH_FORUMS.has(t[0].forum));
  const out: SourceComment[] = [];
  rest.forEach((posts, m) => {
    if (m % K !== OFFSET) return;
    const page = `t${posts[0].date.replace(/-/g, '').replace(' ', '-').replace(/:/g, '')}`;
    let i = 0;
    for (const p of posts) {
      if (SPAM_AUTHORS.has(p.author)) continue;
      const text = blocks(p.body);
      if (!text) continue;
      out.push({ page, i: i++, text, author: p.author, staff: STAFF.has(p.author) });
    }
  });
  return out;
}

export default {
  id: 'yacy-forum-2',
  repo: first.repo,
  commit: 'b5cc041bc17d600aa90535d66c38aa7a36df5d2f',
  read,
} satisfies CommentSource;
