// cssing.org.ua, second set: more posts of Yuri Artyukh's ("akella") Russian-language blog about CSS/HTML markup,
// from the same Eleventy repository (akella/cssing_11ty) and commit as the first set (scripts/sources/cssing-blog.ts,
// whose header describes the source, the front-matter comments and the text conversion). Same parsing, spam and
// pingback filter, reading order, text conversion and staff rule: this reader calls the first reader's postComments,
// commentText and isStaff. The page-choice loop of the first reader is inline in its read(), so its few lines are
// repeated here with another index rule.
//
// PAGE RULE (fixed, deterministic): every `posts/**/index.md`, sorted by path, that has at least one real comment
// (as in the first set: 174 posts); keep those whose 0-based index j has j % 8 === 4 or j % 16 === 2 (the first set
// keeps j % 8 === 0, so the two sets share no page; 33 posts over 2004-2017); from each kept post its first 20 real comments in reading order
// (by date, then numeric id).
// page = the post path without `posts/` and `/index.md` (yyyy/mm/slug). STAFF: the blog's owner "akella" (also
// spelt "akela", "акелла"), as in the first set.
import cssingBlog, { commentText, isStaff, postComments } from './cssing-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const keep = (j: number) => j % 8 === 4 || j % 16 === 2;

export default {
  id: 'cssing-blog-2',
  repo: cssingBlog.repo,
  commit: cssingBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const posts = files
      .list('posts/')
      .filter((p) => p.endsWith('/index.md'))
      .map((path) => ({ path, comments: postComments(files, path) }))
      .filter((p) => p.comments.length > 0);
    const out: SourceComment[] = [];
    posts.forEach((post, j) => {
      if (!keep(j)) return;
      const page = post.path.replace(/^posts\//, '').replace(/\/index\.md$/, '');
      let i = 0;
      for (const c of post.comments.slice(0, 20)) {
        const text = commentText(String(c.content));
        if (!text) continue;
        const author = String(c.author ?? '').trim();
        out.push({ page, i: i++, text, author, staff: isStaff(author) });
      }
    });
    return out;
  },
} satisfies CommentSource;
