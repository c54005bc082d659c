// zhengyunshan.com ("大写的山"), a simplified-Chinese personal blog of a Shanghai student among friends (2007-2011),
// read from the WordPress export (WXR 1.1, wordpress.xml) that its owner committed to his later Jekyll site's repository.
//
// Rule of choice (fixed): take every published post (post_type "post") that has at least one kept comment, sort them
// by post date (then post id), and drop every 5th one starting with the first (positions 0, 5, 10, ... in that
// order); of each remaining post keep its first 20 kept comments in chronological order (comment date GMT, then
// comment id). Kept comments: approved ones (wp:comment_approved = 1, which leaves out the held spam), not pingbacks or
// trackbacks, not empty once turned into text. staff = written by the blog's owner, who comments as "Payne" and, in
// one reply synced from his Sina Weibo, as "新浪_大写的山" (user id 3, the owner's zhengyunshan@ address).
import { wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrField } from './wxr';
import { wxrPosts } from './wxr-posts';

const OWNER_NAMES = new Set(['Payne', '新浪_大写的山']);

export default {
  id: 'zhengyunshan-blog',
  repo: 'Roshanzheng/roshanzheng.github.com',
  commit: '613f73be75f2937c1ee69f6ea0166764c32808b3',
  read(files: RepositoryFiles): SourceComment[] {
    const posts = wxrPosts(files.read('wordpress.xml'), {
      keepItem: (item) => wxrField(item, 'wp:post_type') === 'post' && wxrField(item, 'wp:status') === 'publish',
      toText: wordpressTypedText,
      keepComment: (c) => c.text !== '',
    });
    return posts
      .filter((_, k) => k % 5 !== 0)
      .flatMap((p) => p.comments.map((c, i) => ({ page: `p${p.id}`, i, text: c.text, author: c.author, staff: OWNER_NAMES.has(c.author) })));
  },
} satisfies CommentSource;
