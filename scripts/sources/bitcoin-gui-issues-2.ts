// Bitcoin Core GUI issue tracker, second set: more whole issue threads (issues only, no pull requests) from the same
// export as bitcoin-gui-issues (scripts/sources/bitcoin-gui-issues.ts; see its header for the source, the skipped
// comments, the staff rule and the text rules). This reader reuses that reader's threads (issueThreads: issue files
// to threads, bot comments skipped, staff marked), EVERY, its repo and commit, and the shared thread code
// (issue-threads.ts: threadComments, which also applies the eligibility rule).
//
// Page rule (fixed, deterministic): the same eligible issues as the first set -- type "issue", 1..25 comments left
// after the skips -- sorted by number; keep positions p with p % EVERY === OFFSET (EVERY = 4, OFFSET = 2: positions
// 2, 6, 10, ...). The first set keeps p % 4 === 0, so the two sets share no issue.
// Whole threads: i=0 is the issue's own body (skipped when empty), then its comments in order. page = "<issue number>".
//
// Staff: as in the first set, author_association OWNER, MEMBER or COLLABORATOR.
import first, { EVERY, issueThreads } from './bitcoin-gui-issues';
import { threadComments } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OFFSET: number = 2;
if (OFFSET === 0) throw new Error('bitcoin-gui-issues-2 must use another offset than bitcoin-gui-issues (0)');

function read(files: RepositoryFiles): SourceComment[] {
  return threadComments(issueThreads(files), { keep: (p) => p % EVERY === OFFSET });
}

export default { id: 'bitcoin-gui-issues-2', repo: first.repo, commit: first.commit, read } satisfies CommentSource;
