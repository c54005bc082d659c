// てっく煮ブログ (tech.nitoyon.com), second set: the entries of nitoyon's old Hatena Diary export that the first set
// (scripts/sources/nitoyon-blog.ts, whose header describes the source, the export and the text conversion) skips.
// Same repository, commit, file, text conversion and staff rule; its spam list plus SPAM_2. The entries and their kept
// comments (page key, comment cap) come from the first reader's entryPages; this reader takes the other half of them.
//
// PAGE RULE (fixed, deterministic): split the export into its entries in file order (date order), exactly as the
// first set does; keep the entries with at least one kept comment; take every other one of them starting with the
// SECOND (positions 1, 3, 5, ...: exactly the ones the first set leaves out, so the two sets share no page); of each,
// its first PER_ENTRY kept comments in the export's order. Kept comments: as in the first set (not empty once turned
// into text, not in the first set's SPAM list); then the spam of SPAM_2 below is dropped from the chosen entries (an
// entry left empty drops out; the choice of entries does not move).
// Page key: d<YYYYMMDD>-<n>, as in the first set. staff = written by the owner, "nitoyon".
import nitoyonBlog, { entryPages } from './nitoyon-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

/** This set's spam, read by hand; dropped only after the entries are chosen, so the choice stays the first set's
 *  complement. */
const SPAM_2 = new Map<string, string[]>([
  ['d20100323-1', ['reimi']], // advertisement for a commercial video converter with shop links
]);

export default {
  id: 'nitoyon-blog-2',
  repo: nitoyonBlog.repo,
  commit: nitoyonBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return entryPages(files)
      .filter((_, k) => k % 2 === 1)
      .map((cs) =>
        cs
          .filter((c) => !SPAM_2.get(c.page)?.includes(c.author ?? ""))
          .map((c, i) => ({ ...c, i })),
      )
      .flat();
  },
} satisfies CommentSource;
