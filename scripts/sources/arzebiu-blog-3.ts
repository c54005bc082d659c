// arzebiu.com, third set: the comments of the European Portuguese personal blog that neither the first set
// (scripts/sources/arzebiu-blog.ts, whose header describes the source, the Jekyll front-matter export and the text
// conversion) nor the second (scripts/sources/arzebiu-blog-2.ts) reads. Same repository, commit, parsing, text
// conversion, pingback rule and staff rule: this reader runs the first reader's readPosts with its own choice.
//
// PAGE RULE (fixed, deterministic):
// 1. the `_posts/*` files with 1 or 2 comments, sorted by path (code-unit order), every 2nd one starting with the
//    2nd (indices 1, 3, 5, ...: the ones the second set skips; the first set reads no post with fewer than 3);
// 2. the comments after the 20th of every post with more than 20 (both earlier sets stop at the 20th; at the pinned
//    commit only 2010-05-10-circuncisao-enquanto-adulto, 146 comments), cut in runs of 20 in file order: comments
//    21-40 are page "<slug>#2", 41-60 "<slug>#3", ... (so "<slug>#8" holds 141-146).
// Of each page, comments in file order (the export's order), skipping empty ones and pingbacks/trackbacks, as in the
// first set. This gives 67 posts with 1-2 comments and 7 runs of one long thread, 2010-2013.
//
// page = the post's file name without `_posts/` and extension (plus "#<run>" for part 2). i = position among the
// page's kept comments. STAFF: the blog's author, who comments as "Arzebiuzado" (once as "Arzebiu").
import arzebiuBlog, { byPath, readPosts, type PostFile } from './arzebiu-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const RUN = 20;

/** The comments after the first RUN of a long post, as extra "posts" of at most RUN comments named <slug>#2, #3, ... */
function laterRuns(post: PostFile): PostFile[] {
  const out: PostFile[] = [];
  for (let start = RUN, run = 2; start < post.comments.length; start += RUN, run++) {
    // readPosts derives the page from the path by dropping `_posts/` and the extension: put "#run" before it.
    const path = post.path.replace(/(\.(html|markdown|md))?$/, `#${run}$1`);
    out.push({ path, comments: post.comments.slice(start, start + RUN) });
  }
  return out;
}

export default {
  id: 'arzebiu-blog-3',
  repo: arzebiuBlog.repo,
  commit: arzebiuBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (all) => {
      const small = all.filter((p) => p.comments.length >= 1 && p.comments.length < 3).sort(byPath).filter((_, k) => k % 2 === 1);
      const later = all.filter((p) => p.comments.length > RUN).sort(byPath).flatMap(laterRuns);
      return [...small, ...later];
    });
  },
} satisfies CommentSource;
