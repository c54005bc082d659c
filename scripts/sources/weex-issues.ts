// Issue tracker of Weex (github.com/alibaba/weex, 2016-2017: Alibaba's framework for building Android/iOS/web apps
// from Vue-like templates; its tracker is mostly app developers' problem reports - components not rendering, layout
// differing between Android and iOS, crashes, build errors - and how-do-I questions, mostly in Chinese, some in
// English, answered by the Weex team), read from Hanks10100/issue-tracker (a Weex team member's statistics project)
// at the last commit that still holds its snapshot: issues/<number>.json, one GitHub REST issue per file (pull requests
// are in prs/ and not read) with its comments in `comments` (body, user.login; time order) and `assignees`,
// `closed_by`.
//
// Page rule (fixed, deterministic): an issue is eligible when it has 1..25 comments with text. Sort the eligible
// issues by number and take every 16th one, starting with the first (positions 0, 16, 32, ...). Whole threads: i=0 is
// the issue's own body (skipped when empty), then its comments in order. page = "<issue number>".
//
// Staff: the export has no author_association, so staff are everyone who, in any issue of the export, is an assignee
// (GitHub only lets collaborators be assigned) or closed an issue opened by someone else (needs triage rights): the
// Weex team (Jinjiang, sospartan, MrRaindrop, acton393, cxfeng1, Hanks10100, ...).
//
// Text: GitHub-flavoured Markdown as a reader sees it rendered (scripts/sources/github-markdown.ts): HTML comments
// (the bilingual issue-template hints) dropped, code kept verbatim, emphasis/link/image syntax reduced to text, line
// breaks kept, quoted lines prefixed "> ", inline HTML read with linkedom.
import { readIssueFiles, threadComments, type Thread } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const EVERY = 16;

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

/** Every issue of the export (pull requests left out) as a thread, by number, with the staff rule applied. */
export function issueThreads(files: RepositoryFiles): Thread[] {
  const all = readIssueFiles<Issue>(files)
    .filter((d) => !d.pull_request)
    .sort((a, b) => a.number - b.number);
  const staff = new Set<string>();
  for (const d of all) {
    for (const a of [d.assignee, ...(d.assignees ?? [])]) if (a?.login) staff.add(a.login);
    if (d.closed_by?.login && d.closed_by.login !== d.user?.login) staff.add(d.closed_by.login);
  }
  const post = (p: Issue | Comment) => ({ body: p.body, author: p.user?.login, staff: staff.has(p.user?.login ?? '') });
  return all.map((d) => ({
    page: String(d.number),
    opening: post(d),
    replies: (Array.isArray(d.comments) ? d.comments : []).map(post),
  }));
}

export default {
  id: 'weex-issues',
  repo: 'Hanks10100/issue-tracker',
  commit: 'e291cb321e5d9bdd7ed28b049f057a6a24066bc1',
  read(files: RepositoryFiles): SourceComment[] {
    return threadComments(issueThreads(files), { every: EVERY });
  },
} satisfies CommentSource;
