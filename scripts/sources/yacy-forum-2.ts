// German YaCy forum, second set: more whole topics from the same archive as the first set (scripts/sources/yacy-forum.ts,
// whose header describes the source, the Markdown and the text conversion). The usable topics (usableTopics), the
// first set's choice (inFirstSet) and the comments of a topic (topicComments: text conversion, spam accounts, staff)
// come from there: posts grouped by (forum, title without "Re: "), a usable topic has 3..30 posts, exactly one without
// "Re:" and that one is the earliest (the opener, i=0); posts ordered by Date line (ties by path); topics sorted by
// the opener's date (ties by path).
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
import first, { inFirstSet, topicComments, usableTopics } from './yacy-forum';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ENGLISH_FORUMS = new Set(['English', 'YaCy Coding & Architecture']);
const K = 7;
const OFFSET = 3;

function read(files: RepositoryFiles): SourceComment[] {
  return usableTopics(files)
    .filter((t, j) => !inFirstSet(j) && !ENGLISH_FORUMS.has(t[0].forum))
    .filter((_, m) => m % K === OFFSET)
    .flatMap(topicComments);
}

export default {
  id: 'yacy-forum-2',
  repo: first.repo,
  commit: 'b5cc041bc17d600aa90535d66c38aa7a36df5d2f',
  read,
} satisfies CommentSource;
