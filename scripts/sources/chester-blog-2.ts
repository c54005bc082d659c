// chester.me, second set: the Portuguese-era posts of Carlos Duarte do Nascimento's ("Chester", chesterbr) blog that
// the first set (scripts/sources/chester-blog.ts, whose header describes the source, the Staticman data and the text
// conversion) leaves out. Same repository, commit, parsing, text conversion, thread order and staff rule: this reader
// imports them from chester-blog.ts.
//
// PAGE RULE (fixed, deterministic): the comment directories (one per post) whose post URL (`_parent`,
// /archives/<yyyy>/...) is from 2012 or earlier, sorted by name (code-unit order), exactly as in the first set; of
// these every 2nd one starting with the 2nd (the 2nd, 4th, 6th, ...: the ones the first set skips, so the two sets
// share no page); of each, the first PER_POST_2 real comments in the page's display order (the post's top-level
// comments by date, each followed by its replies). A comment is not real when its text comes out empty or when its
// _id is in the first set's SKIP or in SKIP_2 below (spam). Posts left without real comments drop out.
//
// page = the directory name (the post's slug). i = position among the post's real comments, in display order.
// STAFF: the blog's author, who signs his comments "Chester", "chester" or "chesterbr" (isStaff of the first set).
import { displayName } from './html-text';
import { kramdownText } from './kramdown-text';
import { threadOrder } from './thread-order';
import chesterBlog, { ROOT, SKIP, byName, isStaff, load, type DataComment } from './chester-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const PER_POST_2 = 8;
// _id values of spam comments on this set's posts (not a reader's comment on the post).
const SKIP_2 = new Set<string>([
  '1039934367', // dois_chips_gsm_1: advertisement for a dual-SIM phone shop ("Visite o site da empresa")
  '1039936017', // sexo_com_os_cav: credit-card scam, its text replaced by the author's removal note ("Foi pra vala")
  '2458503694', // spray-anti-radar: advertisement with shop links for anti-radar stickers
  '1039934543', // tinha_que_ser_b: machine-translated generic praise posted under a product name (SEO spam)
]);

export default {
  id: 'chester-blog-2',
  repo: chesterBlog.repo,
  commit: chesterBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const byPost = new Map<string, string[]>();
    for (const path of files.list(ROOT)) {
      if (!/\.ya?ml$/.test(path)) continue;
      const rest = path.slice(ROOT.length).split('/');
      if (rest.length !== 2) continue;
      if (!byPost.has(rest[0])) byPost.set(rest[0], []);
      byPost.get(rest[0])!.push(path);
    }
    const posts: { slug: string; comments: DataComment[] }[] = [];
    for (const slug of [...byPost.keys()].sort(byName)) {
      const comments = byPost.get(slug)!.sort(byName).map((p) => load(files, p));
      const year = Number(comments[0].post.match(/\/archives\/(\d{4})\//)?.[1] ?? 0);
      if (year && year <= 2012) posts.push({ slug, comments });
    }
    const out: SourceComment[] = [];
    posts.forEach(({ slug, comments }, k) => {
      if (k % 2 !== 1) return;
      const ordered = threadOrder(comments, {
        id: (c) => c.id,
        parent: (c) => c.parent,
        compare: (a, b) => a.date - b.date || byName(a.path, b.path),
      });
      let i = 0;
      for (const c of ordered) {
        if (i >= PER_POST_2) break;
        if (SKIP.has(c.id) || SKIP_2.has(c.id)) continue;
        const text = kramdownText(c.message);
        if (!text) continue;
        const author = displayName(c.name);
        out.push({ page: slug, i: i++, text, author, staff: isStaff(author) });
      }
    });
    return out;
  },
} satisfies CommentSource;
