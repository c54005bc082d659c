// haskell-jp Slack (the Japanese Haskell user group's Slack workspace): its public log archive, the repository
// haskell-jp/slack-log, which a bot updates a few times a day. docs/json/<channel id>/<page>.json holds a channel's
// top-level messages, page by page; docs/json/<channel id>/<page>/<thread ts>.json holds one whole thread: the
// opening message first, then every reply, each as {ts, user, text, type} with Slack "mrkdwn" text. Threads are
// saved from 2021 on. docs/json/.users.json maps user ids to display names (some are empty).
//
// Channels taken: the two question channels of the workspace, #questions (C5666B6BB) and #beginners (CR2TETE5R)
// (names from slack-log.yaml).
//
// Page rule (fixed, deterministic): every thread file docs/json/<C5666B6BB|CR2TETE5R>/<page>/<ts>.json at the
// pinned commit whose first message is the thread's opener (its ts equals the file name) and which holds 3-30
// messages; one file per (channel, ts) (the path that sorts first); sorted by the opener's ts (numerically, both
// channels together); keep every 5th one, starting with the 5th (0-based index % 5 === 4): 55 threads, 2021-2025.
// i = the message's position in the thread file (opener i = 0), counting only non-empty messages.
// page = "<channel name>-<thread ts>", e.g. "questions-1643271332.584399".
//
// Text as a reader sees it in Slack / on the archive's HTML pages: <@U…> mentions -> "@<display name>", <#C…|name> ->
// "#name", <!here> etc. -> "@here", <url|label> -> label, <url> -> url; `code` and ```code blocks``` lose their
// backticks (a block goes on its own lines; links inside code are unwrapped too, since Slack links them); *bold*, _italic_ and ~strike~ markers around a phrase are dropped
// outside code; "> " quote lines are kept as they are; entities (&lt; &gt; &amp;) decoded; emoji codes (:smile:)
// stay as typed (Slack's alt text for them). Messages that end up empty are skipped.
//
// Staff: the members of Haskell-jp Admins (日本Haskellユーザーグループ管理委員会, the body that runs the Slack
// workspace, per https://haskell.jp/blog/posts/about_admins.html): igrep, nakaji-dayo, nobsun, kakkun61, fumieval,
// lotz (Slack ids below). Everyone else, including frequent answerers, is not staff.
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const CHANNELS: Record<string, string> = { C5666B6BB: 'questions', CR2TETE5R: 'beginners' };
export const STAFF = new Set(['U4LGTMTMK', 'U59TQ3MJ9', 'U4KU9ABL0', 'U4L0B71L1', 'U4KUNQF9N', 'U4KPPQW7K']);

export interface Message {
  ts: string;
  user?: string;
  text?: string;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Slack links and mentions inside one stretch of text. */
function links(s: string, users: Record<string, string>): string {
  return s.replace(/<([^<>\n]+)>/g, (m, inner: string) => {
    const [target, label] = inner.split('|', 2) as [string, string | undefined];
    if (target.startsWith('@')) return '@' + (label ?? users[target.slice(1)] ?? '');
    if (target.startsWith('#')) return '#' + (label ?? target.slice(1));
    if (target.startsWith('!')) {
      const what = target.slice(1).replace(/^subteam\^\w+$/, '');
      return label ?? '@' + what;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return label ?? target;
    return m;
  });
}

function emphasis(s: string): string {
  const B = '(^|[\\s　(（「『、。])';
  const A = '(?=$|[\\s　)）」』.,、。!?！？:：])';
  let t = s;
  for (const mark of ['\\*', '_', '~']) t = t.replace(new RegExp(`${B}${mark}([^\\s${mark}][^${mark}\\n]*?)${mark}${A}`, 'g'), '$1$2');
  return t;
}

export function messageText(raw: string, users: Record<string, string>): string {
  // Split off code blocks and inline code first: inside them only entities are decoded.
  const out: string[] = [];
  const re = /```([\s\S]*?)```|`([^`\n]+)`/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const plain = (s: string) => decode(links(emphasis(s), users));
  while ((m = re.exec(raw))) {
    out.push(plain(raw.slice(last, m.index)));
    if (m[1] !== undefined) {
      const body = decode(links(m[1], users)).replace(/^\n+|\n+$/g, '');
      const before = out.join('');
      out.push((before && !before.endsWith('\n') ? '\n' : '') + body + '\n');
    } else out.push(decode(links(m[2], users)));
    last = m.index + m[0].length;
  }
  out.push(plain(raw.slice(last)));
  return out
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}

/**
 * The comments of the eligible threads (see the rule above) whose position in opener-ts order passes `keep`; the
 * sets of these channels differ only in that rule.
 */
export function readThreads(files: RepositoryFiles, keep: (position: number) => boolean): SourceComment[] {
  const users = JSON.parse(files.read('docs/json/.users.json')) as Record<string, string>;
  const threads = new Map<string, { channel: string; ts: string; messages: Message[] }>();
  for (const [cid, channel] of Object.entries(CHANNELS)) {
    for (const path of files.list(`docs/json/${cid}/`)) {
      const m = /^docs\/json\/\w+\/\d+\/(\d+\.\d+)\.json$/.exec(path);
      if (!m) continue;
      const key = `${channel}-${m[1]}`;
      if (threads.has(key)) continue;
      const messages = JSON.parse(files.read(path)) as Message[];
      if (messages.length < 3 || messages.length > 30 || messages[0]?.ts !== m[1]) continue;
      threads.set(key, { channel, ts: m[1], messages });
    }
  }
  const sorted = [...threads.entries()].sort((a, b) => Number(a[1].ts) - Number(b[1].ts) || (a[0] < b[0] ? -1 : 1));
  const out: SourceComment[] = [];
  sorted
    .filter((_t, k) => keep(k))
    .forEach(([page, { messages }]) => {
      let i = 0;
      for (const msg of messages) {
        const text = messageText(msg.text ?? '', users);
        if (!text) continue;
        const author = (msg.user && users[msg.user]) || msg.user;
        out.push({ page, i: i++, text, author, staff: msg.user !== undefined && STAFF.has(msg.user) });
      }
    });
  return out;
}

export default {
  id: 'haskelljp-slack',
  repo: 'haskell-jp/slack-log',
  commit: '706b0bed55116c4b841f6ed4d0468baa6285ad17',
  read(files: RepositoryFiles): SourceComment[] {
    return readThreads(files, (k) => k % 5 === 4);
  },
} satisfies CommentSource;
