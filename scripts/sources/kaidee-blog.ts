// teidihen.com ("云淡风轻"), a simplified-Chinese personal blog of liuhang0077 (Liu Hang), 2008-2012: WordPress and
// web-design notes, software tips, diary posts; read from the WordPress export (WXR 1.1, WordPress 3.3.2,
// _import/wordpress.xml) committed to his later Jekyll site's repository (kaidee/kaidee.github.com).
//
// Rule of choice (fixed): take every published item (posts and pages) that has at least one kept comment, sort them by
// post date (then post id), and keep all of them; of each take its first 20 kept comments in chronological order
// (comment date GMT, then comment id), the owner's replies included. Kept comments: approved ones
// (wp:comment_approved = 1), not pingbacks or trackbacks (the export keeps no comment type, so a body that opens with
// WordPress's "[...]" excerpt marker counts as one), not empty once turned into text, and not spam: three approved
// advertisements are left out (authors "Unlocked Iphone": an English stock line; "ringsun_net": an ad for a trade and
// forum site; "货币战争": a link-exchange request from a money site). staff = written by the blog's
// owner: the comment's e-mail is liuhang0077@gmail.com or lhang@me.com (he signs as "liuhang0077", "Hang", "行",
// "admin", ...), or its author is "liuhang0077".
import { wordpressTypedText } from './html-text-typed';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrElements, wxrField } from './wxr';
import { wxrPosts } from './wxr-posts';

const SPAM_AUTHORS = new Set(['Unlocked Iphone', 'ringsun_net', '货币战争']);
const OWNER_EMAILS = new Set(['liuhang0077@gmail.com', 'lhang@me.com']);

export default {
  id: 'kaidee-blog',
  repo: 'kaidee/kaidee.github.com',
  commit: 'cf9166c72fcbdaf1e7f08a43ac3c03f8e94e2d23',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('_import/wordpress.xml');
    // Owner comments by comment id (the e-mail is not part of what wxrPosts hands back).
    const ownerIds = new Set<number>();
    for (const c of wxrElements(xml, 'wp:comment'))
      if (OWNER_EMAILS.has(wxrField(c, 'wp:comment_author_email').trim().toLowerCase()) || wxrField(c, 'wp:comment_author').trim() === 'liuhang0077')
        ownerIds.add(Number(wxrField(c, 'wp:comment_id')));
    const posts = wxrPosts(xml, {
      keepItem: (item) => wxrField(item, 'wp:status') === 'publish',
      toText: wordpressTypedText,
      keepComment: (c) => c.text !== '' && !isPingbackExcerpt(c.text) && !SPAM_AUTHORS.has(c.author),
    });
    return posts.flatMap((p) =>
      p.comments.map((c, i) => ({ page: `p${p.id}`, i, text: c.text, author: c.author, staff: ownerIds.has(c.id) })),
    );
  },
} satisfies CommentSource;
