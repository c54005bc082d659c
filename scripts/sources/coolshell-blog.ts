// CoolShell (酷壳, coolshell.cn), the simplified-Chinese programming blog of 陈皓 (haoel), 2009-2023, read from the
// static HTML snapshot of the whole site that a reader published as a memorial backup after his death in May 2023
// (coolshell-haoel/coolshell.cn, commit of 2023-05-17). Each article is coolshell.cn/articles/<id>.html; the snapshot holds one page of
// comments per article, the page a reader landed on (the LAST comment page when a post had several), threaded
// (WordPress <ol class="comment-list">, replies in <ol class="children">).
//
// Rule of choice (fixed): take every article file coolshell.cn/articles/<number>.html whose post date
// (time.entry-date) falls in 2009-2023 and whose saved page shows at least 5 kept comments; group them by the year of
// the post date and sort each year's group by article number. Of a group of n posts take the one at position
// floor(n/2) (0-based); when n >= 40 (the busy years 2009-2012) also those at floor(n/4) and floor(3n/4). Of each
// chosen post keep the first 20 kept comments in reading order (document order of the saved page: a parent before its
// replies). Kept comments: li.comment (not li.pingback / li.trackback), not empty once turned into text, not in the
// SPAM list below (the "at least 5" test counts them before that list is applied).
// page = the article number. staff = written by 陈皓 (WordPress user haoel, class comment-author-haoel) or by the
// post's own author (class bypostauthor, for the few guest posts).
import { parseHTML } from 'linkedom';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { tidyLines } from './text-lines';

const MIN_COMMENTS = 5;
const PER_PAGE = 20;

/** Spam the labeller found among the chosen pages' comments, by WordPress comment id (li#comment-<id>): SEO link
 * spam (generic English praise, shop/loan/site names as author), advertisements (QQ groups, referral cash-back,
 * job ads). Left out before counting the first 20. */
const SPAM = new Set<string>([
  '632582', '1820921', // 656
  '6512', '635967', // 2394
  '543749', // 3097
  '202498', '236736', // 8170
  '2268368', // 11564
  '1810420', // 17200
  '2126979', '1929789', '1929790', // 18360
  '2155813', '2176081', // 19464
  '2344945', // 21649
  '2371194', '2371205', '2371212', // 22398
]);

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'TR', 'BLOCKQUOTE']);

/** Plain text of a rendered comment body: whitespace collapsed as a browser does (kept in <pre>), <br> and blocks
 * become line breaks, smiley images their alt text, quotes prefixed "> ". */
function toText(el: any): string {
  const out: string[] = [];
  const walk = (node: any, pre: boolean) => {
    if (node.nodeType === 3) {
      out.push(pre ? node.textContent : node.textContent.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    if (tag === 'BR') { out.push('\n'); return; }
    if (tag === 'IMG') { out.push(node.getAttribute('alt') ?? ''); return; }
    if (tag === 'BLOCKQUOTE') {
      const inner = toText(node);
      out.push('\n' + inner.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n') + '\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) out.push('\n');
    for (const c of node.childNodes) walk(c, pre || tag === 'PRE');
    if (block) out.push('\n');
  };
  for (const c of el.childNodes) walk(c, false);
  return tidyLines(out.join(''), (l) => l.replace(/\u00a0/g, ' ').replace(/[ \t]+$/g, '').replace(/^ +/, ''));
}

const child = (el: any, tag: string) => [...el.children].find((c: any) => c.tagName.toUpperCase() === tag);

export interface Post { id: number; year: number; html: string }

/** Kept comments of one saved article page, with their WordPress comment ids. */
export function pageComments(id: number, html: string, keepSpam = false): (SourceComment & { cid: string })[] {
  const { document } = parseHTML(html);
  const list = document.querySelector('ol.comment-list');
  if (!list) return [];
  const kept: (SourceComment & { cid: string })[] = [];
  for (const li of [...list.querySelectorAll('li')] as any[]) {
    const cls = ` ${li.className} `;
    if (!cls.includes(' comment ')) continue; // pingbacks, trackbacks
    const cid = String(li.getAttribute('id') ?? '').replace(/^comment-/, '');
    if (SPAM.has(cid) && !keepSpam) continue;
    const article = child(li, 'ARTICLE');
    if (!article) continue;
    const body = article.querySelector('.comment-content');
    if (!body) continue;
    const text = toText(body);
    if (!text) continue;
    const author = (article.querySelector('.comment-author .fn')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const staff = cls.includes(' comment-author-haoel ') || cls.includes(' bypostauthor ');
    kept.push({ cid, page: String(id), i: kept.length, text, author, staff });
  }
  return kept;
}

/**
 * The eligible articles (see the rule above), one group per year in year order, each group sorted by article number.
 * The sets of this blog pick positions within each group.
 */
export function eligibleByYear(files: RepositoryFiles): Post[][] {
  const byYear = new Map<number, Post[]>();
  for (const path of files.list('coolshell.cn/articles/')) {
    const m = path.match(/^coolshell\.cn\/articles\/(\d+)\.html$/);
    if (!m) continue;
    const html = files.read(path);
    const date = html.match(/<time class="entry-date" datetime="(\d{4})-/);
    if (!date) continue;
    const year = Number(date[1]);
    if (year < 2009 || year > 2023) continue;
    // Cheap pre-filter: a page with fewer than MIN_COMMENTS comment items cannot qualify.
    if ((html.match(/<li id="comment-\d+" class="comment /g) ?? []).length < MIN_COMMENTS) continue;
    const id = Number(m[1]);
    // Eligibility counts the page's comments before the spam list is applied, so the list cannot change the choice.
    if (pageComments(id, html, true).length < MIN_COMMENTS) continue;
    (byYear.get(year) ?? byYear.set(year, []).get(year)!).push({ id, year, html });
  }
  return [...byYear.keys()].sort((a, b) => a - b).map((year) => byYear.get(year)!.sort((a, b) => a.id - b.id));
}

/** The positions the first set takes in a year group of n articles, ascending. */
export function firstSetPositions(n: number): number[] {
  const at = new Set([Math.floor(n / 2)]);
  if (n >= 40) { at.add(Math.floor(n / 4)); at.add(Math.floor((3 * n) / 4)); }
  return [...at].sort((a, b) => a - b);
}

/**
 * The comments a set reads: in each year group of n eligible articles, the positions at(n) (ascending, each once) that
 * are not in taken(n) (the positions of the sets before it); of each chosen article the first perPage kept comments
 * not in `spam` (the set's own spam list, applied before counting), i renumbered after it.
 */
export function readChosen(
  files: RepositoryFiles,
  at: (n: number) => number[],
  taken: (n: number) => number[],
  perPage: number,
  spam = new Set<string>(),
): SourceComment[] {
  const chosen: Post[] = [];
  for (const posts of eligibleByYear(files)) {
    const n = posts.length;
    const skip = new Set(taken(n));
    for (const k of [...new Set(at(n))].sort((a, b) => a - b)) if (!skip.has(k)) chosen.push(posts[k]);
  }
  return chosen.flatMap((p) =>
    pageComments(p.id, p.html)
      .filter((c) => !spam.has(c.cid))
      .slice(0, perPage)
      .map(({ cid: _, ...c }, i) => ({ ...c, i })),
  );
}

export default {
  id: 'coolshell-blog',
  repo: 'coolshell-haoel/coolshell.cn',
  commit: '1b1317d1fb96657d473c636a9aa6bd26a9b541e7',
  read(files: RepositoryFiles): SourceComment[] {
    return readChosen(files, firstSetPositions, () => [], PER_PAGE);
  },
} satisfies CommentSource;
