// rarous.net, second set: more articles of Aleš Roubíček's Czech weblog from the same export as the first set
// (scripts/sources/rarous-blog.ts, whose header describes the source, the text conversion and the staff rule). Same
// repository, commit, record parsing, grouping by article, comment cap, text conversion and staff rule (STAFF_EMAILS,
// or the article's own author commenting under the same name): this reader runs the first reader's readArticles with
// its own choice of articles.
//
// PAGE RULE (fixed, deterministic): group the comments by article-id exactly as the first set does (is-enabled=1,
// existing article); (a) of the articles with 5 or more comments, sorted by numeric article id (101 articles), take
// every 3rd one starting with the 2nd (indices 1, 4, 7, ..., 100: the first set takes indices 0, 3, 6, ..., so the
// two sets share no article); (b) because (a) gives fewer than 350 comments, add the articles with exactly 3 or 4
// comments, sorted by numeric article id, every EXTRA_STEP-th one starting with the first (none of them is in the
// first set, which only reads articles with 5+ comments). Of each kept article read its first 20 comments in id
// order, skipping any whose text comes out empty or repeats verbatim an earlier comment of the same article (as in
// the first set).
//
// page = "<article id>-<article url slug>".
import rarousBlog, { MIN_COMMENTS, readArticles } from './rarous-blog';
import type { CommentSource, RepositoryFiles } from './source';

const EXTRA_STEP = 4;

export default {
  id: 'rarous-blog-2',
  repo: rarousBlog.repo,
  commit: rarousBlog.commit,
  read(files: RepositoryFiles) {
    return readArticles(files, (articles) => {
      const main = articles.filter((a) => a.n >= MIN_COMMENTS).filter((_, j) => j % 3 === 1);
      const small = articles.filter((a) => [3, 4].includes(a.n)).filter((_, j) => j % EXTRA_STEP === 0);
      return [...main, ...small].map((a) => a.aid).sort((a, b) => a - b);
    });
  },
} satisfies CommentSource;
