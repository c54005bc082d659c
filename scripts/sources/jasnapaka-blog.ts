// JasnaPaka Blog (jasnapaka.bloguje.cz, 2005-2009): the Czech blog of Pavel Cvrček ("JasnaPaka") about Firefox,
// Thunderbird, SeaMonkey, MozBackup and other Mozilla software: news, tips, localisation; its readers (Czech and
// Slovak) ask how to do things, report problems with the programs and thank for tips. The repository
// github.com/MikkCZ/jasnapakablog is an HTTrack mirror of the blog (converted to UTF-8); every post is a page
// `<6-digit id>-<slug>.html` at the top level, its comments in the page under <h3 id="view-comments">, each as
//   <p><span class="com-blue" id="cmt_N">N</span>. <strong>NAME</strong> [(<a ...>www</a>)] <br /> BODY </p>
// in the order the blog showed them (oldest first, flat). HTTrack saved some posts twice (".php" and ".html" URLs:
// `261872-novinky-ve-vyvoji-firefoxu.html` and `261872-novinky-ve-vyvoji-firefoxu-2.html`); a post is its id.
//
// PAGE RULE (fixed, deterministic): list the top-level files `<6 digits>-*.html`, sorted by path (code-unit order);
// group them by the 6-digit id and of each id keep the file with the most comments (ties: the first path). Keep the
// posts with 3 or more comments, sorted by id, and of those every 8th one starting with the first (indices 0, 8, 16,
// ...). Of each kept post read its first 12 comments in page order, skipping any whose text comes out empty. The
// blog was moderated and the mirror shows no spam, pingbacks or trackbacks; SPAM stays empty.
//
// page = the file name without ".html" (id-slug).
// TEXT: the comment's HTML after the author line's <br />: <br> -> line breaks, links -> their text, entities
// decoded, tags dropped, smiley images -> their alt text (htmlToText).
// STAFF: the blog's author, who comments as "JasnaPaka", "Jasnapaka", "JasnaPaka [openID]", "Pavel Cvrček",
// "Pavel Cvrček (JasnaPaka)" or 'Pavel "JasnaPaka" Cvrček'.
import { htmlToText, displayName } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const REPO = 'MikkCZ/jasnapakablog';
const COMMIT = 'cb6c7fae4b8ef987b6aa3bd83aa888e78b4c4feb';
const SPAM = new Set<string>();
const MIN_COMMENTS = 3;
const EVERY = 8;
const PER_PAGE = 12;

interface RawComment {
  author: string;
  html: string;
}

/** The comments of one post page, in page order. */
export function pageComments(page: string): RawComment[] {
  const start = page.indexOf('id="view-comments"');
  if (start < 0) return [];
  const endAt = page.indexOf('<h3 class="comments">', start);
  const section = page.slice(start, endAt < 0 ? undefined : endAt);
  const parts = section.split(/<span class="com-blue" id="cmt_\d+">\d+<\/span>\.\s*/).slice(1);
  return parts.map((part) => {
    const head = part.match(/^<strong>([\s\S]*?)<\/strong>/);
    const name = head ? head[1].replace(/\s*\[<a [^>]*>openID<\/a>\]\s*$/, '') : '';
    let rest = head ? part.slice(head[0].length) : part;
    const br = rest.search(/<br\s*\/?>/i);
    rest = br >= 0 ? rest.slice(rest.indexOf('>', br) + 1) : rest;
    // Each comment is one <p>: its body ends at that paragraph's </p> (the next comment's <p> follows).
    rest = rest.replace(/<\/p>\s*(<p>\s*)?$/i, '');
    return { author: displayName(name), html: rest };
  });
}

export const isStaff = (name: string) => /jasna\s*paka|cvr[cč]ek/i.test(name);

/**
 * The comments of the posts with MIN_COMMENTS or more comments (by id) whose position passes `keep`: of each, the
 * first PER_PAGE comments with text. The sets of this blog differ only in that rule.
 */
export function readPosts(files: RepositoryFiles, keep: (position: number) => boolean): SourceComment[] {
  const posts = new Map<string, { path: string; comments: RawComment[] }>();
  for (const path of files.list('').filter((p) => /^\d{6}-[^/]*\.html$/.test(p))) {
    const id = path.slice(0, 6);
    const comments = pageComments(files.read(path));
    const had = posts.get(id);
    if (!had || comments.length > had.comments.length) posts.set(id, { path, comments });
  }
  const kept = [...posts.keys()]
    .sort()
    .filter((id) => posts.get(id)!.comments.length >= MIN_COMMENTS)
    .filter((_, j) => keep(j));
  const out: SourceComment[] = [];
  for (const id of kept) {
    const { path, comments } = posts.get(id)!;
    const page = path.replace(/\.html$/, '');
    let i = 0;
    for (const c of comments) {
      if (i >= PER_PAGE) break;
      const text = htmlToText(c.html);
      if (!text || SPAM.has(`${page}#${text}`)) continue;
      out.push({ page, i: i++, text, author: c.author, staff: isStaff(c.author) });
    }
  }
  return out;
}

export default {
  id: 'jasnapaka-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles) {
    return readPosts(files, (j) => j % EVERY === 0);
  },
} satisfies CommentSource;
