// Issue threads of two GitHub repositories of f2etw, the Taiwanese front-end developers' community (mostly traditional
// Chinese): f2etw/jobs (a job board: each issue is a job ad, comments are questions to the employer, the employer's
// answers, "position filled" notes and moderators' requests) and f2etw/f2e-notes (shared links and notes).
// Read from f2etw/issues-backup at its last commit: jobs-latest.json and f2e-notes-latest.json, each an array of
// GitHub REST issues (with author_association), each issue's comments kept as a JSON string in `comments_content`
// (an array of GitHub REST issue comments: body, user.login, author_association; in time order).
//
// (Stands in for JmeHsieh/g0v-issues-backup, the lead this helper was given: that repository holds only the download
// script; its _data/ is git-ignored, so no issue data was ever committed.)
//
// Page rule (fixed, deterministic): pull requests are left out. An issue is eligible when it has 1..25 comments with
// text. For each of the two files in turn (jobs, then f2e-notes), sort its eligible issues by number and take every
// 2nd one, starting with the first (positions 0, 2, 4, ...). Whole threads: i=0 is the issue's own body (skipped when
// empty), then its comments in order. page = "jobs-<number>" or "notes-<number>".
//
// Staff: author_association OWNER, MEMBER or COLLABORATOR as the export records it (the f2etw organisation's members,
// who moderate the job board). CONTRIBUTOR and NONE are not staff.
//
// Text: GitHub-flavoured Markdown as a reader sees it rendered (scripts/sources/github-markdown.ts):
// HTML comments dropped, fenced and indented
// code kept verbatim, headings/emphasis/link and image syntax reduced to their text, every line break kept, quoted
// lines prefixed "> ", list bullets dropped, horizontal rules and table separator rows dropped; inline HTML read with
// linkedom.
import { threadComments, type Thread } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const STAFF = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
export const EVERY = 2;
export const FILES: [string, string][] = [
  ['jobs-latest.json', 'jobs'],
  ['f2e-notes-latest.json', 'notes'],
];

interface User {
  login: string;
}
interface Comment {
  body?: string | null;
  user?: User | null;
  author_association?: string;
}
interface Issue {
  number: number;
  body?: string | null;
  user?: User | null;
  author_association?: string;
  pull_request?: unknown;
  comments_content?: string;
}

/** The issues of one export file (pull requests left out) as threads, by number, pages "<prefix>-<number>". */
export function fileThreads(files: RepositoryFiles, path: string, prefix: string): Thread[] {
  const post = (p: Issue | Comment) => ({
    body: p.body,
    author: p.user?.login,
    staff: STAFF.has(p.author_association ?? ''),
  });
  return (JSON.parse(files.read(path)) as Issue[])
    .filter((d) => !d.pull_request)
    .sort((a, b) => a.number - b.number)
    .map((d) => ({
      page: `${prefix}-${d.number}`,
      opening: post(d),
      replies: (d.comments_content ? (JSON.parse(d.comments_content) as Comment[]) : []).map(post),
    }));
}

export default {
  id: 'f2etw-issues',
  repo: 'f2etw/issues-backup',
  commit: '4cc3064584210a9332c420f0fa96b8c5398517eb',
  read(files: RepositoryFiles): SourceComment[] {
    return FILES.flatMap(([path, prefix]) => threadComments(fileThreads(files, path, prefix), { every: EVERY }));
  },
} satisfies CommentSource;
