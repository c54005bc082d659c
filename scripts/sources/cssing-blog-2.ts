// cssing.org.ua, second set: more posts of Yuri Artyukh's ("akella") Russian-language blog about CSS/HTML markup,
// from the same Eleventy repository (akella/cssing_11ty) and commit as the first set (scripts/sources/cssing-blog.ts,
// whose header describes the source, the front-matter comments and the text conversion). Same parsing, spam and
// pingback filter, reading order, text conversion, comment cap and staff rule: this reader runs the first reader's
// readPosts with another index rule.
//
// PAGE RULE (fixed, deterministic): every `posts/**/index.md`, sorted by path, that has at least one real comment
// (as in the first set: 174 posts); keep those whose 0-based index j has j % 8 === 4 or j % 16 === 2 (the first set
// keeps j % 8 === 0, so the two sets share no page; 33 posts over 2004-2017); from each kept post its first 20 real comments in reading order
// (by date, then numeric id).
// page = the post path without `posts/` and `/index.md` (yyyy/mm/slug). STAFF: the blog's owner "akella" (also
// spelt "akela", "акелла"), as in the first set.
import cssingBlog, { readPosts } from './cssing-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const keep = (j: number) => j % 8 === 4 || j % 16 === 2;

export default {
  id: 'cssing-blog-2',
  repo: cssingBlog.repo,
  commit: cssingBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, keep);
  },
} satisfies CommentSource;
