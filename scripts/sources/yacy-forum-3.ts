// German YaCy forum, third set: more whole topics from the same archive as the first two sets (scripts/sources/yacy-forum.ts,
// whose header describes the source, the Markdown and the text conversion; scripts/sources/yacy-forum-2.ts). The usable
// topics (usableTopics), the first set's choice (inFirstSet) and the comments of a topic (topicComments: text
// conversion, spam accounts, staff) come from the first reader: posts grouped by (forum, title without "Re: "), a usable
// topic has 3..30 posts, exactly one without "Re:" and that one is the earliest (the opener, i=0); posts ordered by
// Date line (ties by path); topics sorted by the opener's date (ties by path).
//
// Page rule (fixed, deterministic): the same numbering as yacy-forum-2: number the usable topics j = 0, 1, … and drop
// every topic the first set takes (j % STEP === 0 or j % EXTRA_STEP === EXTRA_OFFSET) and the topics of the
// English-language sections ("English", "YaCy Coding & Architecture"); number the remaining topics m = 0, 1, … in the
// same order. yacy-forum-2 keeps m % 7 === 3; this set keeps another residue of the same modulus, m % K === OFFSET
// (K = 7, OFFSET = 0), so it shares no topic with either earlier set. Whole topics are kept. page = "t<opener date,
// YYYYMMDD-hhmmss>" (same key form as the other sets).
//
// Posts by the spam accounts are skipped after selection; empty posts too. Besides the first reader's spam accounts,
// this set's topics hold posts by four more (MORE_SPAM: a copied sentence of an earlier post or unrelated text followed
// by an advertising signature); they are dropped after topicComments and the remaining posts renumbered i = 0, 1, ….
// Staff: the first set's list (YaCy's core developers / forum team).
import first, { inFirstSet, topicComments, usableTopics } from './yacy-forum';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ENGLISH_FORUMS = new Set(['English', 'YaCy Coding & Architecture']);
const K = 7;
const OFFSET = 0;
/** Spam accounts in this set's topics that the first reader's SPAM_AUTHORS does not list. */
const MORE_SPAM = new Set(['JasonRain', 'najatuw4646', 'csluyuan', 'lindseynicole010']);

function read(files: RepositoryFiles): SourceComment[] {
  return usableTopics(files)
    .filter((t, j) => !inFirstSet(j) && !ENGLISH_FORUMS.has(t[0].forum))
    .filter((_, m) => m % K === OFFSET)
    .flatMap((posts) =>
      topicComments(posts)
        .filter((c) => !MORE_SPAM.has(c.author ?? ""))
        .map((c, i) => ({ ...c, i })),
    );
}

export default {
  id: 'yacy-forum-3',
  repo: first.repo,
  commit: 'b5cc041bc17d600aa90535d66c38aa7a36df5d2f',
  read,
} satisfies CommentSource;
