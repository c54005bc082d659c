// JasnaPaka Blog, third set: posts of the Czech Firefox/Thunderbird/MozBackup blog that neither the first set
// (scripts/sources/jasnapaka-blog.ts, whose header describes the source, the HTTrack mirror, the comment markup and
// the text conversion) nor the second set (scripts/sources/jasnapaka-blog-2.ts) reads. Same repository, commit,
// parsing (pageComments), text conversion (htmlToText) and staff rule (isStaff): this reader runs the first reader's
// readPosts with its own choice of posts.
//
// PAGE RULE (fixed, deterministic): exactly the first set's candidate list - the top-level files `<6 digits>-*.html`,
// sorted by path, grouped by the 6-digit id keeping the file with the most comments (ties: the first path), the posts
// with 3 or more comments sorted by id - but of those every 8th one starting with the 3rd (indices 2, 10, 18, ...;
// the first set takes indices 0, 8, 16, ..., the second 4, 12, 20, ..., so the three sets share no page). Of each
// kept post its first 12 comments in page order, skipping any whose text comes out empty, as in the first set.
//
// page = the file name without ".html" (id-slug). i = position among the post's kept comments.
// STAFF: the blog's author (JasnaPaka / Pavel Cvrček), as in the first set.
import jasnapakaBlog, { readPosts } from './jasnapaka-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const EVERY = 8;
const OFFSET = 2;

export default {
  id: 'jasnapaka-blog-3',
  repo: jasnapakaBlog.repo,
  commit: jasnapakaBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (j) => j % EVERY === OFFSET);
  },
} satisfies CommentSource;
