// CoolShell (酷壳, coolshell.cn), second set: other articles of the same static HTML snapshot that the first set
// (scripts/sources/coolshell-blog.ts, whose header describes the source) reads. Same repository, commit, eligible
// articles, comment parsing, text conversion, reading order and staff rule: this reader runs readChosen of
// coolshell-blog.ts (whose pageComments also leaves out the first set's SPAM list) with its own positions, comment cap
// and spam list, and with firstSetPositions as the positions to leave out.
//
// Rule of choice (fixed): the same eligible articles and year groups as the first set (every coolshell.cn/articles/
// <number>.html whose post date (time.entry-date) falls in 2009-2023 and whose saved page shows at least 5 kept comments,
// counted before any spam list; grouped by the year of the post date, each group sorted by article number). Of a group
// of n posts take those at positions floor(n/8), floor(3n/8), floor(5n/8), floor(7n/8) (0-based) when n >= 40, else
// those at floor(n/4) and floor(3n/4). The first set takes floor(n/2) (and floor(n/4), floor(3n/4) when n >= 40), so
// the two sets share no article (every year has n >= 3; a guard below drops any position the first set takes anyway).
// Of each chosen post keep the first 12 kept comments in reading order (document order of the saved page: a parent
// before its replies); kept comments as in the first set, and not in SPAM_2 below. i is renumbered after SPAM_2.
// page = the article number. staff = 陈皓 (class comment-author-haoel) or the post's own author (bypostauthor).
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import coolshell, { firstSetPositions, readChosen } from './coolshell-blog';

const PER_PAGE_2 = 12;

/** Spam the labeller found among this set's chosen pages, by WordPress comment id (li#comment-<id>): gibberish and
 * generic text posted under shop/site/loan names (SEO link spam), advertisements (a captcha service pushed by two
 * sock puppets, referral cash-back with a WeChat id, an air-hostess school), link-exchange requests. */
const SPAM_2 = new Set<string>([
  '9884', // 2926
  '1824839', // 2117
  '1292322', // 4844
  '1861608', // 5701
  '202386', '540373', // 7917
  '1963349', // 17049
  '1754438', // 17225
  '2126975', '2126980', '1940115', '1951091', '2000251', // 18246
  '1997833', // 19271
  '2037904', '2039081', // 19996
  '2326979', '2332709', '2344506', // 21615
  '2370509', // 22173
  '2371216', // 22367
]);

/** Positions this set takes in a year group of n articles (before the guard against the first set's). */
export const secondSetPositions = (n: number): number[] =>
  n >= 40 ? [1, 3, 5, 7].map((k) => Math.floor((k * n) / 8)) : [Math.floor(n / 4), Math.floor((3 * n) / 4)];

export default {
  id: 'coolshell-blog-2',
  repo: coolshell.repo,
  commit: coolshell.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readChosen(files, secondSetPositions, firstSetPositions, PER_PAGE_2, SPAM_2);
  },
} satisfies CommentSource;
