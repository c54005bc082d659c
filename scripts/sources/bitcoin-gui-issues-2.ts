// Bitcoin Core GUI issue tracker, second set: more whole issue threads (issues only, no pull requests) from the same
// export as bitcoin-gui-issues (scripts/sources/bitcoin-gui-issues.ts; see its header for the source, the skipped
// comments, the staff rule and the text rules). This reader reuses that reader's exported constants (STAFF, BOTS,
// EVERY, IssueFile), its repo and commit, and the shared thread code (issue-threads.ts: readIssueFiles,
// threadComments). Copied here: the short mapping of an issue file to a thread (as in the first reader's `read`) and
// the one-line eligibility test (a reply counts when its body holds a letter or digit, as in issue-threads.ts).
//
// Page rule (fixed, deterministic): the same eligible issues as the first set -- type "issue", 1..25 comments left
// after the skips -- sorted by number; keep positions p with p % EVERY === OFFSET (EVERY = 4, OFFSET = 2: positions
// 2, 6, 10, ...). The first set keeps p % 4 === 0, so the two sets share no issue.
// Whole threads: i=0 is the issue's own body (skipped when empty), then its comments in order. page = "<issue number>".
//
// Staff: as in the first set, author_association OWNER, MEMBER or COLLABORATOR.
import first, { BOTS, EVERY, STAFF, type IssueFile } from './bitcoin-gui-issues';
import { readIssueFiles, threadComments, type Thread } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OFFSET: number = 2;
if (OFFSET === 0) throw new Error('bitcoin-gui-issues-2 must use another offset than bitcoin-gui-issues (0)');

const hasContent = (body: string | null | undefined) => /[\p{L}\p{N}]/u.test(body ?? '');

function read(files: RepositoryFiles): SourceComment[] {
  const issues = readIssueFiles<IssueFile>(files)
    .filter((d) => d.type === 'issue')
    .sort((a, b) => a.issue.number - b.issue.number);
  const post = (body: string | null | undefined, login: string | undefined, assoc: string | undefined) => ({
    body,
    author: login,
    staff: STAFF.has(assoc ?? ''),
  });
  const threads: Thread[] = issues.map(({ issue, events }) => ({
    page: String(issue.number),
    opening: post(issue.body, issue.user.login, issue.author_association),
    replies: events
      .filter((e) => e.event === 'commented' && !BOTS.has((e.user ?? e.actor)?.login ?? ''))
      .map((e) => post(e.body, (e.user ?? e.actor)?.login, e.author_association)),
  }));
  const eligible = threads.filter((t) => {
    const n = t.replies.filter((r) => hasContent(r.body)).length;
    return n >= 1 && n <= 25;
  });
  // Every kept thread is eligible, so threadComments (every = 1) keeps them all.
  return threadComments(eligible.filter((_, p) => p % EVERY === OFFSET));
}

export default { id: 'bitcoin-gui-issues-2', repo: first.repo, commit: first.commit, read } satisfies CommentSource;
