// zhengyunshan.com ("大写的山"), a simplified-Chinese personal blog of a Shanghai student among friends (2007-2011),
// read from the WordPress export (WXR 1.1, wordpress.xml) that its owner committed to his later Jekyll site's repository.
//
// Rule of choice (fixed): take every published post (post_type "post") that has at least one kept comment, sort them
// by post date (then post id), and drop every 5th one starting with the first (positions 0, 5, 10, ... in that
// order); of each remaining post keep its first 20 kept comments in chronological order (comment date GMT, then
// comment id). Kept comments: approved ones (wp:comment_approved = 1, which leaves out the held spam), not pingbacks or
// trackbacks, not empty once turned into text. staff = written by the blog's owner, who comments as "Payne" and, in
// one reply synced from his Sina Weibo, as "新浪_大写的山" (user id 3, the owner's zhengyunshan@ address).
import { typedHtmlToText } from './html-text-typed';
import { isPingbackType } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrElements, wxrField } from './wxr';

const OWNER_NAMES = new Set(['Payne', '新浪_大写的山']);

/** A comment's HTML (WordPress keeps typed line breaks as newlines) as the plain text a reader sees. */
const toText = (html: string) => typedHtmlToText(html, { blocks: 'p, div, li, h1, h2, h3, h4, h5, h6', quotes: true });

interface Post { id: number; date: string; comments: SourceComment[] }

export default {
  id: 'zhengyunshan-blog',
  repo: 'Roshanzheng/roshanzheng.github.com',
  commit: '613f73be75f2937c1ee69f6ea0166764c32808b3',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const posts: Post[] = [];
    for (const item of wxrElements(xml, 'item')) {
      if (wxrField(item, 'wp:post_type') !== 'post' || wxrField(item, 'wp:status') !== 'publish') continue;
      const id = Number(wxrField(item, 'wp:post_id'));
      const kept = wxrElements(item, 'wp:comment')
        .filter((c) => wxrField(c, 'wp:comment_approved') === '1' && !isPingbackType(wxrField(c, 'wp:comment_type')))
        .map((c) => ({
          id: Number(wxrField(c, 'wp:comment_id')),
          date: wxrField(c, 'wp:comment_date_gmt'),
          author: wxrField(c, 'wp:comment_author').trim(),
          text: toText(wxrField(c, 'wp:comment_content')),
        }))
        .filter((c) => c.text !== '')
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
      if (!kept.length) continue;
      posts.push({
        id,
        date: wxrField(item, 'wp:post_date'),
        comments: kept.slice(0, 20).map((c, i) => ({ page: `p${id}`, i, text: c.text, author: c.author, staff: OWNER_NAMES.has(c.author) })),
      });
    }
    posts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    return posts.filter((_, k) => k % 5 !== 0).flatMap((p) => p.comments);
  },
} satisfies CommentSource;
