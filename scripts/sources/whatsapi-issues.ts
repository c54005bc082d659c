// Issue tracker of WhatsAPI (github.com/venomous0x/WhatsAPI, 2012-2015: a PHP client for the WhatsApp messenger that
// hobbyists used to send and receive WhatsApp messages from their own scripts; its tracker is mostly users' problem
// reports - registration failures, blocked numbers, "login failed", media not sent - and how-do-I questions), read from
// forkingforker/WhatsAPI-issues-milestones-labels-pulls, a python-github-backup snapshot of that tracker taken in May
// 2015: issues/<number>.json, one GitHub REST issue per file with its comments in `comment_data` (body, user.login,
// time order) and its events in `event_data` (event, actor.login).
//
// Page rule (fixed, deterministic): pull requests (issues with `pull_request`) are left out. An issue is eligible when
// it has 1..25 comments with text. Sort the eligible issues by number and take every 12th one, starting with the first
// (positions 0, 12, 24, ...). Whole threads: i=0 is the issue's own body (skipped when empty), then its comments in
// order. page = "<issue number>".
//
// Staff: the export has no author_association, so staff are the repository owner (venomous0x) and everyone who, in
// any issue or pull request of the export, closed, reopened, renamed, labelled, unlabelled, assigned, milestoned or
// merged an issue or pull request opened by someone else (acts that need push/triage rights). In this export that is
// venomous0x, shirioko, veno, hubail and bahrain.
//
// Text: GitHub-flavoured Markdown as a reader sees it rendered (scripts/sources/github-markdown.ts; page rule and text
// shared with the other issue readers in scripts/sources/issue-threads.ts): HTML comments dropped, code kept verbatim,
// emphasis/link/image syntax reduced to text, line breaks kept, quoted lines prefixed "> ", inline HTML read with
// linkedom.
import { readIssueFiles, threadComments } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER = 'venomous0x';
const EVERY = 12;
const RIGHTS_EVENTS = new Set(['closed', 'reopened', 'renamed', 'labeled', 'unlabeled', 'assigned', 'milestoned', 'merged']);

interface User {
  login: string;
}
interface Comment {
  body?: string | null;
  user?: User | null;
}
interface Event {
  event: string;
  actor?: User | null;
}
interface Issue {
  number: number;
  body?: string | null;
  user?: User | null;
  pull_request?: unknown;
  comment_data?: Comment[];
  event_data?: Event[];
}

export default {
  id: 'whatsapi-issues',
  repo: 'forkingforker/WhatsAPI-issues-milestones-labels-pulls',
  commit: 'aac0914756fcd3e6c1b6b678bf3f537d95686359',
  read(files: RepositoryFiles): SourceComment[] {
    const all = readIssueFiles<Issue>(files).sort((a, b) => a.number - b.number);
    const staff = new Set([OWNER]);
    for (const d of all)
      for (const e of d.event_data ?? [])
        if (RIGHTS_EVENTS.has(e.event) && e.actor?.login && e.actor.login !== d.user?.login) staff.add(e.actor.login);
    const post = (p: Issue | Comment) => ({ body: p.body, author: p.user?.login, staff: staff.has(p.user?.login ?? '') });
    return threadComments(
      all
        .filter((d) => !d.pull_request)
        .map((d) => ({ page: String(d.number), opening: post(d), replies: (d.comment_data ?? []).map(post) })),
      { every: EVERY },
    );
  },
} satisfies CommentSource;
