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
// The day collection and the comment building are the first reader's (readDays); only the day sizes (31-60, just above
// the first two sets' DAY_SIZE) and the choice (every such day) are this reader's.
import first, { DAY_SIZE, readDays } from './archlinuxjp-slack';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export default {
  id: 'archlinuxjp-slack-3',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readDays(files, () => true, { min: DAY_SIZE.max + 1, max: 60 });
  },
} satisfies CommentSource;
