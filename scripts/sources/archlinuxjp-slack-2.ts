// Arch Linux JP Slack, second set: more days of #general, the help channel of the Japanese Arch Linux users'
// workspace, from the same public log (ArchLinuxJP/slacklog at the same pinned commit) as the first set
// (scripts/sources/archlinuxjp-slack.ts, whose header describes the source, the text conversion and the staff rule).
// The day collection and the comment building are the first reader's (readDays); only the choice of days is this
// reader's.
//
// Page rule (fixed, deterministic): the first set's eligible days (every message of the files
// <YYYYMM>-general.json whose link is in channel C0GFH3RHC, one per permalink, files in name order, a later file's
// copy wins; empty texts skipped; grouped by the JST day of the message's ts; days with 3-30 messages, sorted by date),
// but keep the ones at odd positions (1, 3, 5, ...); the first set keeps the even positions, so the two sets share no
// day. Messages of a page in ts order; page key general-<YYYYMMDD>.
// Staff (same rule as the first set): syui (U0GFBAM8U) and kusakata (U0H026YUR).
import first, { readDays } from './archlinuxjp-slack';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export default {
  id: 'archlinuxjp-slack-2',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readDays(files, (k) => k % 2 === 1);
  },
} satisfies CommentSource;
