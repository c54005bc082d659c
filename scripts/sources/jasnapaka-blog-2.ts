// JasnaPaka Blog, second set: posts of the Czech Firefox/Thunderbird/MozBackup blog that the first set
// (scripts/sources/jasnapaka-blog.ts, whose header describes the source, the HTTrack mirror, the comment markup and
// the text conversion) leaves out. Same repository, commit, parsing (pageComments), text conversion (htmlToText) and
// staff rule (isStaff, exported from the first reader for this one).
//
// PAGE RULE (fixed, deterministic): exactly the first set's candidate list - the top-level files `<6 digits>-*.html`,
// sorted by path, grouped by the 6-digit id keeping the file with the most comments (ties: the first path), the posts
// with 3 or more comments sorted by id - but of those every 8th one starting with the 5th (indices 4, 12, 20, ...;
// the first set takes indices 0, 8, 16, ..., so the two sets share no page). Of each kept post its first 12 comments
// in page order, skipping any whose text comes out empty, as in the first set.
//
// page = the file name without ".html" (id-slug). i = position among the post's kept comments.
// STAFF: the blog's author (JasnaPaka / Pavel Cvrček), as in the first set.
import { htmlToText } from './html-text';
import jasnapakaBlog, { pageComments, isStaff } from './jasnapaka-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const MIN_COMMENTS = 3;
const EVERY = 8;
const OFFSET = 4;
const PER_PAGE = 12;

export default {
  id: 'jasnapaka-blog-2',
  repo: jasnapakaBlog.repo,
  commit: jasnapakaBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const posts = new Map<string, { path: string; comments: ReturnType<typeof pageComments> }>();
    for (const path of files.list('').filter((p) => /^\d{6}-[^/]*\.html$/.test(p))) {
      const id = path.slice(0, 6);
      const comments = pageComments(files.read(path));
      const had = posts.get(id);
      if (!had || comments.length > had.comments.length) posts.set(id, { path, comments });
    }
    const kept = [...posts.keys()]
      .sort()
      .filter((id) => posts.get(id)!.comments.length >= MIN_COMMENTS)
      .filter((_, j) => j % EVERY === OFFSET);
    const out: SourceComment[] = [];
    for (const id of kept) {
      const { path, comments } = posts.get(id)!;
      const page = path.replace(/\.html$/, '');
      let i = 0;
      for (const c of comments) {
        if (i >= PER_PAGE) break;
        const text = htmlToText(c.html);
        if (!text) continue;
        out.push({ page, i: i++, text, author: c.author, staff: isStaff(c.author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
