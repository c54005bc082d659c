// blogbruselas.com, second set: posts of the Spanish blog about living in Brussels that the first set
// (scripts/sources/blogbruselas.ts, whose header describes the source, the WordPress/Disqus HTML export and the text
// conversion) leaves out. Same repository, commit, parsing, text conversion, pingback/spam rule and staff rule: this
// reader runs the first reader's readByYear with its own choice of posts (and stepOf, the first set's choice, to
// leave those posts out).
//
// Page rule (fixed, deterministic):
//   1. posts = every content/project/blogbruselas/blog/YYYY/MM/DD/<slug>/index.html, sorted by path (= by date),
//      kept when they have at least 1 real comment, numbered 0, 1, 2, ... within each year in path order, exactly
//      as in the first set;
//   2. drop the posts the first set takes (number % STEP[year] === 0, STEP 2 or 6 for 2009 and 2010), so the two
//      sets share no page;
//   3. number the remaining posts of each year 0, 1, 2, ... in path order and take all of them for 2006, 2007, 2008
//      and 2011, and every 4th one (0, 4, 8, ...) for the busy years 2009 and 2010;
//   4. from each chosen post take its first 20 comments in reading order (threads pre-order), as in the first set.
// page = "YYYY-MM-DD/<slug>".
//
// staff: as in the first set (WordPress `byuser` class, the owner's and co-authors' comment names, the post's byline
// name or its first word).
import first, { readByYear, stepOf, type CommentedPost } from './blogbruselas';
import type { CommentSource } from './source';

const STEP2: Record<string, number> = { '2009': 4, '2010': 4 };
/** This set's step (rule 3) among a year's posts that the first set leaves out. */
export const step2Of = (year: string) => STEP2[year] ?? 1;
/** A year's posts that the first set leaves out (rule 2), in path order. */
export const leftByFirst = (year: string, posts: CommentedPost[]) => posts.filter((_, k) => k % stepOf(year) !== 0);

export default {
  id: 'blogbruselas-2',
  repo: first.repo,
  commit: first.commit,
  read(files) {
    return readByYear(files, (year, posts) => leftByFirst(year, posts).filter((_, k) => k % step2Of(year) === 0));
  },
} satisfies CommentSource;
