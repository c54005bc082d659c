// Second set from 清水川 (Takayuki Shimizukawa)'s blog at freia.jp/taka/blog (the Japanese personal blog on Python,
// Zope/Plone, servers, gadgets and food, COREBlog years 2004-2011), on the posts the first set (freia-blog.ts) leaves
// out. Same repository, same commit, same parsing and list of posts (commentedPosts of freia-blog.ts): post files
// site/source/blog/<YYYY>/<MM>/<slug>/index.rst, comments kept after the post as rst comment lines
// (".. :comments:", ".. :author: ...", ".. :body:", then the body, every line prefixed ".. ").
//
// Rule of choice (fixed): the same ordered list of posts as the first set - the post files
// site/source/blog/<2004-2011>/<MM>/<slug>/index.rst ordered by the post's ":date:" field (then by path), keeping the
// posts that have at least one comment kept by the first set's rule (its SPAM list) - and take every third one, the
// positions the first set skips (2, 5, 8, ...: position % 3 == 2). Of each take ALL its kept comments in file order
// (the first set stopped at 20; none of these posts has more than 20 anyway). Comments read by hand as spam in these
// posts are listed in SPAM2 and dropped after the choice of posts, so the choice stays the first set's complement.
// (2012 and later posts carry no comments in this repository: the blog moved off COREBlog, its comments stayed there.)
// Text: as in the first set - body lines without their ".. " prefix, HTML entities decoded, a comment title that is
// not the automatic "Re: <post title>" kept as the first line.
// Page key: <YYYY>-<MM>-<slug>. Disjoint from the first set's pages by construction.
// staff = written by the blog's owner, who comments as 清水川, しみずかわ, shimizukawa or taka (the first set's rule).
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import first, { commentedPosts } from './freia-blog';

/** Spam read by hand in this set's posts: page key -> the spammers' author names. */
const SPAM2 = new Map<string, string[]>([]);

export default {
  id: 'freia-blog-2',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return commentedPosts(files)
      .filter((_, k) => k % 3 === 2)
      .map((cs) => cs.filter((c) => !SPAM2.get(c.page)?.includes(c.author ?? '')).map((c, i) => ({ ...c, i })))
      .flat();
  },
} satisfies CommentSource;
