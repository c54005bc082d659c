// columns.chicken-house.net ("安德魯的部落格", Andrew's blog): the traditional-Chinese (Taiwan) personal blog of
// Andrew Wu, a .NET / Windows software architect, 2004-2016: .NET and ASP.NET code, BlogEngine/Community Server
// hacks, Windows servers, NAS and home-PC builds, digital photography, and family notes. The blog ran on Community
// Server and BlogEngine.NET, then WordPress; when Andrew moved it to Jekyll (this repository, GitHub Pages) he
// committed the WordPress export (WXR 1.2, WordPress 4.6, created 2016-09-01, 642 comments on 180 posts) as
// assets/files/wordpress.2016-09-01.xml. The comments keep BlogEngine's HTML (typed newlines plus "<br />").
//
// PAGE RULE (fixed, deterministic, blind to content): every <item> of post_type post with status publish that has 2
// or more kept comments, sorted by post date (wp:post_date, then post id); of those, every 2nd one from the second
// (positions 1, 3, 5, ...: 57 of 114 posts); of each, the first 20 kept comments in thread order (280 comments).
// Thread order: top-level comments by comment_date_gmt (ties by comment_id), each followed by its replies
// (wp:comment_parent) in the same order, pre-order (the export has only 3 replies; the rest is flat, by date).
// Kept comments: approved, not pingbacks or trackbacks (comment_type, or a body that opens with WordPress's "[...]"
// excerpt marker), not empty once turned into text.
// page = `p<post_id>`; i = 0-based position among the kept comments of the page.
//
// TEXT: comment_content as typed (newlines kept as line breaks) with its little HTML read as text: <br> -> line break,
// <img> -> alt, block elements end a line, <blockquote> lines prefixed "> ", blanks squeezed, at most one blank line.
// The "--" + "BotCheck(...)" / "請輸入: ..." lines the blog's captcha appended to many 2008-2009 comments are part of
// the stored text and are kept.
// STAFF: the blog's author, Andrew Wu, who answers as "chicken" (url columns.chicken-house.net), "Andrew Wu" (logged in,
// user 1) or with his address chicken@chicken-house.net. Other names with an address at the same domain ("platstar",
// "S@M") are readers, not staff.
import { isPingbackExcerpt, isPingbackType } from './pingback';
import { wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { threadedByDate } from './thread-order';
import { wxrElements, wxrField } from './wxr';

const EXPORT = 'assets/files/wordpress.2016-09-01.xml';
const STEP = 2;
const KEEP = 20;
const STAFF_EMAIL = 'chicken@chicken-house.net';
const STAFF_USER_ID = '1';

interface RawComment {
  id: number;
  parent: number;
  date: string;
  author: string;
  email: string;
  url: string;
  userId: string;
  text: string;
}

const isStaff = (c: RawComment) =>
  c.email === STAFF_EMAIL ||
  c.userId === STAFF_USER_ID ||
  (c.author === 'chicken' && /^https?:\/\/columns\.chicken-house\.net\/?$/.test(c.url));

export default {
  id: 'chickenhouse-blog',
  repo: 'andrew0928/andrew0928.github.io',
  commit: '559b87d87901e0c7c7e39ace662d7475ccbd402d',
  read(files: RepositoryFiles): SourceComment[] {
    const posts: { id: number; date: string; comments: RawComment[] }[] = [];
    for (const item of wxrElements(files.read(EXPORT), 'item')) {
      if (wxrField(item, 'wp:post_type') !== 'post' || wxrField(item, 'wp:status') !== 'publish') continue;
      const comments: RawComment[] = wxrElements(item, 'wp:comment')
        .filter((c) => wxrField(c, 'wp:comment_approved') === '1' && !isPingbackType(wxrField(c, 'wp:comment_type')))
        .filter((c) => !isPingbackExcerpt(wxrField(c, 'wp:comment_content'), { inParagraph: true }))
        .map((c) => ({
          id: Number(wxrField(c, 'wp:comment_id')),
          parent: Number(wxrField(c, 'wp:comment_parent') || 0),
          date: wxrField(c, 'wp:comment_date_gmt'),
          author: wxrField(c, 'wp:comment_author').trim(),
          email: wxrField(c, 'wp:comment_author_email').trim().toLowerCase(),
          url: wxrField(c, 'wp:comment_author_url').trim(),
          userId: wxrField(c, 'wp:comment_user_id').trim(),
          text: wordpressTypedText(wxrField(c, 'wp:comment_content')),
        }))
        .filter((c) => c.text !== '');
      if (comments.length < 2) continue;
      posts.push({ id: Number(wxrField(item, 'wp:post_id')), date: wxrField(item, 'wp:post_date'), comments });
    }
    posts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    return posts
      .filter((_p, n) => n % STEP === 1)
      .flatMap((p) =>
        threadedByDate(p.comments)
          .slice(0, KEEP)
          .map((c, i) => ({ page: `p${p.id}`, i, text: c.text, author: c.author, staff: isStaff(c) })),
      );
  },
} satisfies CommentSource;
