// dottorblaster.it ("Bl@ster's Home", later "Grab The Blaster"): Alessio "Bl@ster" Biancalana's Italian blog about
// Linux, GNOME/Ubuntu, open source, the web and tech (comments open 2007-2014). Its WordPress export became a Jekyll
// site (github.com/dottorblaster/dottorblaster.github.io); every post is `_posts/<date>-<slug>.markdown` with the
// post's comments in the YAML front matter (`comments:` list of {id, author, author_email, author_url, date, date_gmt,
// content}, in date order, replies flat, no comment type field).
//
// PAGE RULE (fixed, deterministic): list every `_posts/*` file, sorted by path (code-unit order). A comment is "real"
// when its plain text (below) is non-empty, its body is not a pingback/trackback excerpt (a body opening with "[...]",
// "[…]" or "[&#8230;]"), and it is not a copy of an earlier comment of the same post (same text up to whitespace, same
// author or one of the two names empty): many 2007-2009 posts hold every comment twice, the second copy re-imported
// (from IntenseDebate) with a new id, a timestamp shifted by whole hours and sometimes no author name. Spam found while
// labelling (SPAM_IDS below) is not real either.
// Keep the posts with 10 or more real comments and group them by year (the path's date). Of each year with n such
// posts, keep up to 3: the ones at indices floor((2j+1)*n/6), j = 0, 1, 2 (the middle of each third of the year).
// Of each kept post read the first 20 real comments in front-matter order.
// This gives 24 posts, 3 from each year 2007-2014, and 375 comments.
//
// page = the post file name without `_posts/` and `.markdown` (date + slug).
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>,
// <pre> blocks left alone), then HTML to plain text (tags dropped, entities decoded once, <img> -> alt,
// <blockquote> lines -> "> ").
// STAFF: the blog's author, who comments as "Bl@ster" (once "dottorblaster") with the e-mail dottorblaster@gmail.com;
// no one else uses that address in the export.
import { frontMatterComments } from './front-matter';
import { displayName, htmlToText } from './html-text';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { wpautop } from './wpautop';

const REPO = 'dottorblaster/dottorblaster.github.io';
const COMMIT = '484730e9eb23f3820fe3ff20219a11edea6d963f';
export const STAFF_EMAIL = 'dottorblaster@gmail.com';
/** Spam comments (ids in the export) found while reading the chosen posts; they are not real comments either. */
export const SPAM_IDS = new Set([10977]);

export interface ExportComment {
  author?: unknown;
  author_email?: unknown;
  content?: unknown;
}

export const bodyOf = (c: ExportComment) => (c.content == null ? '' : String(c.content));

/** The comment as WordPress showed it: wpautop with <pre> left alone, then HTML to text keeping code's own spacing. */
export const textOf = (body: string) => htmlToText(wpautop(body, { keepPre: true }), { keepWhitespaceIn: ['PRE'] });

/** Copies may have lost line breaks on re-import, so they are compared without whitespace. */
export const squash = (text: string) => text.replace(/\s+/g, '');
/** Copies keep the author's name, or lost it (an empty name) on re-import. */
export const sameAuthor = (a: ExportComment, b: ExportComment) => {
  const x = displayName(a.author);
  const y = displayName(b.author);
  return x === y || x === '' || y === '';
};

/** The first set's picks among a year's n posts: indices floor((2j+1)*n/6), j = 0, 1, 2 (the middle of each third). */
export const firstPicks = (n: number) => [...new Set([0, 1, 2].filter((j) => j < n).map((j) => Math.floor(((2 * j + 1) * n) / 6)))];

/**
 * The posts with 10 or more real comments, grouped by year; of each year (in order) the posts at the indices
 * pick(n) returns (n = the year's number of such posts), each with its first 20 real comments in front-matter order
 * whose id is not in `skip` (spam dropped after the posts are chosen).
 */
export function readByYear(files: RepositoryFiles, pick: (n: number) => number[], skip = new Set<number>()): SourceComment[] {
  const byYear = new Map<string, { path: string; comments: { c: ExportComment; text: string }[] }[]>();
  for (const path of files.list('_posts/').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const comments = frontMatterComments<ExportComment>(files.read(path))
      .filter((c) => !isPingbackExcerpt(bodyOf(c)) && !SPAM_IDS.has(Number((c as { id?: unknown }).id)))
      .map((c) => ({ c, text: textOf(bodyOf(c)) }))
      .filter((x) => x.text !== '')
      .filter((x, k, all) => !all.slice(0, k).some((y) => squash(y.text) === squash(x.text) && sameAuthor(y.c, x.c)));
    if (comments.length < 10) continue;
    const year = path.slice('_posts/'.length, '_posts/'.length + 4);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push({ path, comments });
  }
  const out: SourceComment[] = [];
  for (const year of [...byYear.keys()].sort()) {
    const posts = byYear.get(year)!;
    for (const k of pick(posts.length)) {
      const post = posts[k];
      const page = post.path.replace(/^_posts\//, '').replace(/\.(markdown|md|html)$/, '');
      post.comments
        .filter(({ c }) => !skip.has(Number((c as { id?: unknown }).id)))
        .slice(0, 20)
        .forEach(({ c, text }, i) => {
          out.push({ page, i, text, author: displayName(c.author), staff: String(c.author_email ?? '').trim().toLowerCase() === STAFF_EMAIL });
        });
    }
  }
  return out;
}

export default {
  id: 'dottorblaster-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles): SourceComment[] {
    return readByYear(files, firstPicks);
  },
} satisfies CommentSource;
