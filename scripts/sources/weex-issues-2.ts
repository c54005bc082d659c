// Issue tracker of Weex, second set: more whole issue threads from the same export as weex-issues
// (scripts/sources/weex-issues.ts; see its header for the source, the commit, the staff rule and the text rules), on
// issues that set does not use. The thread building and text come from issue-threads.ts (readIssueFiles,
// threadComments), as in the first set; copied from the first reader are only its minimal Issue type and its three-line
// staff loop (they are not exported), and the one-line "has text" test of issue-threads.ts, to find eligible issues.
//
// Page rule (fixed, deterministic): the same eligible issues as the first set -- issues (not pull requests) with
// 1..25 comments with text -- sorted by number; take those at positions p with p % 14 === 7 (7, 21, 35, ...). The
// first set takes p % 16 === 0; as 7 mod 14 is odd and multiples of 16 are even, the two sets share no issue (checked
// below). Whole threads: i=0 is the issue's own body (skipped when empty), then its comments with text, in order.
// page = "<issue number>".
//
// Staff (as in the first set): everyone who, in any issue of the export, is an assignee or closed an issue opened by
// someone else.
import { readIssueFiles, threadComments } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import first, { EVERY as FIRST_EVERY } from './weex-issues';

const STEP = 14;
const OFFSET = 7;

interface User {
  login: string;
}
interface Comment {
  body?: string | null;
  user?: User | null;
}
interface Issue {
  number: number;
  body?: string | null;
  user?: User | null;
  pull_request?: unknown;
  assignee?: User | null;
  assignees?: User[] | null;
  closed_by?: User | null;
  comments?: Comment[] | number;
}

/** Same test as issue-threads.ts: the text a reader would count as a comment. */
const hasContent = (body: string | null | undefined) => /[\p{L}\p{N}]/u.test(body ?? '');

export default {
  id: 'weex-issues-2',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const all = readIssueFiles<Issue>(files)
      .filter((d) => !d.pull_request)
      .sort((a, b) => a.number - b.number);
    const staff = new Set<string>();
    for (const d of all) {
      for (const a of [d.assignee, ...(d.assignees ?? [])]) if (a?.login) staff.add(a.login);
      if (d.closed_by?.login && d.closed_by.login !== d.user?.login) staff.add(d.closed_by.login);
    }
    const comments = (d: Issue) => (Array.isArray(d.comments) ? d.comments : []);
    const eligible = all.filter((d) => {
      const n = comments(d).filter((c) => hasContent(c.body)).length;
      return n >= 1 && n <= 25;
    });
    const chosen = eligible.filter((_, p) => {
      if (p % STEP !== OFFSET) return false;
      if (p % FIRST_EVERY === 0) throw new Error(`weex-issues-2: position ${p} is also in weex-issues`);
      return true;
    });
    const post = (p: Issue | Comment) => ({ body: p.body, author: p.user?.login, staff: staff.has(p.user?.login ?? '') });
    return threadComments(
      chosen.map((d) => ({ page: String(d.number), opening: post(d), replies: comments(d).map(post) })),
      { every: 1 },
    );
  },
} satisfies CommentSource;
