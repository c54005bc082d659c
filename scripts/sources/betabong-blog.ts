// blog.betabong.com, the English blog of a Swiss web/Flash developer ("betabong"), 2008-2014: ActionScript 3 and
// Flash tips and small libraries, later JavaScript/CSS notes; readers thank him, ask how to use the code and report
// problems with it, and he answers. Read from the WordPress export (WXR, WordPress 4.0.1, data/wordpress.xml)
// committed to his Jekyll repository.
//
// Rule of choice (fixed): every item of the export that has at least one kept comment (in practice published posts),
// sorted by post date (then post id), all of them; of each, all its kept comments in chronological order (comment date
// GMT, then comment id), the owner's replies included. Kept comments: approved ones (wp:comment_approved = 1), not
// pingbacks or trackbacks, not empty once turned into text, and not spam: one approved advertisement for a VPN site
// (author "Leo Iqbal") is left out. The export holds only 102 comments, so the set takes all the rest. staff = written
// by the blog's owner, Severin Klaus: logged in as WordPress user 3 ("betabong"), or once not logged in as "Sev" with
// his betabong address.
import { wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrPosts } from './wxr-posts';

const OWNER_USER_ID = '3';
const OWNER_GUEST_NAME = 'Sev';
const SPAM_AUTHORS = new Set(['Leo Iqbal']);

export default {
  id: 'betabong-blog',
  repo: 'betabong/betablog.github.io',
  commit: '417711685e0883f20416c94472f46a3a49ba40ac',
  read(files: RepositoryFiles): SourceComment[] {
    const posts = wxrPosts(files.read('data/wordpress.xml'), {
      keepItem: () => true,
      toText: wordpressTypedText,
      keepComment: (c) => c.text !== '' && !SPAM_AUTHORS.has(c.author),
      most: 1000,
    });
    return posts.flatMap((p) =>
      p.comments.map((c, i) => ({ page: `p${p.id}`, i, text: c.text, author: c.author, staff: c.userId === OWNER_USER_ID || c.author === OWNER_GUEST_NAME })),
    );
  },
} satisfies CommentSource;
