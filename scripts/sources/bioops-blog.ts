// Bioops (bioops.info, later 128.192.66.53/wordpress), a bilingual (simplified Chinese / English) bioinformatics blog
// of a Chinese PhD student in the US, 2010-2013: Perl/BioPerl how-tos and Bioperl HOWTO translations, paper notes,
// Linux commands for bioinformatics, essays. Readers ask for help with scripts (Clustalw, InterProScan, gff3) and for
// paper full texts; the owner answers, and on two essay posts keeps adding his own comments as a running diary.
// Read from the WordPress export (WXR, wordpress.xml) committed to bioops/site (the only commit of the repository).
//
// Fallback source of the ko-comments helper: no Korean comment source with enough comments was found, so this is a
// Chinese one that had not been used.
//
// Rule of choice (fixed): take every published item (post or page) that has at least one kept comment, sort them by
// post date (then post id), and keep all of them with all their kept comments (the most any item has is 22) in
// chronological order (comment date GMT, then comment id). Kept comments: approved ones (wp:comment_approved = 1), not
// pingbacks or trackbacks, not empty once turned into text. staff = written by the blog's owner: logged in as user 1
// ("bioops"), or posted under the name "bioops" (one reply on the About page was posted
// logged out).
import { wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wxrField } from './wxr';
import { wxrPosts } from './wxr-posts';

const OWNER_USER_ID = '1';
const OWNER_NAME = 'bioops';

export default {
  id: 'bioops-blog',
  repo: 'bioops/site',
  commit: 'f5fed60c03e7ce62faba2065404c216d5859aa7d',
  read(files: RepositoryFiles): SourceComment[] {
    const posts = wxrPosts(files.read('wordpress.xml'), {
      keepItem: (item) => wxrField(item, 'wp:status') === 'publish',
      toText: wordpressTypedText,
      keepComment: (c) => c.text !== '',
      most: 1000,
    });
    return posts.flatMap((p) =>
      p.comments.map((c, i) => ({
        page: `p${p.id}`,
        i,
        text: c.text,
        author: c.author,
        staff: c.userId === OWNER_USER_ID || c.author === OWNER_NAME,
      })),
    );
  },
} satisfies CommentSource;
