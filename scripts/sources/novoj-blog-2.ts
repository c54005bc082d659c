// blog.novoj.net, second set: the posts of Jan Novotný's ("Novoj", "Otec Fura") Czech Java blog that the first set
// (scripts/sources/novoj-blog.ts, whose header describes the source, the Hugo front-matter comments, the spam filter
// and the text conversion) leaves out. Same repository, commit, parsing (commentsOf, isReal), text conversion
// (commentText) and staff rule (STAFF_EMAILS): this reader runs the first reader's readPosts with its own choice of
// posts.
//
// PAGE RULE (fixed, deterministic): list every `content/posts/*.md` file, sorted by path (code-unit order), and keep
// the posts with 5 or more real comments (72 posts), exactly as in the first set; of these every 2nd one starting with
// the 2nd (indices 1, 3, 5, ..., 71: the ones the first set skips, so the two sets share no page). Of each kept post
// read the first 20 real comments in file order (skipping any whose text comes out empty). This gives 36 posts,
// 2007-2016.
//
// page = the file name without `content/posts/` and `.md` (yyyy-mm-dd-slug). i = position among the post's kept
// comments. STAFF: the blog's author, recognised by one of his e-mail addresses (STAFF_EMAILS of the first set).
import { COMMIT, REPO, readPosts } from './novoj-blog';
import type { CommentSource, RepositoryFiles } from './source';

export default {
  id: 'novoj-blog-2',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles) {
    return readPosts(files, (j) => j % 2 === 1);
  },
} satisfies CommentSource;
