// てっく煮ブログ (tech.nitoyon.com), second set: the entries of nitoyon's old Hatena Diary export that the first set
// (scripts/sources/nitoyon-blog.ts, whose header describes the source, the export and the text conversion) skips.
// Same repository, commit, file, text conversion and staff rule; its spam list plus SPAM_2. The first reader does its parsing inline
// in read(), so the minimum of it (splitting the export into entries and comments, the page key) is copied here.
//
// PAGE RULE (fixed, deterministic): split the export into its entries in file order (date order), exactly as the
// first set does; keep the entries with at least one kept comment; take every other one of them starting with the
// SECOND (positions 1, 3, 5, ...: exactly the ones the first set leaves out, so the two sets share no page); of each,
// its first PER_ENTRY kept comments in the export's order. Kept comments: as in the first set (not empty once turned
// into text, not in the first set's SPAM list); then the spam of SPAM_2 below is dropped from the chosen entries (an
// entry left empty drops out; the choice of entries does not move).
// Page key: d<YYYYMMDD>-<n>, as in the first set. staff = written by the owner, "nitoyon".
import nitoyonBlog from './nitoyon-blog';
import { typedHtmlToText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER = 'nitoyon';
const PER_ENTRY = 20;
/** The first set's spam list (page key -> the spammer's author names); it decides which entries count. */
const SPAM = new Map<string, string[]>([['d20071210-1', ['宣伝']]]);
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
    const text = files.read('_caches/old_blog/techni_ja.txt').replace(/\r\n?/g, '\n');
    const entries = text.split('\n--------\n').filter((e) => e.trim() !== '');
    const perDate = new Map<string, number>();
    const pages: SourceComment[][] = [];
    for (const entry of entries) {
      const sections = entry.split('\n-----\n');
      const date = sections[0].match(/^DATE: (\d\d)\/(\d\d)\/(\d{4})/m);
      if (!date) continue;
      const ymd = `${date[3]}${date[1]}${date[2]}`;
      const n = (perDate.get(ymd) ?? 0) + 1;
      perDate.set(ymd, n);
      const page = `d${ymd}-${n}`;
      const comments: SourceComment[] = [];
      for (const raw of sections) {
        const s = raw.replace(/^\n+/, '');
        if (!s.startsWith('COMMENT:')) continue;
        const lines = s.split('\n');
        const headerEnd = lines.findIndex((l) => l.startsWith('DATE:'));
        const author = (lines.find((l) => l.startsWith('AUTHOR:')) ?? '').slice(7).trim();
        const body = typedHtmlToText(lines.slice(headerEnd + 1).join('\n'));
        if (body === '' || SPAM.get(page)?.includes(author)) continue;
        comments.push({ page, i: comments.length, text: body, author, staff: author === OWNER });
      }
      if (comments.length) pages.push(comments.slice(0, PER_ENTRY));
    }
    return pages
      .filter((_, k) => k % 2 === 1)
      .map((cs) =>
        cs
          .filter((c) => !SPAM_2.get(c.page)?.includes(c.author ?? ""))
          .map((c, i) => ({ ...c, i })),
      )
      .flat();
  },
} satisfies CommentSource;
