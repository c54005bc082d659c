// Publico (publicomag.com), second set: more posts of Alexander Wendt's German online magazine, disjoint from the first
// set (scripts/sources/publico-blog.ts, whose header describes the source, the Markdown files with the rendered
// WordPress comment list, the text conversion and the staff rule). Same repository, commit, parsing, text conversion,
// comment cap and staff rule (STAFF_NAMES / the post's author): this reader runs the first reader's readPosts with
// another index rule.
//
// PAGE RULE (fixed, deterministic): take every file under `content/mag/`, sorted by path; drop posts with fewer than
// 5 comments; of the remaining posts keep every 35th one, starting with the 1st (0-based index % 35 === 0), and besides
// every 140th one, starting with the 27th (index % 140 === 26, which is index % 35 === 26); the first set keeps
// index % 35 === 17, so the two sets share no page. From each kept post take its first 20 comments in document order
// (pre-order: a comment, then its replies), skipping empty ones.
// page = the file path below content/mag/ without `.md` (year/month-slug). i = position among the kept comments.
import publicoBlog, { readPosts } from './publico-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export default {
  id: 'publico-blog-2',
  repo: publicoBlog.repo,
  commit: publicoBlog.commit,
  read(files: RepositoryFiles) {
    return readPosts(files, (j) => j % 35 === 0 || j % 140 === 26);
  },
} satisfies CommentSource;
