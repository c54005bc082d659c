// everet.org ("EverET.org"), a simplified-Chinese personal blog of a Guangzhou (SCUT) software-engineering student,
// Cedric Porter / 华亮 (2012): Python, Linux servers, Emacs/Vim, his student projects, read from the WordPress export
// (WXR, WordPress 3.5, wordpress.xml) he committed to his Octopress site's repository and deleted two commits later
// (75c5c81), so the commit below is the last one that still has it.
//
// Rule of choice (fixed): take every item (posts, the page "留言板" and one image attachment page) that has at least
// one kept comment, sort them by post date (then post id), and keep all of them; of each take its first 20 kept
// comments in chronological order (comment date GMT, then comment id), the owner's replies included. Kept comments:
// approved ones (wp:comment_approved = 1, which leaves out the one trashed ad), not pingbacks or trackbacks, not empty
// once turned into text, and not spam: two approved SEO comments (author "鲜活优惠码", a coupon site, and "Elmo", an
// English link-spam template) are left out. staff = written by the blog's owner, logged in as user 1
// (cedricporter@gmail.com), who shows as "Stupid ET", "华亮" or "Hua Liang".
import { wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrField } from './wxr';
import { wxrPosts } from './wxr-posts';

const SPAM_AUTHORS = new Set(['鲜活优惠码', 'Elmo']);
const OWNER_USER_ID = '1';

export default {
  id: 'cedricporter-blog',
  repo: 'cedricporter/cedricporter.github.com',
  commit: 'f97cc70dd8db055aa08ce9ed2f6a64cd4687172e',
  read(files: RepositoryFiles): SourceComment[] {
    const posts = wxrPosts(files.read('wordpress.xml'), {
      keepItem: (item) => ['publish', 'inherit'].includes(wxrField(item, 'wp:status')),
      toText: wordpressTypedText,
      keepComment: (c) => c.text !== '' && !SPAM_AUTHORS.has(c.author),
    });
    return posts.flatMap((p) =>
      p.comments.map((c, i) => ({ page: `p${p.id}`, i, text: c.text, author: c.author, staff: c.userId === OWNER_USER_ID })),
    );
  },
} satisfies CommentSource;
