// haskell-jp Slack, third set: more whole threads of the two question channels (#questions, #beginners) of the
// Japanese Haskell user group's Slack, from the same public log archive as the first set
// (scripts/sources/haskelljp-slack.ts, whose header describes the source, the text conversion and the staff rule).
// The thread collection, text conversion and staff rule are the first reader's (readThreads); only the choice of
// threads is this reader's.
//
// Page rule (fixed, deterministic): the first set's eligible threads (every thread file
// docs/json/<C5666B6BB|CR2TETE5R>/<page>/<ts>.json whose first message is the opener (its ts equals the file name)
// and which holds 3-30 messages; one file per (channel, ts), the path that sorts first; sorted by the opener's ts
// numerically, both channels together), but keep every 5th one starting with the 3rd (0-based index % 5 === 2; the
// first set keeps index % 5 === 4 and the second set index % 5 === 1, so the three sets share no thread). i =
// position in the thread counting only non-empty messages (opener i = 0); page = "<channel name>-<thread ts>".
// Staff (same rule as the first set): the members of Haskell-jp Admins.
import first, { readThreads } from './haskelljp-slack';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export default {
  id: 'haskelljp-slack-3',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readThreads(files, (k) => k % 5 === 2);
  },
} satisfies CommentSource;
