// Java & Moi (javaetmoi.com): Antoine Rey's French blog about Java, Spring, Hibernate, Elasticsearch and tooling
// (2012-2026; posts and comments mostly in French, a few in English). The site moved from WordPress to Hugo
// (wp2hugo) in April 2026 and kept every WordPress-era comment in one file, data/comments.yaml: a list of
// {id, author_name, author_email, author_url, published, parent_id, content, post_url, post_id}. The Hugo partial
// layouts/partials/wp-comments.html shows a post's comments threaded (top level in file order, each followed by its
// replies, pre-order) with `{{ .content | markdownify | safeHTML }}`, so a body is plain text/Markdown with some
// inline HTML. On 2026-04-19 the owner deleted data/comments.yaml (comments moved to GitHub Discussions via Giscus),
// so `commit` is pinned to f1df6fa, the last commit that still holds the file (the parent of db188e2 "Suppression
// commentaires Wordpress ..."), not to the repository's HEAD.
//
// PAGE RULE (fixed, deterministic, blind to content): group the comments of data/comments.yaml by post_url (one that
// names none is skipped; none at the pinned commit); drop pingbacks/trackbacks (a body that opens with "[...]") and
// empty bodies; keep every post that has at least 1 real
// comment, sorted by post_url as strings (they begin /YYYY/MM/, so by date); of each, every real comment in reading
// order, no cap. The whole blog has only 175 comments (174 once a pingback is dropped), so this takes all of them: every thread whole.
// page = post_url without the slashes at either end and the inner slashes turned into "-" (YYYY-MM-slug);
// i = 0-based position among the post's real comments in reading order.
// TEXT RULE: the body as the site shows it: Markdown (or the WordPress era's HTML) -> HTML -> plain text (tags
// dropped, entities decoded, <br>/blocks -> line breaks, blockquotes as "> " lines, lists numbered).
// STAFF RULE: the blog's only author, Antoine Rey (every post's author is "admin" = him): a comment is staff when
// its author_name is "Antoine" or "Antoine Rey" and its e-mail begins "antoine.rey@" or its URL is javaetmoi.com or
// github.com/arey (one 2013 comment of his carries a placeholder e-mail).
// Note: goldmark's typographer (smart quotes, dashes, ellipses) is not imitated.
import { commentText, commentsByPost, isPingback, readingOrder, type HugoComment } from './hugo-comments-yaml';
import type { CommentSource, SourceComment } from './source';

const isStaff = (c: HugoComment) => {
  const name = String(c.author_name ?? '').trim();
  const email = String(c.author_email ?? '').trim().toLowerCase();
  const url = String(c.author_url ?? '').trim().toLowerCase();
  return (
    (name === 'Antoine' || name === 'Antoine Rey') &&
    (email.startsWith('antoine.rey@') || /javaetmoi\.com|github\.com\/arey\b/.test(url))
  );
};

export default {
  id: 'javaetmoi-blog',
  repo: 'arey/javaetmoi',
  commit: 'f1df6fa179ca838f4a50bf2efa5dde3618ee8e97',
  read(files) {
    const byPost = commentsByPost(files.read('data/comments.yaml'));
    const isReal = (c: HugoComment) => c.body.trim() !== '' && !isPingback(c.body) && commentText(c.body) !== '';
    const urls = [...byPost.keys()].filter((u) => byPost.get(u)!.some(isReal)).sort();
    const out: SourceComment[] = [];
    for (const url of urls) {
      const post = byPost.get(url)!;
      const ordered = readingOrder(post);
      const page = url.replace(/^\/+|\/+$/g, '').replace(/\//g, '-');
      let i = 0;
      for (const c of ordered) {
        if (!isReal(c)) continue;
        out.push({ page, i: i++, text: commentText(c.body), author: String(c.author_name ?? '').trim(), staff: isStaff(c) });
      }
    }
    return out;
  },
} satisfies CommentSource;
