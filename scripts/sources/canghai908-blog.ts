// cactifans.org ("CactiFans"), a simplified-Chinese blog of a Chinese sysadmin ("sole") who packaged Cacti (network
// monitoring) with Nagios etc. as an installable CentOS ISO, 2011-2013: release posts, plugin how-tos, LAMP/VPN
// notes; readers ask for passwords, downloads and help. Read from the WordPress export (WXR, WordPress 3.5.1,
// wordpress.xml) committed to the "source" history of his Octopress repository (the same file from 0e6c289 on; the
// commit below is the last one that has it).
//
// Rule of choice (fixed): take every published item that has at least one kept comment, sort them by post date (then
// post id), and keep all of them; of each take its first 20 kept comments in chronological order (comment date GMT,
// then comment id), the owner's replies included. Kept comments: approved ones (wp:comment_approved = 1), not pingbacks
// or trackbacks, not empty once turned into text, and not spam or boilerplate: WordPress's own sample comment
// ("WordPress 先生", "嗨，这是一条评论。…") and five approved one-line SEO comments from fitness-equipment / link sites
// (authors "Grace", "Willie", "Rose", "Equipment", "Ann") are left out. staff = written by the blog's owner, logged in
// as user 1 (cactifans@gmail.com), who shows as "sole" or "root".
import { typedHtmlToText } from './html-text-typed';
import { isPingbackType } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrElements, wxrField } from './wxr';

const SPAM_AUTHORS = new Set(['WordPress 先生', 'Grace', 'Willie', 'Rose', 'Equipment', 'Ann']);
const OWNER_USER_ID = '1';

/** A comment's HTML (WordPress keeps typed line breaks as newlines) as the plain text a reader sees. */
const toText = (html: string) => typedHtmlToText(html, { blocks: 'p, div, li, h1, h2, h3, h4, h5, h6', quotes: true });

interface Post { id: number; date: string; comments: SourceComment[] }

export default {
  id: 'canghai908-blog',
  repo: 'canghai908/canghai908.github.com',
  commit: 'd9217be579686712abe602adb19d20bd7ddcf2ba',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const posts: Post[] = [];
    for (const item of wxrElements(xml, 'item')) {
      if (wxrField(item, 'wp:status') !== 'publish') continue;
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
