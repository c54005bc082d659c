// Issue tracker of kernel-hardening-checker (github.com/a13xp0p0v/kernel-hardening-checker, formerly kconfig-hardened-check,
// 2018-2026: Alexander Popov's command-line tool that checks a Linux kernel's .config, kernel command line and sysctl
// values against security-hardening recommendations; packaged by Debian, Arch, Gentoo and others). Its users - kernel
// and distro maintainers, system administrators, security people - report false positives, wrong results and crashes
// of the tool, ask what a check means or why it is recommended, and suggest new checks; the author answers.
// Read from the repository itself at a pinned commit: issues.md, the author's backup of every GitHub issue and pull
// request made with gh2md ("Backup the pull requests and issues into a Markdown file using gh2md"): one section per
// thread, newest first, separated by a line of 79 "-"; each section is a heading "# [\#<number> Issue|PR](url)
// `state`: title", an optional "**Labels**" line, then one post after another, each opened by a line
// `#### <img src=... width="50">[login](profile) opened issue|commented at [date](url):` and followed by its
// Markdown body as written on GitHub. A deleted account is shown as "(unknown)".
//
// Page rule (fixed, deterministic): issues only (pull requests, mostly code review, are left out), and of those the
// ones whose number is not a multiple of 3; sorted by number. An issue is eligible when it has 1..25 comments with
// text (issue-threads.ts), and every eligible issue is taken. Whole threads: i=0 is the issue's own body (skipped
// when empty), then its comments in order. page = "<issue number>". Titles are not read.
//
// Comments skipped: those of bot accounts (codecov-commenter, any "[bot]" login): automatic coverage reports.
//
// Staff: the export records no author association, so staff is the repository owner, a13xp0p0v (the author, the only
// one who merges and closes there). Regular contributors (Willenst, ...) are not staff.
//
// Text: GitHub-flavoured Markdown as a reader sees it rendered (github-markdown.ts, shared with the other GitHub
// issue readers). The avatar/author/date line of each post is not part of its text.
import { threadComments, type Thread, type ThreadPost } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER = 'a13xp0p0v';
const BOTS = new Set(['codecov-commenter', 'codecov']);
const SEPARATOR = /\n-{79}\n/;
const HEADING = /^# \[\\#(\d+) (Issue|PR)\]/m;
const POST = /^#### <img src="[^"]*" width="50">\[([^\]\n]+)\]\((?:\(unknown\)|[^)\n]*)\) (opened issue|commented) at \[[^\]\n]*\]\([^)\n]*\):[ \t]*$/gm;

interface Section {
  number: number;
  kind: string;
  posts: { author: string; opening: boolean; body: string }[];
}

function sections(md: string): Section[] {
  const out: Section[] = [];
  for (const part of md.replace(/\r\n?/g, '\n').split(SEPARATOR)) {
    const head = part.match(HEADING);
    if (!head) continue;
    const marks = [...part.matchAll(POST)];
    const posts = marks.map((m, k) => ({
      author: m[1],
      opening: m[2] === 'opened issue',
      body: part.slice(m.index! + m[0].length, k + 1 < marks.length ? marks[k + 1].index : part.length).trim(),
    }));
    out.push({ number: Number(head[1]), kind: head[2], posts });
  }
  return out;
}

const isBot = (login: string) => BOTS.has(login) || /\[bot\]$/.test(login);
const post = (author: string, body: string): ThreadPost => ({
  body,
  author: author === '(unknown)' ? undefined : author,
  staff: author === OWNER,
});

export default {
  id: 'kernelhardening-issues',
  repo: 'a13xp0p0v/kernel-hardening-checker',
  commit: '0b9aebf818145f772407135b79418958c1ec5ed1',
  read(files: RepositoryFiles): SourceComment[] {
    const threads: Thread[] = sections(files.read('issues.md'))
      .filter((s) => s.kind === 'Issue' && s.number % 3 !== 0)
      .sort((a, b) => a.number - b.number)
      .map((s) => {
        const opening = s.posts.find((p) => p.opening);
        return {
          page: String(s.number),
          opening: post(opening?.author ?? '(unknown)', opening?.body ?? ''),
          replies: s.posts.filter((p) => !p.opening && !isBot(p.author)).map((p) => post(p.author, p.body)),
        };
      });
    return threadComments(threads);
  },
} satisfies CommentSource;
