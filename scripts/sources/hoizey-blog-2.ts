// nicolas-hoizey.com, second set: the posts of Nicolas Hoizey's French blog that the first set
// (scripts/sources/hoizey-blog.ts, whose header describes the source, the comments.json data and the text conversion)
// leaves out. Same repository, commit, file, text conversion, pingback test and staff rule, imported from the first
// reader (which selects its posts inside read(), so the short selection loop is repeated here with the other index).
//
// PAGE RULE (fixed, deterministic): take every key of comments.json whose list holds 2 or more comments, sort the
// keys by code-unit order, exactly as in the first set, and keep every 2nd one starting with the SECOND (indices
// 1, 3, 5, ...: the ones the first set skips, so the two sets share no page). Of each kept post, read the first 20
// comments in list order, skipping comments whose text comes out empty and pingbacks/trackbacks. This gives 72
// posts, 2001-2017, 420 comments.
//
// page = the key without the leading "articles/" (yyyy/mm/dd/slug). i = position among the post's kept comments.
// STAFF: the blog's author, who comments as "Nicolas Hoizey" (STAFF of the first set).
import hoizeyBlog, { FILE, STAFF, isPingback, toText, type DataComment } from './hoizey-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const PER_POST = 20;

export default {
  id: 'hoizey-blog-2',
  repo: hoizeyBlog.repo,
  commit: hoizeyBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const data = JSON.parse(files.read(FILE)) as Record<string, DataComment[]>;
    const keys = Object.keys(data)
      .filter((k) => Array.isArray(data[k]) && data[k].length >= 2)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .filter((_, k) => k % 2 === 1);
    const out: SourceComment[] = [];
    for (const key of keys) {
      const page = key.replace(/^articles\//, '');
      let i = 0;
      for (const c of data[key].slice(0, PER_POST)) {
        const raw = c.content == null ? '' : String(c.content);
        if (isPingback(raw)) continue;
        const text = toText(raw);
        if (!text) continue;
        const author = c.author?.name == null ? '' : String(c.author.name);
        out.push({ page, i: i++, text, author, staff: author === STAFF });
      }
    }
    return out;
  },
} satisfies CommentSource;
