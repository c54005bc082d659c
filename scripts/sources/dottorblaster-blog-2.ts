// dottorblaster.it, second set: more posts of Alessio "Bl@ster" Biancalana's Italian blog, disjoint from the first set
// (scripts/sources/dottorblaster-blog.ts, whose header describes the source, the Jekyll front-matter comments, the text
// conversion and the staff rule). Same repository, commit, "real comment" test, text conversion and staff rule: this
// reader imports the first reader's exported helpers (bodyOf, textOf, squash, sameAuthor, SPAM_IDS, STAFF_EMAIL).
// The loop that groups posts by year is the first reader's, repeated here because the first reader keeps it inline.
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
import first, { bodyOf, sameAuthor, SPAM_IDS, squash, STAFF_EMAIL, textOf, type ExportComment } from './dottorblaster-blog';
import { frontMatterComments } from './front-matter';
import { displayName } from './html-text';
import { isPingbackExcerpt } from './pingback';
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
    const byYear = new Map<string, { path: string; comments: { c: ExportComment; text: string }[] }[]>();
    for (const path of files.list('_posts/').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const comments = frontMatterComments<ExportComment>(files.read(path))
        .filter((c) => !isPingbackExcerpt(bodyOf(c)) && !SPAM_IDS.has(Number((c as { id?: unknown }).id)))
        .map((c) => ({ c, text: textOf(bodyOf(c)) }))
        .filter((x) => x.text !== '')
        .filter((x, k, all) => !all.slice(0, k).some((y) => squash(y.text) === squash(x.text) && sameAuthor(y.c, x.c)));
      if (comments.length < 10) continue;
      const year = path.slice('_posts/'.length, '_posts/'.length + 4);
      if (!byYear.has(year)) byYear.set(year, []);
      byYear.get(year)!.push({ path, comments });
    }
    const out: SourceComment[] = [];
    for (const year of [...byYear.keys()].sort()) {
      const posts = byYear.get(year)!;
      const n = posts.length;
      const firstPicks = new Set([0, 1, 2].filter((j) => j < n).map((j) => Math.floor(((2 * j + 1) * n) / 6)));
      const picks = [...new Set([0, 1, 2].map((j) => Math.floor(((2 * j + 1) * n) / 6) + 1))].filter((k) => k < n && !firstPicks.has(k));
      for (const k of picks) {
        const post = posts[k];
        const page = post.path.replace(/^_posts\//, '').replace(/\.(markdown|md|html)$/, '');
        post.comments
          .filter(({ c }) => !SPAM_IDS_2.has(Number((c as { id?: unknown }).id)))
          .slice(0, 20)
          .forEach(({ c, text }, i) => {
            out.push({ page, i, text, author: displayName(c.author), staff: String(c.author_email ?? '').trim().toLowerCase() === STAFF_EMAIL });
          });
      }
    }
    return out;
  },
} satisfies CommentSource;
