// グニャラくん (Tasuku Suenaga, id:tasukuchan / gunyarakun), a Japanese programmer's blog: first his Hatena Diary
// (2005-2009: Perl, MySQL + Senna full-text search, MeCab, Linux, gadgets, daily life), then his WordPress blog
// "グニャラくんのwktk運営日記" at blog.wktk.co.jp (2009-2013: Python/GAE, PHP, English study tools, life hacks). Both old
// systems' exports are kept in his later Jekyll site's repository (_old_migration/tasukuchan.xml, the Hatena Diary XML
// export; _old_migration/wordpress.xml, the WordPress WXR export); read at the commit that moved them there.
//
// Rule of choice (fixed): every Hatena Diary day (<day date=...>, in file order, which is date order) and every
// WordPress post or page (sorted by post date, then post id) that has at least one kept comment; of each, its first 20
// kept comments in reading order (Hatena: the export's order, which is the order the diary showed them; WordPress:
// comment date, then comment id). Kept comments: Hatena: not empty once turned into text and not spam; WordPress:
// approved (wp:comment_approved = 1), not a pingback or trackback, not empty, not spam. Spam read by hand is listed in
// SPAM below (by page and author).
// Page key: Hatena days h<YYYY-MM-DD>; WordPress posts wp<post id>.
// staff = written by the blog's owner, who comments as "tasukuchan" (once "グニャラくん") on Hatena and as "tasuku" or
// "gunyarakun" on WordPress.
import { typedHtmlToText, wordpressTypedText } from './html-text-typed';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { xmlDecode, wxrField } from './wxr';
import { wxrPosts } from './wxr-posts';

const OWNER = new Set(['tasukuchan', 'グニャラくん', 'tasuku', 'gunyarakun']);
/** Spam read by hand: page key -> the spammers' author names. */
const SPAM = new Map<string, string[]>([
  ['h2005-09-02', ['Camden']], // Italian link spam
  ['h2006-09-17', ['Claude']], // Italian link spam
]);
const isSpam = (page: string, author: string) => SPAM.get(page)?.includes(author) ?? false;

function hatena(xml: string): SourceComment[][] {
  const pages: SourceComment[][] = [];
  for (const day of xml.split('<day ').slice(1)) {
    const date = day.match(/^date="(\d{4}-\d\d-\d\d)"/)?.[1];
    if (!date) continue;
    const page = `h${date}`;
    const block = day.split('<comments>')[1]?.split('</comments>')[0] ?? '';
    const comments: SourceComment[] = [];
    for (const c of block.split('<comment>').slice(1)) {
      const author = xmlDecode(c.match(/<username>([\s\S]*?)<\/username>/)?.[1] ?? '').trim();
      // The export escapes the comment's HTML once more; Hatena kept typed line breaks as <br>.
      const text = typedHtmlToText(xmlDecode(c.match(/<body>([\s\S]*?)<\/body>/)?.[1] ?? ''));
      if (text === '' || isSpam(page, author)) continue;
      comments.push({ page, i: comments.length, text, author, staff: OWNER.has(author) });
    }
    if (comments.length) pages.push(comments.slice(0, 20));
  }
  return pages;
}

function wordpress(xml: string): SourceComment[][] {
  const posts = wxrPosts(xml, {
    keepItem: (item) => /^(post|page)$/.test(wxrField(item, 'wp:post_type')),
    toText: wordpressTypedText,
    keepComment: () => true,
    most: Infinity,
  });
  const pages: SourceComment[][] = [];
  for (const post of posts) {
    const page = `wp${post.id}`;
    const kept = post.comments.filter((c) => c.text !== '' && !isSpam(page, c.author)).slice(0, 20);
    if (kept.length) pages.push(kept.map((c, i) => ({ page, i, text: c.text, author: c.author, staff: OWNER.has(c.author) })));
  }
  return pages;
}

export default {
  id: 'wktk-blog',
  repo: 'gunyarakun/blog.wktk.co.jp',
  commit: 'e07882b3dada660312f78609078c1ee8881abdfa',
  read(files: RepositoryFiles): SourceComment[] {
    return [
      ...hatena(files.read('_old_migration/tasukuchan.xml')),
      ...wordpress(files.read('_old_migration/wordpress.xml')),
    ].flat();
  },
} satisfies CommentSource;
