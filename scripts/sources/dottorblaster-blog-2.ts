// dottorblaster.it, second set: more posts of Alessio "Bl@ster" Biancalana's Italian blog, disjoint from the first set
// (scripts/sources/dottorblaster-blog.ts, whose header describes the source, the Jekyll front-matter comments, the text
// conversion and the staff rule). Same repository, commit, "real comment" test, text conversion, grouping by year and
// staff rule: this reader runs the first reader's readByYear with its own choice of posts (and firstPicks, the first
// set's choice, to stay clear of it) and its own spam list.
//
// PAGE RULE (fixed, deterministic): list every `_posts/*` file, sorted by path (code-unit order); keep the posts with
// 10 or more real comments and group them by year, exactly as the first set does. Of each year with n such posts the
// first set takes the indices P = { floor((2j+1)*n/6) : j = 0, 1, 2 }; this set takes the post right after each of
// them, the indices floor((2j+1)*n/6) + 1 (j = 0, 1, 2) that are below n and not in P, so the two sets share no page.
// Of each kept post read the first 20 real comments in front-matter order (SPAM_IDS_2 below is not real either).
// This gives 23 posts (3 from each year 2007-2013, 2 from 2014) and 367 comments.
//
// page = the post file name without `_posts/` and `.markdown` (date + slug).
// STAFF: the blog's author (e-mail dottorblaster@gmail.com), as in the first set.
import first, { firstPicks, readByYear } from './dottorblaster-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

/** Spam comments (ids in the export) found while reading this set's posts. */
const SPAM_IDS_2 = new Set<number>([
  10946, // 2009-03-17-gnome-226-in-ubuntu-jaunty: English shoe-shop advertisement posted as "nike air force 1"
]);

export default {
  id: 'dottorblaster-blog-2',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readByYear(
      files,
      (n) => {
        const taken = new Set(firstPicks(n));
        return [...new Set([0, 1, 2].map((j) => Math.floor(((2 * j + 1) * n) / 6) + 1))].filter((k) => k < n && !taken.has(k));
      },
      SPAM_IDS_2,
    );
  },
} satisfies CommentSource;
