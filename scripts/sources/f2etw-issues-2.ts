// f2etw issue threads, second set: more whole issue threads from the same export as f2etw-issues
// (scripts/sources/f2etw-issues.ts; see its header for the source, the commit, the staff rule and the text rules), on
// issues that set does not use. Files, "every" and the threads with their staff rule come from the first reader
// (FILES, EVERY, fileThreads); the eligibility rule and the text from issue-threads.ts (threadComments), as in the
// first set.
//
// Page rule (fixed, deterministic): the same eligible issues as the first set -- per file (jobs, then f2e-notes),
// issues (not pull requests) with 1..25 comments with text, sorted by number -- and take the positions the first set
// leaves out: p % 2 === 1 (1, 3, 5, ...). The first set takes p % 2 === 0, so the two sets share no issue (checked
// below). Whole threads: i=0 is the issue's own body (skipped when empty), then its comments with text, in order.
// page = "jobs-<number>" or "notes-<number>".
//
// Staff (as in the first set): author_association OWNER, MEMBER or COLLABORATOR.
import { threadComments } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import first, { EVERY as FIRST_EVERY, FILES, fileThreads } from './f2etw-issues';

export default {
  id: 'f2etw-issues-2',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return FILES.flatMap(([path, prefix]) => {
      const keep = (p: number) => {
        if (p % 2 !== 1) return false;
        if (p % FIRST_EVERY === 0) throw new Error(`f2etw-issues-2: position ${p} is also in f2etw-issues`);
        return true;
      };
      return threadComments(fileThreads(files, path, prefix), { keep });
    });
  },
} satisfies CommentSource;
