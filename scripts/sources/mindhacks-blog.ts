// mindhacks.cn (刘未鹏 | Mind Hacks), the simplified-Chinese blog of 刘未鹏 (Liu Weipeng, WordPress user "pongba",
// author of 《暗时间》) on learning, thinking, psychology, mathematics and programming, 2006-2017. Read from
// YaoZeyuan/mindhacks.cn-mirror, a mirror built from Wayback Machine captures of the site. The untouched captures sit in
// `raw_docs_原始数据勿动/posts/_<yyyy>_<mm>_<dd>_<slug>_<title>.html` (one saved WordPress post page each; `docs/posts/`
// holds a reformatted copy, not read). Each capture holds ONE page of the post's comments (the page the capture
// landed on, usually comment-page-1), threaded: <ol id="commentlist"> of <li class="comment ... depth-N"> items, each
// with <article> > .comment-author .fn (name) and .comment-content (body HTML), replies nested in <ul class="children">.
// Three posts were captured twice under two file names (the title spelt with "&mdash;" or "——", "++" or "＋＋"); the
// slug is the same and only the first file in path order is read.
//
// PAGE RULE (fixed, deterministic, blind to content): take the capture files above, one per slug (the first in
// code-unit path order), sorted by path (= by date); keep those whose saved page shows 2 or more kept comments; of
// these keep every 2nd one starting with the first (0-based indices 0, 2, 4, ...); of each kept post read the first 15
// kept comments in reading order (document order of the saved page: a parent before its replies, pre-order).
// Kept comments: li.comment items (not pingbacks/trackbacks) whose text is not empty.
//
// page = the post's permalink path "yyyy/mm/dd/slug" (as on mindhacks.cn); i = 0-based position among the kept
// comments read from that post.
// TEXT: the .comment-content HTML as plain text (html-text.ts): <p>/blocks and <br> -> line breaks, <img> -> its alt,
// <blockquote> lines -> "> ", entities decoded once; code in <pre> keeps its own spaces.
// STAFF: the blog's author 刘未鹏 (pongba): WordPress marks his comments li.bypostauthor (class comment-author-pongba);
// both classes are checked. Everyone else is a reader.
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const DIR = 'raw_docs_原始数据勿动/posts/';
const PER_PAGE = 15;
const MIN_COMMENTS = 2;

const toText = (html: string) => htmlToText(html, { keepWhitespaceIn: ['PRE'] });

/** The kept comments of one saved post page, in document order. */
export function pageComments(page: string, html: string): SourceComment[] {
  const { document } = parseHTML(html);
  const list = document.querySelector('#commentlist') ?? document.querySelector('ol.commentlist');
  if (!list) return [];
  const kept: SourceComment[] = [];
  for (const li of [...list.querySelectorAll('li')] as any[]) {
    const cls = ` ${li.className} `;
    if (!cls.includes(' comment ')) continue; // pingbacks, trackbacks
    const article = [...li.children].find((c: any) => String(c.tagName).toUpperCase() === 'ARTICLE') as any;
    if (!article) continue;
    const body = article.querySelector('.comment-content');
    if (!body) continue;
    const text = toText(body.innerHTML);
    if (!text) continue;
    const author = String(article.querySelector('.comment-author .fn')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const staff = cls.includes(' bypostauthor ') || cls.includes(' comment-author-pongba ');
    kept.push({ page, i: kept.length, text, author, staff });
  }
  return kept;
}

/** The saved posts, one per slug, in path order: [page key, path]. */
export function posts(files: RepositoryFiles): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const path of files.list(DIR)) {
    const m = path.slice(DIR.length).match(/^_(\d{4})_(\d{2})_(\d{2})_([A-Za-z0-9-]+)_.*\.html$/);
    if (!m) continue;
    const page = `${m[1]}/${m[2]}/${m[3]}/${m[4]}`;
    if (seen.has(page)) continue;
    seen.add(page);
    out.push([page, path]);
  }
  return out;
}

export default {
  id: 'mindhacks-blog',
  repo: 'YaoZeyuan/mindhacks.cn-mirror',
  commit: '9749e45e276b74ce77d260b402785a39c275fbdc',
  read(files: RepositoryFiles): SourceComment[] {
    const eligible = posts(files)
      .map(([page, path]) => pageComments(page, files.read(path)))
      .filter((cs) => cs.length >= MIN_COMMENTS);
    return eligible.filter((_, k) => k % 2 === 0).flatMap((cs) => cs.slice(0, PER_PAGE));
  },
} satisfies CommentSource;
