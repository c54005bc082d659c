// @alienlebarge (alienlebarge.ch): Cédric Aellen's personal French-language blog from the canton of Vaud, Switzerland
// (comments 2007-2013): life and family news, cats, photography, music (electro, podcasts, festivals), Mac, web and
// TYPO3 tips, football and handball, jokes and videos; mostly friends and family comment, and he answers many of
// them. When the blog moved to Jekyll the repository kept its WordPress export, `wordpress.xml` (WXR), at its root;
// every <item> is a post, page or attachment with its <wp:comment> elements (comment_parent gives the threads).
//
// PAGE RULE (fixed, deterministic, blind to content): every post or page of the export (post_type post or page) with
// at least 2 readable comments, sorted by page key (below, code-unit order); of each, the first 20 readable comments
// in reading order. A readable comment is approved (comment_approved 1), has an empty comment_type (no pingback or
// trackback) and a non-empty text. Reading order is the threads as WordPress shows them, pre-order (a comment, then
// its replies), siblings by comment_date_gmt then comment_id; a reply whose parent is not readable is read as a
// top-level comment. This gives 283 comments on 90 pages, 2007-2013 (no page has more than 10).
//
// page = the item's post_name (its slug), or "p<post_id>" when it has none; i = position in that reading order.
// TEXT: comment_content as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>), then
// HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the blog's author, who comments as "alienlebarge" (user id 1, or no user id but his own e-mail address
// cedric.aellen@alienlebarge.ch); no one else has a user id in the export.
import { displayName, htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { threadedByDate } from './thread-order';
import { wpautop } from './wpautop';
import { wxrElements, wxrField } from './wxr';

interface WxrComment {
  id: string;
  author: string;
  email: string;
  userId: string;
  date: string;
  content: string;
  parent: string;
}

const isStaff = (c: WxrComment) => c.userId === '1' || c.email.trim().toLowerCase() === 'cedric.aellen@alienlebarge.ch';

export default {
  id: 'alienlebarge-blog',
  repo: 'alienlebarge/alienlebarge.github.com',
  commit: 'fd482215b9fe7c67ab33efda8e8c3419855de0a7',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const pages: { key: string; comments: { c: WxrComment; text: string }[] }[] = [];
    for (const item of wxrElements(xml, 'item')) {
      const type = wxrField(item, 'wp:post_type');
      if (type !== 'post' && type !== 'page') continue;
      const comments: WxrComment[] = wxrElements(item, 'wp:comment')
        .filter((b) => wxrField(b, 'wp:comment_approved') === '1' && wxrField(b, 'wp:comment_type') === '')
        .map((b) => ({
          id: wxrField(b, 'wp:comment_id'),
          author: displayName(wxrField(b, 'wp:comment_author')),
          email: wxrField(b, 'wp:comment_author_email'),
          userId: wxrField(b, 'wp:comment_user_id'),
          date: wxrField(b, 'wp:comment_date_gmt'),
          content: wxrField(b, 'wp:comment_content'),
          parent: wxrField(b, 'wp:comment_parent') || '0',
        }));
      const readable = threadedByDate(comments)
        .map((c) => ({ c, text: htmlToText(wpautop(c.content)) }))
        .filter((x) => x.text);
      if (readable.length < 2) continue;
      pages.push({ key: wxrField(item, 'wp:post_name') || `p${wxrField(item, 'wp:post_id')}`, comments: readable });
    }
    pages.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const out: SourceComment[] = [];
    for (const p of pages)
      p.comments.slice(0, 20).forEach(({ c, text }, i) => out.push({ page: p.key, i, text, author: c.author, staff: isStaff(c) }));
    return out;
  },
} satisfies CommentSource;
