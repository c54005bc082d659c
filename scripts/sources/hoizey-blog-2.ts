// nicolas-hoizey.com, second set: the posts of Nicolas Hoizey's French blog that the first set
// (scripts/sources/hoizey-blog.ts, whose header describes the source, the comments.json data and the text conversion)
// leaves out. Same repository, commit, file, text conversion, pingback test, per-post cap and staff rule: this reader
// runs the first reader's readPosts with the other index rule.
//
// PAGE RULE (fixed, deterministic): take every key of comments.json whose list holds 2 or more comments, sort the
// keys by code-unit order, exactly as in the first set, and keep every 2nd one starting with the SECOND (indices
// 1, 3, 5, ...: the ones the first set skips, so the two sets share no page). Of each kept post, read the first 20
// comments in list order, skipping comments whose text comes out empty and pingbacks/trackbacks. This gives 72
// posts, 2001-2017, 420 comments.
//
// page = the key without the leading "articles/" (yyyy/mm/dd/slug). i = position among the post's kept comments.
// STAFF: the blog's author, who comments as "Nicolas Hoizey" (STAFF of the first set).
import hoizeyBlog, { readPosts } from './hoizey-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export default {
  id: 'hoizey-blog-2',
  repo: hoizeyBlog.repo,
  commit: hoizeyBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (k) => k % 2 === 1);
  },
} satisfies CommentSource;
