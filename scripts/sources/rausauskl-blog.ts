// Raus aus Kaiserslautern (raus-aus-kl.de), a German WordPress blog by Tobi (Tobias Bielohlawek, WordPress user
// "tobi") on events, concerts, parties, cinema and student life in Kaiserslautern, October 2006 - December 2007
// (about 440 posts, "220 Kommentare" by the author's own count in his farewell post). Read from rngtng/raus-aus-kl.de,
// a static wget mirror of the whole site that its author keeps on GitHub: every post is saved as
// `<yyyy>/<mm>/<dd>/<slug>/index.html`, the rendered page with its comments in `<ul id="commentlist">`: flat (no
// threading), one `<li id="comment-N">` each holding `<div class="commentbox">` with a running number
// (`.commentid`), a gravatar link, `<p class="commentby">Comment by NAME</p>` (NAME linked to the commenter's site
// when given; "Pingback by" / "Trackback by" for pings), `<p class="commentinfo">` (date) and then the comment's own
// body as WordPress paragraphs.
//
// PAGE RULE (fixed, deterministic, blind to content): take every saved post page `<yyyy>/<mm>/<dd>/<slug>/index.html`,
// sorted by path (= by date); keep every post that shows at least one kept comment (the whole blog has only about 215
// reader comments, so no post is skipped); of each kept post read all its kept comments (at most 15 on any post) in
// page order. Kept comments: "Comment by" items (pingbacks and trackbacks dropped) whose text is not empty.
// page = "yyyy/mm/dd/slug" (the post's permalink path on raus-aus-kl.de); i = 0-based position among the kept comments.
// TEXT: the body that follows `p.commentinfo` inside the commentbox, as plain text (html-text.ts: <p>/<br> -> line
// breaks, <img> -> its alt text (the mirror's smileys), <blockquote> lines -> "> ", entities decoded once).
// STAFF: the blog's author (every post is "By tobi"). He comments as "Tobi" or "Tobes" with his name linked to the blog
// itself (in the mirror the link to www.raus-aus-kl.de was rewritten to the site's root `index.html`); a comment is
// staff when its author link points to the blog's own root (relative `index.html`, or raus-aus-kl.de). Everyone else,
// including one unlinked "Tobi", is a reader (the data does not say that one is the author).
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const POST = /^(\d{4}\/\d{2}\/\d{2}\/[^/]+)\/index\.html$/;

/** True when the commenter's link is the blog itself. */
const isOwnSite = (href: string) => /^(\.\.\/)*index\.html$/.test(href) || /^https?:\/\/(www\.)?raus-aus-kl\.de\/?$/i.test(href);

/** The kept comments of one saved post page, in page order. */
export function pageComments(page: string, html: string): SourceComment[] {
  const { document } = parseHTML(html);
  const list = document.querySelector('#commentlist');
  if (!list) return [];
  const kept: SourceComment[] = [];
  for (const li of [...list.querySelectorAll('li')] as any[]) {
    if (!/^comment-\d+$/.test(String(li.getAttribute('id') ?? ''))) continue;
    const box = li.querySelector('.commentbox');
    const by = box?.querySelector('p.commentby');
    if (!box || !by) continue;
    const byText = String(by.textContent).replace(/\s+/g, ' ').trim();
    if (!byText.startsWith('Comment by')) continue; // "Pingback by", "Trackback by"
    const author = byText.slice('Comment by'.length).trim();
    const link = by.querySelector('a');
    const staff = link ? isOwnSite(String(link.getAttribute('href') ?? '')) : false;
    // The body: everything after p.commentinfo in the commentbox.
    let body = '';
    let after = false;
    for (const node of [...box.childNodes] as any[]) {
      if (after) body += node.nodeType === 1 ? node.outerHTML : node.nodeType === 3 ? node.textContent : '';
      else if (node.nodeType === 1 && String(node.tagName).toUpperCase() === 'P' && ` ${node.className} `.includes(' commentinfo ')) after = true;
    }
    const text = htmlToText(body);
    if (!text) continue;
    kept.push({ page, i: kept.length, text, author, staff });
  }
  return kept;
}

export default {
  id: 'rausauskl-blog',
  repo: 'rngtng/raus-aus-kl.de',
  commit: '2aae1a88e55ee6b27a40e80ed6fdc8f5b65ec9c5',
  read(files: RepositoryFiles): SourceComment[] {
    const out: SourceComment[] = [];
    for (const path of files.list()) {
      const m = path.match(POST);
      if (!m) continue;
      out.push(...pageComments(m[1], files.read(path)));
    }
    return out;
  },
} satisfies CommentSource;
