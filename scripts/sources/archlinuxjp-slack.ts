// Arch Linux JP Slack (archlinuxjp.slack.com, the Japanese Arch Linux users' workspace run by the Arch Linux JP
// Project): its public log, the repository ArchLinuxJP/slacklog, where a bot saved each channel's latest messages
// (Slack's conversations.history, top-level messages only: thread replies are not saved) into <YYYYMM>-general.json /
// <YYYYMM>-random.json, one array of {user, text, name, img, time, link} per file, newest first. The files overlap (a
// file holds the latest few hundred messages at the time it was fetched), so one message sits in several files.
// user.json maps Slack user ids to names. #general (channel C0GFH3RHC) is the workspace's help channel: install
// problems, boot failures, package questions.
//
// Pinned commit: e5127a03 (2022-03-11), the last one whose files still carry each message's permalink ("link",
// https://archlinuxjp.slack.com/archives/<channel>/p<ts>); later commits switched to raw API dumps in which
// "general" and "random" files hold the same messages, so the channel of a message cannot be told there.
//
// Rule of choice (fixed): every message of the files <YYYYMM>-general.json whose link is in channel C0GFH3RHC, one per
// permalink (files read in name order, a later file's copy wins: it is the edited text); texts that end up empty are
// skipped; grouped by the day of the message's ts in Japan time (UTC+9), each day is a page; keep the days with 3-30
// messages, sorted by date, and take every other one starting with the first (positions 0, 2, 4, ...). Messages of a
// page in ts order. Page key: general-<YYYYMMDD>.
//
// Text: as for haskell-jp's Slack (messageText in haskelljp-slack.ts): Slack mrkdwn turned into what a reader sees.
// Staff: the workspace's owner syui (U0GFBAM8U, who created the workspace and this log) and kusakata (U0H026YUR), who
// runs the Arch Linux JP Project (archlinux.jp and its wiki). Everyone else, frequent answerers included, is not staff.
import { messageText } from './haskelljp-slack';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const CHANNEL = 'C0GFH3RHC';
export const STAFF = new Set(['U0GFBAM8U', 'U0H026YUR']);

export interface Message {
  user?: string;
  name?: string;
  text?: string;
  link?: string;
}

export function jstDay(ts: string): string {
  const d = new Date(Number(ts.slice(0, -6)) * 1000 + 9 * 3600 * 1000);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** The first two sets' day sizes: days with 3-30 messages are eligible. */
export const DAY_SIZE = { min: 3, max: 30 };

/**
 * The comments of the eligible days (see the rule above; `size` gives the eligible numbers of messages per day, both
 * ends included) whose position in date order passes `keep`; the sets of this channel differ only in these two rules.
 */
export function readDays(files: RepositoryFiles, keep: (position: number) => boolean, size = DAY_SIZE): SourceComment[] {
  const users: Record<string, string> = {};
  for (const u of JSON.parse(files.read('user.json')) as { id: string; name: string }[]) users[u.id] = u.name;
  const byTs = new Map<string, Message>();
  for (const path of files.list('').filter((p) => /^\d{6}-general\.json$/.test(p))) {
    for (const m of JSON.parse(files.read(path)) as Message[]) {
      const at = new RegExp(`/archives/${CHANNEL}/p(\\d{7,})$`).exec(m.link ?? '');
      if (at) byTs.set(at[1], m);
    }
  }
  const days = new Map<string, { ts: string; m: Message; text: string }[]>();
  for (const [ts, m] of byTs) {
    const text = messageText(m.text ?? '', users);
    if (!text) continue;
    const day = jstDay(ts);
    if (!days.has(day)) days.set(day, []);
    days.get(day)!.push({ ts, m, text });
  }
  const kept = [...days.entries()]
    .filter(([, v]) => v.length >= size.min && v.length <= size.max)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .filter((_, k) => keep(k));
  const out: SourceComment[] = [];
  for (const [day, v] of kept) {
    v.sort((a, b) => (BigInt(a.ts) < BigInt(b.ts) ? -1 : 1));
    v.forEach(({ m, text }, i) =>
      out.push({ page: `general-${day}`, i, text, author: m.name || (m.user && users[m.user]) || m.user, staff: m.user !== undefined && STAFF.has(m.user) }),
    );
  }
  return out;
}

export default {
  id: 'archlinuxjp-slack',
  repo: 'ArchLinuxJP/slacklog',
  commit: 'e5127a034f11af9cde574b6044fe3663ca5d4c73',
  read(files: RepositoryFiles): SourceComment[] {
    return readDays(files, (k) => k % 2 === 0);
  },
} satisfies CommentSource;
