// Fail2Ban's old SourceForge issue trackers (fail2ban, the log-watching intrusion-prevention tool that sysadmins run;
// its bug and feature-request trackers on sourceforge.net/p/fail2ban, 2005-2013), read from
// fail2ban/fail2ban-sf-metainfo: the project's SourceForge (Allura) export, one JSON file per tracker. bugs.json and
// feature-requests.json each hold {tickets: [...]}; a ticket has ticket_num, reported_by, description (the opening
// report) and discussion_thread.posts (the replies, in time order: {author, timestamp, text}). All text is the
// Markdown SourceForge made when it imported the old trackers (Markdown characters escaped with "\", "<" and ">" as
// entities).
//
// Posts skipped: those of sf-robot (SourceForge's auto-close notices), and posts that hold nothing but tracker
// field changes ("- **status**: open --> closed", "- **assigned_to**: ..."), which SourceForge shows as change
// notes, not as words someone wrote. From every post the lines the old tracker put at its top ("Logged In: YES",
// "user_id=933467", "Originator: NO") and any field-change lines are removed.
//
// Page rule (fixed, deterministic): every ticket of the two trackers (bugs, then feature-requests, each by
// ticket_num) that has 1..25 replies left after those skips; whole threads: i=0 is the ticket's own description
// (the reporter's text; skipped when empty), then the replies in order. page = "<tracker>-<ticket_num>", e.g.
// "bugs-12", "feature-requests-7".
//
// Staff: the project's SourceForge developers as admin.json lists them (lostcontrol = Cyril Jaquier, the author;
// yarikoptic, buanzo, kdrapel). Everyone else is not staff. Anonymous posters ("nobody", "*anonymous") get the
// author "anonymous".
//
// Text: the Markdown as SourceForge renders it: backslash escapes dropped, entities decoded, link and image syntax
// reduced to their text, emphasis markers dropped, every line break kept (the old trackers wrapped lines by hand),
// fenced/indented code kept verbatim, list bullets and heading marks dropped, "> " quote lines kept.
import { htmlToText } from './html-text';
import { escapeHtml, Stash } from './markdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const TRACKERS = ['bugs', 'feature-requests'];
const STAFF = new Set(['lostcontrol', 'yarikoptic', 'buanzo', 'kdrapel']);
const BOTS = new Set(['sf-robot']);
const ANONYMOUS = new Set(['nobody', '*anonymous']);
const hasContent = (s: string | null | undefined) => /[\p{L}\p{N}]/u.test(s ?? '');

interface Post {
  author: string;
  text: string;
  timestamp: string;
}
interface Ticket {
  ticket_num: number;
  reported_by: string;
  description?: string | null;
  discussion_thread: { posts: Post[] };
}

/** A post's own words: the old tracker's header lines and the field-change notes taken out. */
function ownMarkdown(raw: string): string {
  let s = (raw ?? '').replace(/\r\n?/g, '\n');
  s = s.replace(/^\s*Logged In: (?:YES|NO) *\n(?:user\\?_id=\d+ *\n)?(?:Originator: (?:YES|NO) *\n)?/, '');
  return s
    .split('\n')
    .filter((l) => !/^\s*- \*\*[^*\n]+\*\*:.*-->/.test(l) && !/^\s*- \*\*Attachments? (?:has|have) changed:?\*\*/.test(l))
    .join('\n')
    .replace(/^\n+|\s+$/g, '');
}

function inline(text: string): string {
  const kept = new Stash();
  // Backslash escapes stand for the character itself and take no part in the rules below (SourceForge escaped every
  // Markdown character of the old tracker text, backticks too, so escapes go first).
  let s = text.replace(/\\([\\`*_{}[\]()#+\-.!>|~<])/g, (_m, c: string) => kept.put(escapeHtml(c)));
  s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _r, code: string) => kept.put(escapeHtml(code.trim())));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(/\[([^\]]+)\]\(\s*<?[^\s>)]*>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1');
  s = s
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
    .replace(/__(?=\S)([\s\S]*?\S)__(?!\w)/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, '$1$2');
  // A "<" that does not open a tag is text.
  s = s.replace(/<(?![a-zA-Z/!])/g, '&lt;');
  return kept.restore(s);
}

/** SourceForge Markdown of one post as HTML for htmlToText. */
function markdownToHtml(md: string): string {
  const lines = md.split('\n');
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
      out.push(`<blockquote>${markdownToHtml(quoted.join('\n'))}</blockquote>`);
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
    let l = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
    l = l.replace(/^\s*[-*+]\s+/, '');
    out.push(`${inline(l)}<br>`);
  }
  return out.join('\n');
}

export const sourceForgeMarkdownToText = (md: string) => htmlToText(markdownToHtml(md), { keepWhitespaceIn: ['PRE'] });

export default {
  id: 'fail2ban-tracker',
  repo: 'fail2ban/fail2ban-sf-metainfo',
  commit: '78334f548d1fea2f2ec6c7013214ceed588c7762',
  read(files: RepositoryFiles): SourceComment[] {
    const out: SourceComment[] = [];
    for (const tracker of TRACKERS) {
      const tickets = (JSON.parse(files.read(`${tracker}.json`)) as { tickets: Ticket[] }).tickets
        .slice()
        .sort((a, b) => a.ticket_num - b.ticket_num);
      for (const t of tickets) {
        const replies = t.discussion_thread.posts
          .filter((p) => !BOTS.has(p.author))
          .map((p) => ({ author: p.author, md: ownMarkdown(p.text) }))
          .filter((p) => hasContent(p.md));
        if (replies.length < 1 || replies.length > 25) continue;
        const page = `${tracker}-${t.ticket_num}`;
        let i = 0;
        const push = (md: string, who: string) => {
          if (!hasContent(md)) return;
          const text = sourceForgeMarkdownToText(md);
          if (!hasContent(text)) return;
          out.push({ page, i: i++, text, author: ANONYMOUS.has(who) ? 'anonymous' : who, staff: STAFF.has(who) });
        };
        push((t.description ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, ''), t.reported_by);
        for (const r of replies) push(r.md, r.author);
      }
    }
    return out;
  },
} satisfies CommentSource;
