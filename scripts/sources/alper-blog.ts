// alper.nl: Alper Çuğun's personal blog (Delft/Amsterdam/Berlin, 2007-2025; Dutch and English: web, open data,
// public transport, games, cities). The Hugo site keeps every WordPress-era comment in one file, data/comments.yaml
// (list of {id, author_name, author_email, author_url, published, parent_id, content, post_url, post_id}), and renders
// a post's comments threaded (top level in file order, each followed by its replies, pre-order) with
// `{{ .content | markdownify }}` (goldmark, raw HTML allowed), so a body is plain text/Markdown with some inline HTML.
//
// Page rule (fixed, deterministic): group the comments of data/comments.yaml by post_url; drop pingbacks/trackbacks
// (a body that opens with "[...]") and empty bodies; sort the post_urls that keep at least 1 real comment as strings
// (they begin /dingen/YYYY/MM/, so this is by date) and keep those whose 0-based index j has j % 5 === 0 or 2
// (2 of every 5 posts, spread over all years); from each kept post take its first 20 real comments in reading order.
// page = post_url without "/dingen/" and slashes turned into "-" (YYYY-MM-slug); staff = the blog's owner
// (author "alper", e-mail alper@alper.nl).
// Note: goldmark's typographer (smart quotes, dashes, ellipses) is not imitated; mojibake in the data is kept as shown.
import { commentText, commentsByPost, isPingback, readingOrder, type HugoComment } from './hugo-comments-yaml';
import type { CommentSource, SourceComment } from './source';

const isStaff = (c: HugoComment) => String(c.author_email ?? '').trim().toLowerCase() === 'alper@alper.nl';

export default {
  id: 'alper-blog',
  repo: 'alper/alpernl',
  commit: 'f1746b100ea46e594b9d2dc1e24c85b116418cb3',
  read(files) {
    const byPost = commentsByPost(files.read('data/comments.yaml'));
    const isReal = (c: HugoComment) => c.body.trim() !== '' && !isPingback(c.body);
    const urls = [...byPost.keys()].filter((u) => byPost.get(u)!.some(isReal)).sort();
    const out: SourceComment[] = [];
    urls.forEach((url, j) => {
      if (j % 5 !== 0 && j % 5 !== 2) return;
      const post = byPost.get(url)!;
      const ordered = readingOrder(post);
      const page = url.replace(/^\/dingen\//, '').replace(/\/+$/, '').replace(/\//g, '-');
      let i = 0;
      for (const c of ordered) {
        if (i >= 20) break;
        if (!isReal(c)) continue;
        const text = commentText(c.body);
        if (!text) continue;
        out.push({ page, i: i++, text, author: String(c.author_name ?? '').trim(), staff: isStaff(c) });
      }
    });
    return out;
  },
} satisfies CommentSource;
