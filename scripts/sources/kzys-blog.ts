// 8-p.info (blog.8-p.info), the Japanese programming blog of Kazuyoshi Kato (kzys): Safari/Creammonkey user scripts,
// JavaScript, Ruby, Perl, Scala, Mac tools (2006-2010), read from the static HTML of its old blog engines that the
// owner keeps in his blog-archive repository (kzys/blog-archive, folder 2005-2010/). Three page layouts hold comments:
//   - articles/<yyyy>/<mm>/<dd>/<slug> (Typo, 2006-2007): <li id="comment-N"> with <cite>author</cite>, a
//     <small class="commentmetadata"> date, then the body;
//   - 2009/<mm>/<slug> (WordPress, 2009): <div class="comment"> with an <h3> author, then the body;
//   - 2010/<n>-<slug> (the owner's own engine, 2010): <div class="comment"> with <span class="owner"> and
//     <span class="text">.
//
// Rule of choice (fixed): every file under 2005-2010/ (sorted by path) that holds at least one kept comment; all of
// its kept comments in page order (the order the blog showed them, oldest first). Kept comments: not empty once turned
// into text, and not spam: English drug/porn/"newsletter" spam of 2007 left out by its author names, listed below after
// reading every comment by hand. No other file of the repository (2011/, v2/, static/) holds comments.
// Page key: the file's path under 2005-2010/ with "/" turned into "-" (e.g. articles-2006-11-30-safari-xpath).
// staff = written by the blog's owner, who comments as "カトウ", "kzys", "kzys (というか加藤)" or "KATO Kazuyoshi".
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = '2005-2010/';
const OWNER = new Set(['カトウ', 'kzys', 'kzys (というか加藤)', 'KATO Kazuyoshi']);
const SPAM = new Set([
  'AnferTuto', 'MafastaKra', 'Fikasrteno', 'Mristagada', 'Tradaserta', 'FerelOper', 'HOiG8q', 'YfqPK2', 'oNUzvs',
  'Isaias', 'Jimmy', 'Michael', 'Walmartbenefits-https-access-Hon', 'AltaGid', 'artofey',
]);

const clean = (s: unknown) => String(s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** The HTML of the nodes of `parent` that come after `after` (all of them when `after` is null). */
function htmlAfter(parent: any, after: any): string {
  let html = '';
  let on = after == null;
  for (const node of parent.childNodes) {
    if (on) html += node.nodeType === 1 ? node.outerHTML : node.nodeType === 3 ? escape(String(node.textContent)) : '';
    else if (node === after) on = true;
  }
  return html;
}
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageComments(html: string): { author: string; body: string }[] {
  if (!/id="comment-\d+"|class="comment"/.test(html)) return [];
  const { document } = parseHTML(html);
  const out: { author: string; body: string }[] = [];
  for (const li of document.querySelectorAll('li[id^="comment-"]')) {
    const small = li.querySelector('small.commentmetadata');
    out.push({ author: clean(li.querySelector('cite')?.textContent), body: htmlAfter(li, small) });
  }
  for (const div of document.querySelectorAll('div.comment')) {
    const owner = div.querySelector('span.owner');
    if (owner) {
      out.push({ author: clean(owner.textContent), body: div.querySelector('span.text')?.innerHTML ?? '' });
      continue;
    }
    const h3 = div.querySelector('h3');
    out.push({ author: clean(h3?.textContent), body: htmlAfter(div, h3) });
  }
  return out;
}

export default {
  id: 'kzys-blog',
  repo: 'kzys/blog-archive',
  commit: '176c77697e34b7492922d65b60045d33a30143f4',
  read(files: RepositoryFiles): SourceComment[] {
    const all: SourceComment[] = [];
    for (const path of files.list(ROOT)) {
      if (/\.(css|js|png|jpe?g|gif|ico|xml|pdf|zip|gz|dmg|txt)$/i.test(path)) continue;
      const html = files.read(path);
      const page = path.slice(ROOT.length).replace(/\//g, '-');
      let i = 0;
      for (const { author, body } of pageComments(html)) {
        if (SPAM.has(author)) continue;
        const text = htmlToText(body);
        if (text === '') continue;
        all.push({ page, i: i++, text, author, staff: OWNER.has(author) });
      }
    }
    return all;
  },
} satisfies CommentSource;
