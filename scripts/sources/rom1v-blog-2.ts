// blog.rom1v.com, second set: posts of Romain Vimont's French blog "~rom1v/blog" that the first set
// (scripts/sources/rom1v-blog.ts, whose header describes the source, the `_data/comments-*.yaml` files, the YAML fix-up
// and the Markdown/Liquid -> text conversion) leaves out. Same repository, commit, parsing, text conversion and staff
// rule: this reader runs the first reader's readPosts with the other index rule and its own per-post cap.
//
// PAGE RULE (fixed, deterministic): exactly as in the first set, list every `_data/comments-*.yaml` file sorted by path
// (code-unit order), keep the files with 10 or more real comments (no `pingback: true`, `contents` not blank; 60
// files) and number them j = 0..59. The first set takes j % 3 === 0; this set takes every other one (j % 3 !== 0: 40
// posts, 2008-2018, so the two sets share no page). Of each kept file read the first PER_POST real comments in file
// order (skipping any whose text comes out empty).
//
// page = the file name without `_data/comments-` and `.yaml` (yyyy-mm-slug, the post's id), as in the first set.
// STAFF: the blog's author, who comments as "®om".
import rom1vBlog, { readPosts } from './rom1v-blog';
import type { CommentSource, RepositoryFiles } from './source';

const PER_POST = 9;

export default {
  id: 'rom1v-blog-2',
  repo: rom1vBlog.repo,
  commit: rom1vBlog.commit,
  read(files: RepositoryFiles) {
    return readPosts(files, (j) => j % 3 !== 0, PER_POST);
  },
} satisfies CommentSource;
