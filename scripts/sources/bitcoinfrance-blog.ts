// bitcoin-france.org: Pierre Noizat's French blog on Bitcoin, money creation, monetary policy, security of
// addresses, exchanges, blockchain voting and his book (2011-2016; he also answers as "e_ducat" and "Boussac").
// The repository keeps the blog's WordPress export, `wordpress.xml` (WXR, comments imported from Disqus), at its
// root; every <item> is a post or page with its <wp:comment> elements.
//
// PAGE RULE (fixed, deterministic): every post or page of the export (post_type post or page) that has at least one
// readable comment, in the export's item order (which is by post id). A readable comment is approved
// (comment_approved 1), has an empty comment_type (no pingback/trackback) and is not in SPAM below (three
// advertising comments: a game-site link, a generic English compliment with a marketing URL, a script-injection
// "Welcome to WordPress" text). Of each page, read the first 20 readable comments in reading order: threads as
// WordPress shows them, pre-order (a comment, then its replies), siblings by comment_date then comment_id; a reply
// whose parent is not readable is read as a top-level comment. Empty texts are skipped. This gives 174 comments
// on 36 pages, 2011-2016.
//
// TEXT: comment_content as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>), then
// HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the blog's author Pierre Noizat, who comments as "Pierre Noizat", "e_ducat", "Boussac" or with no name
// but his e-mail address (noizat@..., boussac.75011@...).
import { displayName, htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { threadedByDate } from './thread-order';
import { wpautop } from './wpautop';
import { wxrElements, wxrField } from './wxr';

const SPAM = new Set(['11', '450', '11505']);
const STAFF_NAMES = new Set(['Pierre Noizat', 'e_ducat', 'Boussac']);

interface WxrComment {
  id: string;
  author: string;
  email: string;
  date: string;
  content: string;
  parent: string;
}

const isStaff = (c: WxrComment) => STAFF_NAMES.has(c.author) || /noizat|boussac/i.test(c.email);

export default {
  id: 'bitcoinfrance-blog',
  repo: 'bitcoinfrance/bitcoinfrance.github.io',
  commit: '57fcb11a3d00e203aea5f987f021a705920abc36',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const out: SourceComment[] = [];
    for (const item of wxrElements(xml, 'item')) {
      const type = wxrField(item, 'wp:post_type');
      if (type !== 'post' && type !== 'page') continue;
      const comments: WxrComment[] = wxrElements(item, 'wp:comment')
        .filter((b) => wxrField(b, 'wp:comment_approved') === '1' && wxrField(b, 'wp:comment_type') === '')
        .map((b) => ({
          id: wxrField(b, 'wp:comment_id'),
          author: displayName(wxrField(b, 'wp:comment_author')),
          email: wxrField(b, 'wp:comment_author_email'),
          date: wxrField(b, 'wp:comment_date'),
          content: wxrField(b, 'wp:comment_content'),
          parent: wxrField(b, 'wp:comment_parent') || '0',
        }))
        .filter((c) => !SPAM.has(c.id));
      if (!comments.length) continue;
      const page = wxrField(item, 'wp:post_name') || `p${wxrField(item, 'wp:post_id')}`;
      let i = 0;
      for (const c of threadedByDate(comments).slice(0, 20)) {
        const text = htmlToText(wpautop(c.content));
        if (!text) continue;
        out.push({ page, i: i++, text, author: c.author, staff: isStaff(c) });
      }
    }
    return out;
  },
} satisfies CommentSource;
