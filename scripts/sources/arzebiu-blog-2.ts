// arzebiu.com, second set: the posts of the European Portuguese personal blog that the first set
// (scripts/sources/arzebiu-blog.ts, whose header describes the source, the Jekyll front-matter export and the text
// conversion) leaves out. Same repository, commit, parsing, text conversion, pingback rule and staff rule: this
// reader runs the first reader's readPosts with its own choice of posts.
//
// PAGE RULE (fixed, deterministic): every `_posts/*` file whose front matter has 3 or more comments, sorted by path
// (code-unit order), exactly as in the first set; of these every 2nd one starting with the 2nd (indices 1, 3, 5,
// ...: the ones the first set skips, so the two sets share no page). Added to these (the first set has no post with
// fewer than 3 comments): the `_posts/*` files with 1 or 2 comments, sorted by path, every 2nd one starting with the
// first (indices 0, 2, 4, ...). All kept posts are read in path order; of each, the first 20 comments in file order
// (the export's order), skipping empty ones and pingbacks/trackbacks, as in the first set. This gives 66 posts with 3+
// comments and 68 with 1-2, 2010-2013.
//
// page = the post's file name without `_posts/` and extension. i = position among the post's kept comments.
// STAFF: the blog's author, who comments as "Arzebiuzado" (once as "Arzebiu").
import arzebiuBlog, { byPath, readPosts } from './arzebiu-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export default {
  id: 'arzebiu-blog-2',
  repo: arzebiuBlog.repo,
  commit: arzebiuBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (all) => {
      const large = all.filter((p) => p.comments.length >= 3).sort(byPath).filter((_, k) => k % 2 === 1);
      const small = all.filter((p) => p.comments.length >= 1 && p.comments.length < 3).sort(byPath).filter((_, k) => k % 2 === 0);
      return [...large, ...small].sort(byPath);
    });
  },
} satisfies CommentSource;
