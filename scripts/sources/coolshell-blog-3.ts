// CoolShell (酷壳, coolshell.cn), third set: other articles of the same static HTML snapshot that the first set
// (scripts/sources/coolshell-blog.ts, whose header describes the source) and the second set
// (scripts/sources/coolshell-blog-2.ts) read. Same repository, commit, eligible articles, comment parsing, text
// conversion, reading order and staff rule: this reader runs readChosen of coolshell-blog.ts (whose pageComments also
// leaves out the first set's SPAM list) with its own positions, comment cap and spam list, leaving out the positions
// of the first set (firstSetPositions) and of the second (secondSetPositions of coolshell-blog-2.ts).
//
// Rule of choice (fixed): the same eligible articles and year groups as the first set (every coolshell.cn/articles/
// <number>.html whose post date (time.entry-date) falls in 2009-2023 and whose saved page shows at least 5 kept comments,
// counted before any spam list; grouped by the year of the post date, each group sorted by article number). Of a group
// of n posts take those at positions floor(n/12), floor(5n/12), floor(7n/12), floor(11n/12) (0-based) when n >= 40,
// else those at floor(n/8), floor(5n/8), floor(7n/8); then drop every position the first set (floor(n/2), and
// floor(n/4), floor(3n/4) when n >= 40) or the second set (floor(k*n/8) for k = 1, 3, 5, 7 when n >= 40, else
// floor(n/4), floor(3n/4)) takes, so the three sets share no article (the tiny years 2018 and 2023, n = 3, give none).
// Of each chosen post keep the first 11 kept comments in reading order (document order of the saved page: a parent
// before its replies); kept comments as in the first set, and not in SPAM_3 below. i is renumbered after SPAM_3.
// page = the article number. staff = 陈皓 (class comment-author-haoel) or the post's own author (bypostauthor).
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import coolshell, { firstSetPositions, readChosen } from './coolshell-blog';
import { secondSetPositions } from './coolshell-blog-2';

const PER_PAGE_3 = 11;

/** Spam the labeller found among this set's chosen pages, by WordPress comment id (li#comment-<id>): generic praise
 * or small talk posted under shop/site/business names (SEO link spam), random-letter strings under random-letter names,
 * English SEO praise, site adverts (money-making blog, fake parcel numbers), a job advertisement, self-promotion. */
const SPAM_3 = new Set<string>([
  '140848', // 6639
  '1820855', // 7459
  '325510', '325513', // 8593
  '1585171', // 11832
  '1691306', // 17029
  '1934810', '2209539', // 17381
  '2273849', // 17583
  '1965548', // 18094
  '2167499', '2176079', '2265710', // 19612
  '2273499', // 20276
  '2153438', // 20793
  '2273498', '2204503', '2210535', '2212225', // 21228
]);

export default {
  id: 'coolshell-blog-3',
  repo: coolshell.repo,
  commit: coolshell.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readChosen(
      files,
      (n) => (n >= 40 ? [1, 5, 7, 11].map((k) => Math.floor((k * n) / 12)) : [1, 5, 7].map((k) => Math.floor((k * n) / 8))),
      (n) => [...firstSetPositions(n), ...secondSetPositions(n)],
      PER_PAGE_3,
      SPAM_3,
    );
  },
} satisfies CommentSource;
