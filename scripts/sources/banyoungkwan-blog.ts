// sheepless (sheeplesssleepless.wordpress.com, "/untitled"), a Korean personal blog (2008-2013): photo diaries with
// the day's song ("080906 l ..."), music posts (Tom Waits, Bon Iver, The National ...) and film notes, read from the
// WordPress.com export (WXR 1.2, wordpress.xml) committed to the owner's GitHub Pages repository.
//
// Rule of choice (fixed): take every published post or page that has at least one kept comment (no post has more than
// 20), sorted by post date (then post id), and of each take its first 20 kept comments in chronological order
// (comment date GMT, then comment id). page = the post's slug (wp:post_name). Kept comments: approved ones
// (wp:comment_approved = 1), not pingbacks or trackbacks, not empty once turned into text. The export has no
// wp:comment_type values, so the one self-pingback it holds (author "Sheepless", text "[...] something about
// sheepless[...]") is recognised by its "[...] ... [...]" excerpt form and left out.
// staff = written by the blog's owner: the posts' original author "sheepless_" (so the names "sheepless_" and
// "Sheepless"), who answered readers under the name "unc.b.".
import { parseHTML } from 'linkedom';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER_NAMES = new Set(['unc.b.', 'sheepless_', 'sheepless']);
const isOwner = (author: string) => OWNER_NAMES.has(author.toLowerCase());
const isPingbackExcerpt = (text: string) => /^\[(\.\.\.|…)\][\s\S]*\[(\.\.\.|…)\]$/.test(text);

const xmlDecode = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&'
      : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));

/** The text of one element of a WXR chunk: CDATA sections verbatim, the rest XML-decoded. */
function field(chunk: string, tag: string): string {
  const m = chunk.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
  if (!m) return '';
  let out = '';
  let rest = m[1];
  for (;;) {
    const at = rest.indexOf('<![CDATA[');
    if (at < 0) { out += xmlDecode(rest); break; }
    out += xmlDecode(rest.slice(0, at));
    const end = rest.indexOf(']]>', at + 9);
    out += rest.slice(at + 9, end < 0 ? undefined : end);
    if (end < 0) break;
    rest = rest.slice(end + 3);
  }
  return out;
}

/** A comment's HTML (WordPress keeps typed line breaks as newlines) as the plain text a reader sees. */
function toText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="c">${html.replace(/\r\n?/g, '\n')}</div></body></html>`);
  const root = document.getElementById('c')!;
  for (const img of [...root.querySelectorAll('img')]) img.replaceWith(document.createTextNode(img.getAttribute('alt') ?? ''));
  for (const br of [...root.querySelectorAll('br')]) br.replaceWith(document.createTextNode('\n'));
  for (const q of [...root.querySelectorAll('blockquote')].reverse()) {
    const inner = (q.textContent ?? '').trim().split('\n').map((l: string) => `> ${l.trim()}`).join('\n');
    q.replaceWith(document.createTextNode(`\n${inner}\n`));
  }
  for (const b of [...root.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6')]) b.append(document.createTextNode('\n'));
  return (root.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .split('\n').map((l: string) => l.replace(/[ \t]+/g, ' ').trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Post { id: number; date: string; comments: SourceComment[] }

export default {
  id: 'banyoungkwan-blog',
  repo: 'banyoungkwan/banyoungkwan',
  commit: '078525fb5b83347310448403a38fa4e77bd2ee21',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const posts: Post[] = [];
    for (const item of xml.match(/<item>[\s\S]*?<\/item>/g) ?? []) {
      if (!['post', 'page'].includes(field(item, 'wp:post_type')) || field(item, 'wp:status') !== 'publish') continue;
      const id = Number(field(item, 'wp:post_id'));
      const slug = field(item, 'wp:post_name').trim() || `p${id}`;
      const kept = (item.match(/<wp:comment>[\s\S]*?<\/wp:comment>/g) ?? [])
        .filter((c) => field(c, 'wp:comment_approved') === '1' && !['pingback', 'trackback'].includes(field(c, 'wp:comment_type')))
        .map((c) => ({
          id: Number(field(c, 'wp:comment_id')),
          date: field(c, 'wp:comment_date_gmt'),
          author: field(c, 'wp:comment_author').trim(),
          text: toText(field(c, 'wp:comment_content')),
        }))
        .filter((c) => c.text !== '' && !isPingbackExcerpt(c.text))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
      if (!kept.length) continue;
      posts.push({
        id,
        date: field(item, 'wp:post_date'),
        comments: kept.slice(0, 20).map((c, i) => ({ page: slug, i, text: c.text, author: c.author, staff: isOwner(c.author) })),
      });
    }
    posts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    return posts.flatMap((p) => p.comments);
  },
} satisfies CommentSource;
