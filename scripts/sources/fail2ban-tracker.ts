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
// Text: the Markdown as SourceForge renders it (the 'sourceforge' dialect of scripts/sources/github-markdown.ts; the
// thread rule is the issue readers' one, scripts/sources/issue-threads.ts, taking every eligible ticket): backslash
// escapes dropped, entities decoded, link and image syntax reduced to their text, emphasis markers dropped, every line
// break kept (the old trackers wrapped lines by hand), fenced/indented code kept verbatim, list bullets and heading
// marks dropped, "> " quote lines kept.
import { sourceForgeMarkdownToText } from './github-markdown';
import { threadComments } from './issue-threads';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const TRACKERS = ['bugs', 'feature-requests'];
const STAFF = new Set(['lostcontrol', 'yarikoptic', 'buanzo', 'kdrapel']);
const BOTS = new Set(['sf-robot']);
const ANONYMOUS = new Set(['nobody', '*anonymous']);

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

export default {
  id: 'fail2ban-tracker',
  repo: 'fail2ban/fail2ban-sf-metainfo',
  commit: '78334f548d1fea2f2ec6c7013214ceed588c7762',
  read(files: RepositoryFiles): SourceComment[] {
    const post = (md: string, who: string) => ({ body: md, author: ANONYMOUS.has(who) ? 'anonymous' : who, staff: STAFF.has(who) });
    return TRACKERS.flatMap((tracker) =>
      threadComments(
        (JSON.parse(files.read(`${tracker}.json`)) as { tickets: Ticket[] }).tickets
          .slice()
          .sort((a, b) => a.ticket_num - b.ticket_num)
          .map((t) => ({
            page: `${tracker}-${t.ticket_num}`,
            opening: post((t.description ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, ''), t.reported_by),
            replies: t.discussion_thread.posts.filter((p) => !BOTS.has(p.author)).map((p) => post(ownMarkdown(p.text), p.author)),
          })),
        { toText: sourceForgeMarkdownToText },
      ),
    );
  },
} satisfies CommentSource;
