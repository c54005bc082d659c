// Issue tracker of Gavin Howard's bc (github.com/gavinhoward/bc): the command-line calculator `bc`/`dc` shipped as the
// bc of FreeBSD, macOS, Android (AOSP) and others; users report wrong results, build problems on their
// platforms and ask how to do things. Read from the repository itself at a pinned commit: the author keeps the
// project-management history in project/ (see project/README.md there): github_issues.json and github_prs.json, both
// `gh issue/pr list --json ...` exports of every GitHub issue and pull request, each with `comments` (the conversation:
// body, author.login, authorAssociation, createdAt, in time order). project/gitea.db (the later self-hosted tracker,
// an SQLite file) and the hand-written project/issue*.md notes are not read.
//
// Page rule (fixed, deterministic): all issues of github_issues.json, sorted by number, then all pull requests of
// github_prs.json, sorted by number; a thread is eligible when it has 1..25 comments with text (issue-threads.ts), and
// every eligible thread is taken. Whole threads: i=0 is the issue's or pull request's own description (skipped when
// empty; titles are not read, so issue 80, whose thanks sits in its title only, starts with the owner's reply), then
// its conversation comments in order (review comments on code lines are not part of the export's `comments` and are
// not read). page = "<issue number>" for issues, "pr-<number>" for pull requests.
//
// Comments skipped: those of bot accounts (codecov, any "[bot]" login): automatic coverage reports.
//
// Staff: authorAssociation OWNER, MEMBER or COLLABORATOR as the export records it for each comment. The export gives
// no association for the opening posts, so an opening post is staff when its author is the repository owner
// (gavinhoward), the only person who merges and closes there. CONTRIBUTOR (people who had a commit merged) is not
// staff.
//
// Text: GitHub-flavoured Markdown as a reader sees it rendered (github-markdown.ts, shared with the other GitHub
// issue readers).
import { threadComments, type Thread } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
const OWNER = 'gavinhoward';
/** Bot accounts whose comments are automatic notices (Codecov's coverage reports on pull requests): skipped. */
const BOTS = new Set(['codecov']);

interface Comment {
  author?: { login?: string } | null;
  authorAssociation?: string;
  body?: string | null;
}
interface Entry {
  number: number;
  author?: { login?: string } | null;
  body?: string | null;
  comments?: Comment[];
}

function threads(entries: Entry[], prefix: string): Thread[] {
  return [...entries]
    .sort((a, b) => a.number - b.number)
    .map((e) => ({
      page: `${prefix}${e.number}`,
      opening: { body: e.body, author: e.author?.login, staff: e.author?.login === OWNER },
      replies: (e.comments ?? [])
        .filter((c) => !BOTS.has(c.author?.login ?? '') && !/\[bot\]$/.test(c.author?.login ?? ''))
        .map((c) => ({
          body: c.body,
          author: c.author?.login,
          staff: STAFF.has(c.authorAssociation ?? ''),
        })),
    }));
}

export default {
  id: 'bc-issues',
  repo: 'gavinhoward/bc',
  commit: '8292c1b5e37aea7aca6fba0782c7ee6c937d3723',
  read(files: RepositoryFiles): SourceComment[] {
    const issues = JSON.parse(files.read('project/github_issues.json')) as Entry[];
    const pulls = JSON.parse(files.read('project/github_prs.json')) as Entry[];
    return threadComments([...threads(issues, ''), ...threads(pulls, 'pr-')]);
  },
} satisfies CommentSource;
