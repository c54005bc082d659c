// chester.me, second set: the Portuguese-era posts of Carlos Duarte do Nascimento's ("Chester", chesterbr) blog that
// the first set (scripts/sources/chester-blog.ts, whose header describes the source, the Staticman data and the text
// conversion) leaves out. Same repository, commit, parsing, text conversion, thread order and staff rule: this reader
// runs the first reader's readPosts with its own choice of posts, comment cap and spam list.
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
import chesterBlog, { SKIP, readPosts } from './chester-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const PER_POST_2 = 8;
// _id values of spam comments on this set's posts (not a reader's comment on the post).
export const SKIP_2 = new Set<string>([
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
    return readPosts(files, (k) => k % 2 === 1, { perPost: PER_POST_2, skip: new Set([...SKIP, ...SKIP_2]) });
  },
} satisfies CommentSource;
