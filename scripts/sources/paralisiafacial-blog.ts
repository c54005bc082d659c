// paralisiafacial.com ("Paralisia Facial – Tudo sobre a Paralisia Facial"): a European Portuguese information site
// on facial paralysis (2011-2013) run by a physiotherapist, Luís Ramalho, where patients and parents (mostly from
// Brazil) tell their case and ask for advice. When the site moved to Jekyll, its WordPress export (WXR 1.2,
// WordPress 3.7.1, 628 comments) was committed as `wordpress.xml` at commit dfea8b1 ("Final importing") of the
// gh-pages branch; a later commit removed it, so the reader is pinned to that commit.
//
// PAGE RULE (fixed, deterministic): every `<item>` of post_type page or post with status publish and at least one
// comment (21 of 22: 17 pages, 4 posts), in export order. Pingbacks/trackbacks (comment_type set) are dropped.
// Each item's comments are read as threads in pre-order: top-level comments by comment_date_gmt (ties by
// comment_id), each followed by its replies in the same order. Of each item, the first 30 comments in that order
// are kept (the first 20 of each give the rule "first 20 comments of each page" used for an earlier set; 30 brings
// the set near 350 comments). Empty comments are skipped.
// page = `${post_type}/${post_name}` (a page and a post share the slug paralisia-de-bell).
//
// TEXT: comment_content as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>), then
// HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the site's owner, who answers as "Luís Ramalho" (info@luisramalho.com). The speech therapist "Mabilef"
// who answers many readers is a reader, not staff.
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { threadedByDate } from './thread-order';
import { wpautop } from './wpautop';
import { wxrElements, wxrField } from './wxr';

const KEEP = 30;
const STAFF_NAMES = new Set(['Luís Ramalho', 'paralisiafacial.com']);
const STAFF_EMAILS = new Set(['info@luisramalho.com', 'info@paralisiafacial.com']);

interface RawComment {
  id: number;
  parent: number;
  date: string;
  author: string;
  email: string;
  content: string;
}

export default {
  id: 'paralisiafacial-blog',
  repo: 'artigos/paralisiafacial.com',
  commit: 'dfea8b1b9bb90069f506153f9eac9aad077688e9',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const out: SourceComment[] = [];
    for (const item of wxrElements(xml, 'item')) {
      const type = wxrField(item, 'wp:post_type');
      if ((type !== 'page' && type !== 'post') || wxrField(item, 'wp:status') !== 'publish') continue;
      const comments: RawComment[] = wxrElements(item, 'wp:comment')
        .filter((c) => !wxrField(c, 'wp:comment_type'))
        .map((c) => ({
          id: Number(wxrField(c, 'wp:comment_id')),
          parent: Number(wxrField(c, 'wp:comment_parent') || 0),
          date: wxrField(c, 'wp:comment_date_gmt'),
          author: wxrField(c, 'wp:comment_author').trim(),
          email: wxrField(c, 'wp:comment_author_email').trim().toLowerCase(),
          content: wxrField(c, 'wp:comment_content'),
        }));
      if (comments.length === 0) continue;
      const ordered = threadedByDate(comments);
      const page = `${type}/${wxrField(item, 'wp:post_name')}`;
      let i = 0;
      for (const c of ordered.slice(0, KEEP)) {
        const text = htmlToText(wpautop(c.content));
        if (!text) continue;
        out.push({ page, i: i++, text, author: c.author, staff: STAFF_NAMES.has(c.author) || STAFF_EMAILS.has(c.email) });
      }
    }
    return out;
  },
} satisfies CommentSource;
