// LosersJuegos forum, third set: more whole topics from the same four Spanish help boards as losersjuegos-forum
// (scripts/sources/losersjuegos-forum.ts; see its header for the site, the boards, the staff rule and the text rules)
// and losersjuegos-forum-2. This reader runs the first reader's topic loop (readTopics: board filter, 3-15 posts, sort
// by topic id, text) with another offset.
//
// Page rule (fixed, deterministic): the same candidate topics as the first two sets -- topic pages of boards f=6, 7, 8
// and 24 that say "Página 1 de 1" and hold 3 to 15 posts, opener included -- sorted by topic id; keep every STEP-th
// (5), starting with the OFFSET-th (index % 5 === OFFSET, see below). The first set keeps index % 5 === 2 and the
// second index % 5 === 0, so the three sets share no topic. All posts of each kept topic, in page order, the opener as
// i = 0; a post whose text is empty is skipped. page = "t<topic id>".
//
// Staff: as in the first set, the post's author link carries phpBB's class "username-coloured" (Hugo Ruscitti,
// administrator, and the global moderators).
import { COMMIT, OFFSET as FIRST_OFFSET, REPO, STEP, readTopics } from './losersjuegos-forum';
import type { CommentSource, RepositoryFiles } from './source';

const SECOND_OFFSET: number = 0; // losersjuegos-forum-2
const OFFSET: number = 4;
if (OFFSET === FIRST_OFFSET || OFFSET === SECOND_OFFSET) {
  throw new Error('losersjuegos-forum-3 must use another offset than losersjuegos-forum and losersjuegos-forum-2');
}

const read = (files: RepositoryFiles) => readTopics(files, (j) => j % STEP === OFFSET);

export default { id: 'losersjuegos-forum-3', repo: REPO, commit: COMMIT, read } satisfies CommentSource;
