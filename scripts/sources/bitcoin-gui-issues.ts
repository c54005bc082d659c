// Bitcoin Core GUI issue tracker (github.com/bitcoin-core/gui, the Qt wallet/node app bitcoin-qt), read from
// bitcoin-data/github-metadata-backup-bitcoin-core-gui: issues/<number>.json, one file per issue, each
// {type: "issue", issue: <GitHub REST issue>, events: [...]}; the comments are the events with event = "commented"
// (body, user, author_association, created_at), in the order the export lists them (time order).
//
// Comments skipped: those of DrahtBot (the project's bot account: CI notices, and the "LLM spam detection" notice on
// wiped spam issues) and bodies with no letter or digit (wiped spam is left as ".").
//
// Page rule (fixed, deterministic): an issue is eligible when it has 1..25 comments left after those skips.
// Sort the eligible issues by number and take every 4th one, starting with the first (positions 0, 4, 8, ...).
// Whole threads are kept: i=0 is the issue's own body (skipped when empty), then its comments in order.
// page = "<issue number>".
//
// Staff: author_association OWNER, MEMBER or COLLABORATOR (as the export records it, for the issue body and for each
// comment). CONTRIBUTOR (people who had a commit merged) is not staff.
//
// Text: GitHub-flavoured Markdown as a reader sees it rendered: HTML comments (issue-template hints) dropped, fenced
// and indented code kept verbatim, headings/emphasis/link and image syntax reduced to their text, every line break
// kept (GitHub renders soft breaks in comments as breaks), quoted lines prefixed "> ", list bullets dropped (task-list
// boxes kept as "[ ]"/"[x]"), horizontal rules and table separator rows dropped; inline HTML (<details>, <img alt>,
// <br>, entities) read with linkedom like the other readers.
import { readIssueFiles, threadComments, type Thread } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const STAFF = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
export const BOTS = new Set(['DrahtBot']);
export const EVERY = 4;

interface User {
  login: string;
}
interface Event {
  event: string;
  body?: string | null;
  user?: User;
  actor?: User;
  author_association?: string;
}
export interface IssueFile {
  type: string;
  issue: { number: number; body?: string | null; user: User; author_association: string };
  events: Event[];
}

/** Every issue file of type "issue" as a thread, by number: bot comments dropped, staff marked. */
export function issueThreads(files: RepositoryFiles): Thread[] {
  const issues = readIssueFiles<IssueFile>(files)
    .filter((d) => d.type === 'issue')
    .sort((a, b) => a.issue.number - b.issue.number);
  const post = (body: string | null | undefined, login: string | undefined, assoc: string | undefined) => ({
    body,
    author: login,
    staff: STAFF.has(assoc ?? ''),
  });
  return issues.map(({ issue, events }) => ({
    page: String(issue.number),
    opening: post(issue.body, issue.user.login, issue.author_association),
    replies: events
      .filter((e) => e.event === 'commented' && !BOTS.has((e.user ?? e.actor)?.login ?? ''))
      .map((e) => post(e.body, (e.user ?? e.actor)?.login, e.author_association)),
  }));
}

export default {
  id: 'bitcoin-gui-issues',
  repo: 'bitcoin-data/github-metadata-backup-bitcoin-core-gui',
  commit: '4d6a618866d6079ef63547f36328067001b58f37',
  read(files: RepositoryFiles): SourceComment[] {
    return threadComments(issueThreads(files), { every: EVERY });
  },
} satisfies CommentSource;
