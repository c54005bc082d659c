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
import { typedHtmlToText } from './html-text-typed';
import { isPingbackType } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrElements, wxrField } from './wxr';

const SPAM_AUTHORS = new Set(['鲜活优惠码', 'Elmo']);
const OWNER_USER_ID = '1';

/** A comment's HTML (WordPress keeps typed line breaks as newlines) as the plain text a reader sees. */
const toText = (html: string) => typedHtmlToText(html, { blocks: 'p, div, li, h1, h2, h3, h4, h5, h6', quotes: true });

interface Post { id: number; date: string; comments: SourceComment[] }

export default {
  id: 'cedricporter-blog',
  repo: 'cedricporter/cedricporter.github.com',
  commit: 'f97cc70dd8db055aa08ce9ed2f6a64cd4687172e',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const posts: Post[] = [];
    for (const item of wxrElements(xml, 'item')) {
      if (!['publish', 'inherit'].includes(wxrField(item, 'wp:status'))) continue;
      const id = Number(wxrField(item, 'wp:post_id'));
      const kept = wxrElements(item, 'wp:comment')
        .filter((c) => wxrField(c, 'wp:comment_approved') === '1' && !isPingbackType(wxrField(c, 'wp:comment_type')))
        .map((c) => ({
          id: Number(wxrField(c, 'wp:comment_id')),
          date: wxrField(c, 'wp:comment_date_gmt'),
          author: wxrField(c, 'wp:comment_author').trim(),
          staff: wxrField(c, 'wp:comment_user_id') === OWNER_USER_ID,
          text: toText(wxrField(c, 'wp:comment_content')),
        }))
        .filter((c) => c.text !== '' && !SPAM_AUTHORS.has(c.author))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
      if (!kept.length) continue;
      posts.push({
        id,
        date: wxrField(item, 'wp:post_date'),
        comments: kept.slice(0, 20).map((c, i) => ({ page: `p${id}`, i, text: c.text, author: c.author, staff: c.staff })),
      });
    }
    posts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    return posts.flatMap((p) => p.comments);
  },
} satisfies CommentSource;
