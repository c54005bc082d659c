// sheepless (sheeplesssleepless.wordpress.com, "/untitled"), a Korean personal blog (2008-2013): photo diaries with
// the day's song ("080906 l ..."), music posts (Tom Waits, Bon Iver, The National ...) and film notes, read from the
// WordPress.com export (WXR 1.2, wordpress.xml) committed to the owner's GitHub Pages repository.
//
// Rule of choice (fixed): take every published post or page that has at least one kept comment (no post has more than
// 20), sorted by post date (then post id), and of each take its first 20 kept comments in chronological order
// (comment date GMT, then comment id). page = the post's slug (wp:post_name). Kept comments: approved ones
// (wp:comment_approved = 1), not pingbacks or trackbacks, not empty once turned into text. The export has no
// wp:comment_type values, so the one self-pingback it holds (author "Sheepless", text "[...] something about
// sheepless[...]") is recognised by its "[...] ... [...]" excerpt form and left out.
// staff = written by the blog's owner: the posts' original author "sheepless_" (so the names "sheepless_" and
// "Sheepless"), who answered readers under the name "unc.b.".
import { wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrField } from './wxr';
import { wxrPosts } from './wxr-posts';

const OWNER_NAMES = new Set(['unc.b.', 'sheepless_', 'sheepless']);
const isOwner = (author: string) => OWNER_NAMES.has(author.toLowerCase());
const isPingbackExcerpt = (text: string) => /^\[(\.\.\.|…)\][\s\S]*\[(\.\.\.|…)\]$/.test(text);

export default {
  id: 'banyoungkwan-blog',
  repo: 'banyoungkwan/banyoungkwan',
  commit: '078525fb5b83347310448403a38fa4e77bd2ee21',
  read(files: RepositoryFiles): SourceComment[] {
    const posts = wxrPosts(files.read('wordpress.xml'), {
      keepItem: (item) => ['post', 'page'].includes(wxrField(item, 'wp:post_type')) && wxrField(item, 'wp:status') === 'publish',
      toText: wordpressTypedText,
      keepComment: (c) => c.text !== '' && !isPingbackExcerpt(c.text),
    });
    return posts.flatMap((p) => {
      const slug = wxrField(p.item, 'wp:post_name').trim() || `p${p.id}`;
      return p.comments.map((c, i) => ({ page: slug, i, text: c.text, author: c.author, staff: isOwner(c.author) }));
    });
  },
} satisfies CommentSource;
