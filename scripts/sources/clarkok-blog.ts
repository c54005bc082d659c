// clarkok.com ("Clarkok"), a simplified-Chinese personal blog of a Chinese high-school OIer / programmer (2011-2013):
// algorithm contest notes, Pascal/Vim/Ubuntu/Opera posts and his own small games, read from the WordPress export
// (WXR 1.2, wordpress.xml) committed to his later "clog" repository.
//
// Rule of choice (fixed): take every published item (posts and the two pages "关于" and "留言板") that has at least one
// kept comment, sort them by post date (then post id), and keep every 2nd one starting with the first (positions 0,
// 2, 4, ... in that order); of each kept item take its first 20 kept comments in chronological order (comment date
// GMT, then comment id). Kept comments: approved ones (wp:comment_approved = 1), not pingbacks or trackbacks, not
// empty once turned into text, and not spam: the export keeps 7 approved copies of one ad for a porn download (author
// "深栖", a look-alike of the regular commenter 浅栖, link url.cn/0sh1Xd), which are left out. staff = written by the
// blog's owner, who always comments as "Clarkok"/"clarkok" (mail@clarkok.com or clarkok@qq.com).
import { wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrField } from './wxr';
import { wxrPosts } from './wxr-posts';

const SPAM_AUTHORS = new Set(['深栖']);
const isOwner = (author: string) => author.toLowerCase() === 'clarkok';

export default {
  id: 'clarkok-blog',
  repo: 'clarkok/clog',
  commit: '31d8eebccac0d9a27897a411a87294c7706c37c2',
  read(files: RepositoryFiles): SourceComment[] {
    const posts = wxrPosts(files.read('wordpress.xml'), {
      keepItem: (item) => ['post', 'page'].includes(wxrField(item, 'wp:post_type')) && wxrField(item, 'wp:status') === 'publish',
      toText: wordpressTypedText,
      keepComment: (c) => c.text !== '' && !SPAM_AUTHORS.has(c.author),
    });
    return posts
      .filter((_, k) => k % 2 === 0)
      .flatMap((p) => p.comments.map((c, i) => ({ page: `p${p.id}`, i, text: c.text, author: c.author, staff: isOwner(c.author) })));
  },
} satisfies CommentSource;
