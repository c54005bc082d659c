// nicolas-hoizey.com: Nicolas Hoizey's French personal and technical blog (2001-2017 comment era: SPIP, then
// Dotclear; web development, SPIP/Dotclear, Flickr, RSS, Mac tips, web standards, photography). The site is now an
// Eleventy site (github.com/nhoizey/nicolas-hoizey.com); the old comments are kept in `src/comments/comments.json`,
// an object keyed by the post's path ("articles/yyyy/mm/dd/slug") whose value is the post's comment list
// [{id, date, author: {name, url, image}, content}] in date order, replies flat. `content` is HTML, rendered as is
// by `src/_includes/components/comments.njk` (`{{ comment.content | safe }}`).
//
// PAGE RULE (fixed, deterministic): take every key of comments.json whose list holds 2 or more comments, sort the
// keys by code-unit order, and keep every 2nd one starting with the first (indices 0, 2, 4, ...). Of each kept post,
// read the first 20 comments in list order, skipping comments whose text comes out empty and pingbacks/trackbacks
// (none at the pinned commit). This gives 72 posts, 2001-2017.
//
// page = the key without the leading "articles/" (yyyy/mm/dd/slug).
// TEXT: HTML to plain text: <p>, <li>, <pre> and other blocks -> line breaks, <br> -> line break, <blockquote> lines
// -> "> ", <img> -> its alt, tags dropped, entities decoded once (by the HTML parser).
// STAFF: the blog's author, who comments as "Nicolas Hoizey" (the template marks those comments "me"). Regular
// commenters such as "NiCoS" or "NiKo" are other people.
import { htmlToText } from './html-text';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const FILE = 'src/comments/comments.json';
export const STAFF = 'Nicolas Hoizey';
export interface DataComment {
  id?: unknown;
  author?: { name?: unknown };
  content?: unknown;
}

/** A comment's HTML as text; code (<pre>, and <textarea> boxes, which stand apart as blocks) keeps its own spaces and
 * line breaks. */
export const toText = (html: string) => htmlToText(html, { keepWhitespaceIn: ['PRE', 'TEXTAREA'], moreBlocks: ['TEXTAREA'] });

export const isPingback = (body: string) => isPingbackExcerpt(body, { inParagraph: true });

/**
 * The comments.json keys with 2 or more comments, sorted by code-unit order, whose 0-based index k among them passes
 * `keep`; of each the first 20 comments in list order (pingbacks and those whose text comes out empty dropped).
 */
export function readPosts(files: RepositoryFiles, keep: (k: number) => boolean): SourceComment[] {
  const data = JSON.parse(files.read(FILE)) as Record<string, DataComment[]>;
  const keys = Object.keys(data)
    .filter((k) => Array.isArray(data[k]) && data[k].length >= 2)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((_, k) => keep(k));
  const out: SourceComment[] = [];
  for (const key of keys) {
    const page = key.replace(/^articles\//, '');
    let i = 0;
    for (const c of data[key].slice(0, 20)) {
      const raw = c.content == null ? '' : String(c.content);
      if (isPingback(raw)) continue;
      const text = toText(raw);
      if (!text) continue;
      const author = c.author?.name == null ? '' : String(c.author.name);
      out.push({ page, i: i++, text, author, staff: author === STAFF });
    }
  }
  return out;
}

export default {
  id: 'hoizey-blog',
  repo: 'nhoizey/nicolas-hoizey.com',
  commit: '8c86ab16f7be9073bbcde124353c04901c5f08bd',
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (k) => k % 2 === 0);
  },
} satisfies CommentSource;
