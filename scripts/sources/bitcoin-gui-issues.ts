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
import { htmlToText } from './html-text';
import { escapeHtml, Stash } from './markdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
const BOTS = new Set(['DrahtBot']);
/** Text a reader would count as a comment: not empty, not a wiped "." placeholder. */
const hasContent = (body: string | null | undefined) => /[\p{L}\p{N}]/u.test(body ?? '');
const EVERY = 4;

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
interface IssueFile {
  type: string;
  issue: { number: number; body?: string | null; user: User; author_association: string };
  events: Event[];
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
  // A "<" that does not open a tag is text.
  s = s.replace(/<(?![a-zA-Z/!])/g, '&lt;');
  return codes.restore(s);
}

/** GitHub Markdown of one comment as HTML for htmlToText. */
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

export const githubMarkdownToText = (md: string) => htmlToText(gfmToHtml(md), { keepWhitespaceIn: ['PRE'] });

export default {
  id: 'bitcoin-gui-issues',
  repo: 'bitcoin-data/github-metadata-backup-bitcoin-core-gui',
  commit: '4d6a618866d6079ef63547f36328067001b58f37',
  read(files: RepositoryFiles): SourceComment[] {
    const issues: IssueFile[] = files
      .list('issues/')
      .filter((p) => /^issues\/\d+\.json$/.test(p))
      .map((p) => JSON.parse(files.read(p)) as IssueFile)
      .filter((d) => d.type === 'issue')
      .sort((a, b) => a.issue.number - b.issue.number);
    const commented = (d: IssueFile) =>
      d.events.filter((e) => e.event === 'commented' && hasContent(e.body) && !BOTS.has((e.user ?? e.actor)?.login ?? ''));
    const eligible = issues.filter((d) => {
      const n = commented(d).length;
      return n >= 1 && n <= 25;
    });
    const out: SourceComment[] = [];
    eligible.forEach((d, pos) => {
      if (pos % EVERY !== 0) return;
      const page = String(d.issue.number);
      let i = 0;
      const push = (body: string | null | undefined, login: string | undefined, assoc: string | undefined) => {
        if (!hasContent(body)) return;
        const text = githubMarkdownToText(body ?? '');
        if (!hasContent(text)) return;
        out.push({ page, i: i++, text, author: login, staff: STAFF.has(assoc ?? '') });
      };
      push(d.issue.body, d.issue.user.login, d.issue.author_association);
      for (const e of commented(d)) push(e.body, (e.user ?? e.actor)?.login, e.author_association);
    });
    return out;
  },
} satisfies CommentSource;
