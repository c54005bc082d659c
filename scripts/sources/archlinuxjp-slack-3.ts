// Arch Linux JP Slack, third set: the busy days of #general, the help channel of the Japanese Arch Linux users'
// workspace, from the same public log (ArchLinuxJP/slacklog at the same pinned commit) as the first two sets
// (scripts/sources/archlinuxjp-slack.ts, whose header describes the source, the text conversion and the staff rule;
// scripts/sources/archlinuxjp-slack-2.ts).
//
// Page rule (fixed, deterministic): the messages are collected exactly as the first set does (every message of the
// files <YYYYMM>-general.json whose link is in channel C0GFH3RHC, one per permalink, files in name order, a later
// file's copy wins; empty texts skipped; grouped by the JST day of the message's ts), but this set keeps the days with
// 31-60 messages (sorted by date), which the first two sets leave out: they keep only days with 3-30 messages (the
// first set the even positions, the second the odd ones), so no day is shared. Messages of a page in ts order; page
// key general-<YYYYMMDD>.
// Staff (same rule as the first set): syui (U0GFBAM8U) and kusakata (U0H026YUR).
//
// The first reader's readDays hard-codes the 3-30 size filter, so the collection loop below is a copy of its minimum;
// jstDay, CHANNEL, STAFF, Message and the text conversion (messageText) are imported.
import first, { CHANNEL, STAFF, jstDay, type Message } from './archlinuxjp-slack';
import { messageText } from './haskelljp-slack';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export default {
  id: 'archlinuxjp-slack-3',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
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
    const kept = [...days.entries()].filter(([, v]) => v.length > 30 && v.length <= 60).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const out: SourceComment[] = [];
    for (const [day, v] of kept) {
      v.sort((a, b) => (BigInt(a.ts) < BigInt(b.ts) ? -1 : 1));
      v.forEach(({ m, text }, i) =>
        out.push({ page: `general-${day}`, i, text, author: m.name || (m.user && users[m.user]) || m.user, staff: m.user !== undefined && STAFF.has(m.user) }),
      );
    }
    return out;
  },
} satisfies CommentSource;
