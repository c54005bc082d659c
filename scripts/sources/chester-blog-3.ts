// chester.me, third set: the comments of the Portuguese-era posts of Carlos Duarte do Nascimento's ("Chester",
// chesterbr) blog that neither the first set (scripts/sources/chester-blog.ts, whose header describes the source, the
// Staticman data and the text conversion) nor the second (scripts/sources/chester-blog-2.ts) reads. Same repository,
// commit, parsing, text conversion, thread order and staff rule: this reader runs the first reader's readPosts.
//
// PAGE RULE (fixed, deterministic): the comment directories (one per post) whose post URL (`_parent`,
// /archives/<yyyy>/...) is from 2012 or earlier, sorted by name (code-unit order), exactly as in the first two sets,
// ALL of them; of each, the real comments in the page's display order (the post's top-level comments by date, each
// followed by its replies) at positions 9 to 20 (1-based). The first two sets take positions 1-8 of every post (the
// first set of the 1st, 3rd, 5th, ... post, the second of the 2nd, 4th, 6th, ...), so this set shares no comment with
// them. A comment is not real when its text comes out empty or when its _id is in SKIP (first set), SKIP_2 (second
// set; those ids are all on the second set's posts) or SKIP_3 below (spam): the same positions 1-8 as in the earlier
// sets, since SKIP_3 holds only ids after the 8th real comment. Posts with 8 or fewer real comments drop out.
//
// page = the directory name (the post's slug). i = position among the page's comments in this set (0 = the post's
// 9th real comment). STAFF: the blog's author, who signs his comments "Chester", "chester" or "chesterbr".
import chesterBlog, { SKIP, readPosts } from './chester-blog';
import { SKIP_2 } from './chester-blog-2';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const FROM = 8; // 0-based position of the first comment read (the 9th)
const UPTO = 20; // positions FROM .. UPTO-1 (the 9th to the 20th)

// _id values of spam comments at positions 9-20 (not a reader's comment on the post).
export const SKIP_3 = new Set<string>([
  '1039938666', // dekopon: advertisement for another fruit with a MercadoLivre shop link and a money-making blog link
]);

export default {
  id: 'chester-blog-3',
  repo: chesterBlog.repo,
  commit: chesterBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const all = readPosts(files, () => true, { perPost: UPTO, skip: new Set([...SKIP, ...SKIP_2, ...SKIP_3]) });
    return all.filter((c) => c.i >= FROM).map((c) => ({ ...c, i: c.i - FROM }));
  },
} satisfies CommentSource;
