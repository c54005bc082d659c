// Issue tracker of Weex, second set: more whole issue threads from the same export as weex-issues
// (scripts/sources/weex-issues.ts; see its header for the source, the commit, the staff rule and the text rules), on
// issues that set does not use. The threads with their staff rule come from the first reader (issueThreads), the
// eligibility rule and the text from issue-threads.ts (threadComments), as in the first set.
//
// Page rule (fixed, deterministic): the same eligible issues as the first set -- issues (not pull requests) with
// 1..25 comments with text -- sorted by number; take those at positions p with p % 14 === 7 (7, 21, 35, ...). The
// first set takes p % 16 === 0; as 7 mod 14 is odd and multiples of 16 are even, the two sets share no issue (checked
// below). Whole threads: i=0 is the issue's own body (skipped when empty), then its comments with text, in order.
// page = "<issue number>".
//
// Staff (as in the first set): everyone who, in any issue of the export, is an assignee or closed an issue opened by
// someone else.
import { threadComments } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import first, { EVERY as FIRST_EVERY, issueThreads } from './weex-issues';

/** This set's rule: positions p with p % STEP === OFFSET. */
export const STEP = 14;
export const OFFSET = 7;

export default {
  id: 'weex-issues-2',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const keep = (p: number) => {
      if (p % STEP !== OFFSET) return false;
      if (p % FIRST_EVERY === 0) throw new Error(`weex-issues-2: position ${p} is also in weex-issues`);
      return true;
    };
    return threadComments(issueThreads(files), { keep });
  },
} satisfies CommentSource;
