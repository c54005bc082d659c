// LosersJuegos forum, second set: more whole topics from the same four Spanish help boards as losersjuegos-forum
// (scripts/sources/losersjuegos-forum.ts; see its header for the site, the boards, the staff rule and the text rules).
// This reader reuses that reader's exported parsing (parseTopic) and constants; only the short topic loop of its
// `read` (board filter, 3-15 posts, sort by topic id, htmlToText call) is repeated here, with another offset.
//
// Page rule (fixed, deterministic): the same candidate topics as the first set -- topic pages of boards f=6, 7, 8
// and 24 that say "Página 1 de 1" and hold 3 to 15 posts, opener included -- sorted by topic id; keep every STEP-th
// (5), starting with the 0th (index % 5 === 0). The first set keeps index % 5 === 2, so the two sets share no topic.
// All posts of each kept topic, in page order, the opener as i = 0; a post whose text is empty is skipped.
// page = "t<topic id>".
//
// Staff: as in the first set, the post's author link carries phpBB's class "username-coloured" (Hugo Ruscitti,
// administrator, and the global moderators).
import { htmlToText } from './html-text';
import { BOARDS, COMMIT, MAX_POSTS, MIN_POSTS, OFFSET as FIRST_OFFSET, REPO, STEP, parseTopic, type Post } from './losersjuegos-forum';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OFFSET: number = 0;
if (OFFSET === FIRST_OFFSET) throw new Error('losersjuegos-forum-2 must use another offset than losersjuegos-forum');

function read(files: RepositoryFiles): SourceComment[] {
  const topics: { id: number; posts: Post[] }[] = [];
  for (const path of files.list('foro/')) {
    const m = /^foro\/viewtopic\.php-f=(\d+)&t=(\d+)\.html$/.exec(path);
    if (!m || !BOARDS.has(Number(m[1]))) continue;
    const { complete, posts } = parseTopic(files.read(path));
    if (!complete || posts.length < MIN_POSTS || posts.length > MAX_POSTS) continue;
    topics.push({ id: Number(m[2]), posts });
  }
  topics.sort((a, b) => a.id - b.id);
  const out: SourceComment[] = [];
  topics.forEach((t, j) => {
    if (j % STEP !== OFFSET) return;
    let i = 0;
    for (const p of t.posts) {
      const text = htmlToText(p.html, { moreBlocks: ['DT', 'DD', 'DL'] });
      if (!text) continue;
      out.push({ page: `t${t.id}`, i: i++, text, author: p.author, staff: p.staff });
    }
  });
  return out;
}

export default { id: 'losersjuegos-forum-2', repo: REPO, commit: COMMIT, read } satisfies CommentSource;
