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
import { wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrField } from './wxr';
import { wxrPosts } from './wxr-posts';

const SPAM_AUTHORS = new Set(['WordPress 先生', 'Grace', 'Willie', 'Rose', 'Equipment', 'Ann']);
const OWNER_USER_ID = '1';

export default {
  id: 'canghai908-blog',
  repo: 'canghai908/canghai908.github.com',
  commit: 'd9217be579686712abe602adb19d20bd7ddcf2ba',
  read(files: RepositoryFiles): SourceComment[] {
    const posts = wxrPosts(files.read('wordpress.xml'), {
      keepItem: (item) => wxrField(item, 'wp:status') === 'publish',
      toText: wordpressTypedText,
      keepComment: (c) => c.text !== '' && !SPAM_AUTHORS.has(c.author),
    });
    return posts.flatMap((p) =>
      p.comments.map((c, i) => ({ page: `p${p.id}`, i, text: c.text, author: c.author, staff: c.userId === OWNER_USER_ID })),
    );
  },
} satisfies CommentSource;
