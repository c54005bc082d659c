// rarous.net, second set: more articles of Aleš Roubíček's Czech weblog from the same export as the first set
// (scripts/sources/rarous-blog.ts, whose header describes the source, the text conversion and the staff rule). Same
// repository, commit, record parsing (records), text conversion (commentText) and staff rule (STAFF_EMAILS, or the
// article's own author commenting under the same name); the per-article loop of the first reader's read() is inline
// there (not an exported function), so its few lines are repeated here with this set's own choice of articles.
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
import rarousBlog, { STAFF_EMAILS, commentText, records } from './rarous-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const PER_ARTICLE = 20;
const EXTRA_STEP = 4;

export default {
  id: 'rarous-blog-2',
  repo: rarousBlog.repo,
  commit: rarousBlog.commit,
  read(files: RepositoryFiles) {
    const strip = (s: string) => s.replace(/^\uFEFF/, '');
    const articles = new Map(records(strip(files.read('articles.xml')), 'article').map((a) => [Number(a.id), a]));
    const byArticle = new Map<number, Record<string, string>[]>();
    for (const c of records(strip(files.read('comments.xml')), 'comment')) {
      if (c['is-enabled'] !== '1') continue;
      const aid = Number(c['article-id']);
      if (!articles.has(aid)) continue;
      if (!byArticle.has(aid)) byArticle.set(aid, []);
      byArticle.get(aid)!.push(c);
    }
    const ids = [...byArticle.keys()].sort((a, b) => a - b);
    const main = ids.filter((aid) => byArticle.get(aid)!.length >= 5).filter((_, j) => j % 3 === 1);
    const small = ids
      .filter((aid) => [3, 4].includes(byArticle.get(aid)!.length))
      .filter((_, j) => j % EXTRA_STEP === 0);
    const chosen = [...main, ...small].sort((a, b) => a - b);
    const out: SourceComment[] = [];
    for (const aid of chosen) {
      const article = articles.get(aid)!;
      const page = `${aid}-${(article.url ?? '').trim()}`;
      const comments = byArticle.get(aid)!.sort((a, b) => Number(a.id) - Number(b.id));
      const seen = new Set<string>();
      let i = 0;
      for (const c of comments) {
        if (i >= PER_ARTICLE) break;
        const text = commentText(c.text ?? '');
        if (!text || seen.has(text)) continue;
        seen.add(text);
        const name = (c.name ?? '').trim();
        const email = (c.email ?? '').trim().toLowerCase();
        const staff = STAFF_EMAILS.has(email) || (name !== '' && name === (article.author ?? '').trim());
        out.push({ page, i: i++, text, author: name, staff });
      }
    }
    return out;
  },
} satisfies CommentSource;
