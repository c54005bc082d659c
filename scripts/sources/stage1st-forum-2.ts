// Stage1st forum (bbs.saraba1st.com), second set: more help / fault threads from the same archive as the first set
// (scripts/sources/stage1st-forum.ts, whose header describes the source, the file layout and the text conversion).
// The candidate threads (threads: first file of every thread whose title matches the first set's help/fault word
// list, one path per thread id, sorted by thread id), the first set's choice (STEP, OFFSET) and the reading of the
// chosen threads (readThreads: post parser, floor loop, text conversion) come from there.
//
// Page rule (fixed, deterministic): number the candidate threads k = 0, 1, … (the first set's numbering) and drop
// every thread the first set takes (k % 9 === 3). Of the remaining threads, numbered m = 0, 1, … in the same order,
// keep every 5th one starting with the 3rd (m % 5 === 2): 20 threads of 2021-2023 from three boards. Only floors
// 1#-20# are taken (a floor that a file holds twice, once); the opening post (1#, 楼主) is i = 0, then reading order.
// page = the thread id (same key form as the first set, so the sets are disjoint by construction).
// readThreads runs with MAX_FLOOR = 20. Posts that are the banned-author placeholder or end up empty are skipped, as in
// the first set.
// Staff: as in the first set, the archive does not mark moderators, so no comment is staff.
import first, { OFFSET as FIRST_OFFSET, STEP as FIRST_STEP, readThreads, threads } from './stage1st-forum';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const K = 5;
const OFFSET = 2;
const MAX_FLOOR = 20;

function read(files: RepositoryFiles): SourceComment[] {
  const chosen = threads(files)
    .filter((_t, k) => k % FIRST_STEP !== FIRST_OFFSET)
    .filter((_t, m) => m % K === OFFSET);
  return readThreads(files, chosen, MAX_FLOOR);
}

export default {
  id: 'stage1st-forum-2',
  repo: first.repo,
  commit: '1a212a9b4355b4ddfdcdb775dcfa7493cf557622',
  read,
} satisfies CommentSource;
