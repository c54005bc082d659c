// blog.novoj.net, second set: the posts of Jan Novotný's ("Novoj", "Otec Fura") Czech Java blog that the first set
// (scripts/sources/novoj-blog.ts, whose header describes the source, the Hugo front-matter comments, the spam filter
// and the text conversion) leaves out. Same repository, commit, parsing (commentsOf, isReal), text conversion
// (commentText) and staff rule (STAFF_EMAILS): this reader imports them from novoj-blog.ts.
//
// PAGE RULE (fixed, deterministic): list every `content/posts/*.md` file, sorted by path (code-unit order), and keep
// the posts with 5 or more real comments (72 posts), exactly as in the first set; of these every 2nd one starting with
// the 2nd (indices 1, 3, 5, ..., 71: the ones the first set skips, so the two sets share no page). Of each kept post
// read the first 20 real comments in file order (skipping any whose text comes out empty). This gives 36 posts,
// 2007-2016.
//
// page = the file name without `content/posts/` and `.md` (yyyy-mm-dd-slug). i = position among the post's kept
// comments. STAFF: the blog's author, recognised by one of his e-mail addresses (STAFF_EMAILS of the first set).
import { COMMIT, REPO, STAFF_EMAILS, commentText, commentsOf, isReal, str } from './novoj-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const PER_POST = 20;

export default {
  id: 'novoj-blog-2',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles) {
    const posts = files
      .list('content/posts/')
      .filter((p) => p.endsWith('.md'))
      .map((path) => ({ path, comments: commentsOf(files.read(path)).filter(isReal) }))
      .filter((p) => p.comments.length >= 5);
    const out: SourceComment[] = [];
    posts.forEach((post, j) => {
      if (j % 2 !== 1) return;
      const page = post.path.replace(/^content\/posts\//, '').replace(/\.md$/, '');
      let i = 0;
      for (const c of post.comments.slice(0, PER_POST)) {
        const text = commentText(str(c.content));
        if (!text) continue;
        out.push({ page, i: i++, text, author: str(c.author).trim(), staff: STAFF_EMAILS.has(str(c.author_email).trim().toLowerCase()) });
      }
    });
    return out;
  },
} satisfies CommentSource;
