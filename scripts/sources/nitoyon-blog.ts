// てっく煮ブログ (nitoyon, tech.nitoyon.com), a Japanese programming blog on JavaScript, Flash/ActionScript, Perl,
// Hatena tools and web design, in its Hatena Diary years (2005-2012), read from the Movable Type format export of the
// old Hatena Diary that its owner committed to his later Jekyll site's repository (_caches/old_blog/techni_ja.txt).
//
// Rule of choice (fixed): split the export into its entries (one per diary section, in file order, which is date
// order); keep the entries that have at least one kept comment; take every other one of them, starting with the first
// (positions 0, 2, 4, ... in that order); of each keep its first 20 kept comments in the export's order (the order the
// diary showed them). Kept comments: not empty once turned into text (the export holds no pings or trackbacks here),
// and not spam: one advertisement (a blog link posted under the name "宣伝", "advertisement") is left out by hand.
// Page key: d<YYYYMMDD>-<n>, n = the entry's 1-based position among the export's entries of that date.
// staff = written by the blog's owner, who comments as "nitoyon".
import { typedHtmlToText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER = 'nitoyon';
/** Spam read by hand: page key -> the spammer's author names. */
const SPAM = new Map<string, string[]>([['d20071210-1', ['宣伝']]]);

/** Comments kept per entry. */
export const PER_ENTRY = 20;

/**
 * The export's entries that have at least one kept comment, in file order, each as its first PER_ENTRY kept comments
 * (empty ones and the spam of SPAM dropped), i numbered 0, 1, ... per entry.
 */
export function entryPages(files: RepositoryFiles): SourceComment[][] {
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
      // Hatena keeps a comment's line breaks as <br> and escapes other markup.
      const body = typedHtmlToText(lines.slice(headerEnd + 1).join('\n'));
      if (body === '' || SPAM.get(page)?.includes(author)) continue;
      comments.push({ page, i: comments.length, text: body, author, staff: author === OWNER });
    }
    if (comments.length) pages.push(comments.slice(0, PER_ENTRY));
  }
  return pages;
}

export default {
  id: 'nitoyon-blog',
  repo: 'nitoyon/tech.nitoyon.com',
  commit: 'db7c9406e74012edd3922c60b163b54edf8d32cb',
  read(files: RepositoryFiles): SourceComment[] {
    return entryPages(files).filter((_, k) => k % 2 === 0).flat();
  },
} satisfies CommentSource;
