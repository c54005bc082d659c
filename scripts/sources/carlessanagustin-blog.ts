// carlessanagustin.com: Carles San Agustín's personal blog, 2004-2016. It began on Blogger as a Catalan diary among
// friends (moving to Naples and London, birthdays, new jobs, gadgets, the London bombings, 2005), went on as a Spanish
// travel diary (India, Nepal and Thailand, 2008) and ended as a Spanish/English tech and freelance blog (Python and
// MySQL scripts, Fedora, AWS, Prestashop, Vagrant, Git courses, 2010-2016). The Blogger posts were moved into
// WordPress, and the WordPress export was turned into a Jekyll site: every post is `_posts/<date>-<slug>.markdown`
// with its comments in the YAML front matter (`comments:` list of {id, author, author_url, date, content}, in date
// order, replies flat). The posts live on the branch `feature/carlessanagustin.com` (the pinned commit); master has
// none.
//
// PAGE RULE (fixed, deterministic): take every `_posts/*` file whose front matter has at least one comment, in path
// (= date) order; of each, read the first 20 comments in file order (no post has more than 11). Skip empty comments,
// pingbacks/trackbacks (a body opening with "[...]"/"[…]") and the 7 spam comments listed in SPAM by their export id
// (a pharmacy link list, two chain-letter posts, four generic SEO "great article" posts by shop/SEO names). This gives
// every real comment of the blog: 205 comments on 83 posts (2004-2016).
//
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>),
// then HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> "). The
// Blogger-era comments (2004-2009) all start with a stray ">" that the Blogger-to-WordPress import put in front of
// every comment body; it is no part of what the commenter wrote and is dropped.
// STAFF: the blog's author, who comments as "Carles", "Carles San Agustin", "sanmorca" (his mail name, which he gives in
// a 2005 reply), and on the Blogger-era posts as "SantO" and "FrantIc" (both linking to his own santo.webhop.net /
// blogger profile). Some of his comments on his portfolio
// posts are clients' testimonials he pasted in under his own name; they are still marked staff, as the site shows.
//
// Read the way the alphasmanifesto-blog reader reads its Jekyll-from-WordPress posts (`jekyllWordPressComments`).
import { jekyllWordPressComments } from './alphasmanifesto-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['Carles', 'Carles San Agustin', 'SantO', 'FrantIc', 'sanmorca']);
/** Export ids of spam comments. */
const SPAM = new Set([9, 22, 23, 436, 635, 640, 646]);

export default {
  id: 'carlessanagustin-blog',
  repo: 'carlessanagustin/carlessanagustin.github.io',
  commit: '73c1a9008d9ef1f422f5cb26c573bcd66d385415',
  read(files: RepositoryFiles): SourceComment[] {
    return jekyllWordPressComments(files, {
      spam: SPAM,
      staff: STAFF,
      most: 20,
      // The Blogger import's stray ">" in front of every comment body.
      content: (raw) => raw.replace(/^\s*>/, ''),
    });
  },
} satisfies CommentSource;
