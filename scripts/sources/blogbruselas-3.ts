// blogbruselas.com, third set: posts of the Spanish blog about living in Brussels that neither the first set
// (scripts/sources/blogbruselas.ts, whose header describes the source, the WordPress/Disqus HTML export and the text
// conversion) nor the second (scripts/sources/blogbruselas-2.ts) takes. Same repository, commit, parsing, text
// conversion, pingback/spam rule and staff rule: this reader runs the first reader's readByYear with its own choice of
// posts (and the second reader's leftByFirst and step2Of, the first and second sets' choices, to leave those posts out).
//
// Page rule (fixed, deterministic):
//   1. posts = every content/project/blogbruselas/blog/YYYY/MM/DD/<slug>/index.html, sorted by path (= by date),
//      kept when they have at least 1 real comment, numbered 0, 1, 2, ... within each year in path order, exactly
//      as in the first set;
//   2. drop the posts the first set takes (number % STEP[year] === 0, STEP 2 or 6 for 2009 and 2010);
//   3. number the remaining posts of each year 0, 1, 2, ... in path order and drop the ones the second set takes
//      (all of them for 2006, 2007, 2008, 2011 and 2012; number % 4 === 0 for 2009 and 2010), so the three sets share
//      no page; only posts of 2009 and 2010 are left;
//   4. number what is left of each year 0, 1, 2, ... in path order and take every 2nd one (0, 2, 4, ...);
//   5. from each chosen post take its first 20 comments in reading order (threads pre-order), as in the first set.
// page = "YYYY-MM-DD/<slug>".
//
// staff: as in the first set (WordPress `byuser` class, the owner's and co-authors' comment names, the post's byline
// name or its first word).
import first, { readByYear } from './blogbruselas';
import { leftByFirst, step2Of } from './blogbruselas-2';
import type { CommentSource } from './source';

/** This set's step among the posts both earlier sets leave out. */
const STEP3 = 2;

export default {
  id: 'blogbruselas-3',
  repo: first.repo,
  commit: first.commit,
  read(files) {
    return readByYear(files, (year, posts) =>
      leftByFirst(year, posts)
        .filter((_, k) => k % step2Of(year) !== 0)
        .filter((_, k) => k % STEP3 === 0),
    );
  },
} satisfies CommentSource;
