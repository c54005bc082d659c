// Issue tracker of Weex, third set: more whole issue threads from the same export as weex-issues
// (scripts/sources/weex-issues.ts; see its header for the source, the commit, the staff rule and the text rules), on
// issues neither weex-issues nor weex-issues-2 uses. The threads with their staff rule come from the first reader
// (issueThreads), the eligibility rule and the text from issue-threads.ts (threadComments), as in both earlier sets.
//
// Page rule (fixed, deterministic): the same eligible issues as the first set -- issues (not pull requests) with
// 1..25 comments with text -- sorted by number; take those at positions p with p % 14 === 2 (2, 30, 44, ...), leaving out
// the multiples of 16 (16, 128, ...), which weex-issues takes (p % 16 === 0). Such p are even, and weex-issues-2 takes
// p % 14 === 7, all odd: the three sets share no issue (checked below). Whole threads: i=0 is the issue's own body (skipped
// when empty), then its comments with text, in order. page = "<issue number>".
//
// Staff (as in the first set): everyone who, in any issue of the export, is an assignee or closed an issue opened by
// someone else.
import { threadComments } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import first, { EVERY as FIRST_EVERY, issueThreads } from './weex-issues';
import { OFFSET as SECOND_OFFSET, STEP as SECOND_STEP } from './weex-issues-2';

const STEP = 14;
const OFFSET = 2;

export default {
  id: 'weex-issues-3',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const keep = (p: number) => {
      if (p % STEP !== OFFSET || p % FIRST_EVERY === 0) return false;
      if (p % SECOND_STEP === SECOND_OFFSET) throw new Error(`weex-issues-3: position ${p} is also in weex-issues-2`);
      return true;
    };
    return threadComments(issueThreads(files), { keep });
  },
} satisfies CommentSource;
