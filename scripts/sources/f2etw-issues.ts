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
// Text: GitHub-flavoured Markdown as a reader sees it rendered (same conversion as the bitcoin-gui-issues reader,
// copied here so this reader's texts do not move when that file changes): HTML comments dropped, fenced and indented
// code kept verbatim, headings/emphasis/link and image syntax reduced to their text, every line break kept, quoted
// lines prefixed "> ", list bullets dropped, horizontal rules and table separator rows dropped; inline HTML read with
// linkedom.
import { htmlToText } from './html-text';
import { escapeHtml, Stash } from './markdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
const hasContent = (body: string | null | undefined) => /[\p{L}\p{N}]/u.test(body ?? '');
const EVERY = 2;
const FILES: [string, string][] = [
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

function inline(text: string): string {
  const codes = new Stash();
  let s = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _r, code: string) => codes.put(escapeHtml(code.trim())));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(/\[([^\]]+)\]\(\s*<?[^\s>]*?>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1');
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1');
  s = s
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
    .replace(/__(?=\S)([\s\S]*?\S)__(?!\w)/g, '$1')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, '$1$2');
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');
  s = s.replace(/<(?![a-zA-Z/!])/g, '&lt;');
  return codes.restore(s);
}

function gfmToHtml(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?(-->|$)/g, '').split('\n');
  const out: string[] = [];
  let k = 0;
  let prevBlank = true;
  while (k < lines.length) {
    const line = lines[k];
    const fence = line.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fence) {
      const code: string[] = [];
      k++;
      while (k < lines.length && !lines[k].trimStart().startsWith(fence[1])) code.push(lines[k++]);
      k++;
      out.push(`<pre>${escapeHtml(code.join('\n'))}</pre>`);
      prevBlank = false;
      continue;
    }
    if (prevBlank && /^( {4}|\t)/.test(line) && line.trim()) {
      const code: string[] = [];
      while (k < lines.length && (/^( {4}|\t)/.test(lines[k]) || !lines[k].trim())) code.push(lines[k++].replace(/^( {4}|\t)/, ''));
      out.push(`<pre>${escapeHtml(code.join('\n').replace(/\n+$/, ''))}</pre>`);
      prevBlank = true;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (k < lines.length && /^\s{0,3}>/.test(lines[k])) quoted.push(lines[k++].replace(/^\s{0,3}> ?/, ''));
      out.push(`<blockquote>${gfmToHtml(quoted.join('\n'))}</blockquote>`);
      prevBlank = false;
      continue;
    }
    k++;
    if (!line.trim()) {
      out.push('<br>');
      prevBlank = true;
      continue;
    }
    prevBlank = false;
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rule
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator row
    if (/^\s{0,3}(=+|-+)\s*$/.test(line)) continue; // setext underline
    let l = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
    l = l.replace(/^\s*[-*+]\s+(?=\[[ xX]\])/, '').replace(/^\s*[-*+]\s+/, '');
    out.push(`${inline(l)}<br>`);
  }
  return out.join('\n');
}

const markdownToText = (md: string) => htmlToText(gfmToHtml(md), { keepWhitespaceIn: ['PRE'] });

export default {
  id: 'f2etw-issues',
  repo: 'f2etw/issues-backup',
  commit: '4cc3064584210a9332c420f0fa96b8c5398517eb',
  read(files: RepositoryFiles): SourceComment[] {
    const out: SourceComment[] = [];
    for (const [path, prefix] of FILES) {
      const issues = (JSON.parse(files.read(path)) as Issue[])
        .filter((d) => !d.pull_request)
        .sort((a, b) => a.number - b.number);
      const commentsOf = (d: Issue): Comment[] =>
        (d.comments_content ? (JSON.parse(d.comments_content) as Comment[]) : []).filter((c) => hasContent(c.body));
      const eligible = issues.filter((d) => {
        const n = commentsOf(d).length;
        return n >= 1 && n <= 25;
      });
      eligible.forEach((d, pos) => {
        if (pos % EVERY !== 0) return;
        const page = `${prefix}-${d.number}`;
        let i = 0;
        const push = (body: string | null | undefined, login: string | undefined, assoc: string | undefined) => {
          if (!hasContent(body)) return;
          const text = markdownToText(body ?? '');
          if (!hasContent(text)) return;
          out.push({ page, i: i++, text, author: login, staff: STAFF.has(assoc ?? '') });
        };
        push(d.body, d.user?.login, d.author_association);
        for (const c of commentsOf(d)) push(c.body, c.user?.login, c.author_association);
      });
    }
    return out;
  },
} satisfies CommentSource;
