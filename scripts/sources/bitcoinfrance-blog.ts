// bitcoin-france.org: Pierre Noizat's French blog on Bitcoin, money creation, monetary policy, security of
// addresses, exchanges, blockchain voting and his book (2011-2016; he also answers as "e_ducat" and "Boussac").
// The repository keeps the blog's WordPress export, `wordpress.xml` (WXR, comments imported from Disqus), at its
// root; every <item> is a post or page with its <wp:comment> elements.
//
// PAGE RULE (fixed, deterministic): every post or page of the export (post_type post or page) that has at least one
// readable comment, in the export's item order (which is by post id). A readable comment is approved
// (comment_approved 1), has an empty comment_type (no pingback/trackback) and is not in SPAM below (three
// advertising comments: a game-site link, a generic English compliment with a marketing URL, a script-injection
// "Welcome to WordPress" text). Of each page, read the first 20 readable comments in reading order: threads as
// WordPress shows them, pre-order (a comment, then its replies), siblings by comment_date then comment_id; a reply
// whose parent is not readable is read as a top-level comment. Empty texts are skipped. This gives 174 comments
// on 36 pages, 2011-2016.
//
// TEXT: comment_content as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>), then
// HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the blog's author Pierre Noizat, who comments as "Pierre Noizat", "e_ducat", "Boussac" or with no name
// but his e-mail address (noizat@..., boussac.75011@...).
import { parseHTML } from 'linkedom';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const SPAM = new Set(['11', '450', '11505']);
const STAFF_NAMES = new Set(['Pierre Noizat', 'e_ducat', 'Boussac']);
const BLOCK = new Set(['P', 'DIV', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR']);

interface WxrComment {
  id: string;
  author: string;
  email: string;
  date: string;
  content: string;
  parent: string;
}

const unCdata = (s: string) => s.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');

function tag(block: string, name: string): string {
  const m = block.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
  return m ? unCdata(m[1]) : '';
}

function decodeEntities(s: string): string {
  const { document } = parseHTML('<!doctype html><html><body><div id="x"></div></body></html>');
  const el = document.getElementById('x')!;
  el.innerHTML = s;
  return String(el.textContent ?? '');
}

/** WordPress's wpautop, reduced to what comment bodies need. */
function autop(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function toText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root')!;
  const walk = (node: any): string => {
    if (node.nodeType === 3) return String(node.textContent).replace(/[ \t\n\r\f]+/g, ' ');
    if (node.nodeType !== 1) return '';
    const tagName = String(node.tagName).toUpperCase();
    if (tagName === 'BR') return '\n';
    if (tagName === 'IMG') return node.getAttribute('alt') ?? '';
    if (tagName === 'SCRIPT' || tagName === 'STYLE') return '';
    let inner = '';
    for (const child of node.childNodes) inner += walk(child);
    if (tagName === 'BLOCKQUOTE') {
      const quoted = tidy(inner)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
      return `\n\n${quoted}\n\n`;
    }
    return BLOCK.has(tagName) ? `\n\n${inner}\n\n` : inner;
  };
  return tidy(walk(root));
}

const byDate = (a: WxrComment, b: WxrComment) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.id) - Number(b.id);

/** Comments in display order: pre-order threads, siblings by date then id. */
function readingOrder(comments: WxrComment[]): WxrComment[] {
  const ids = new Set(comments.map((c) => c.id));
  const children = new Map<string, WxrComment[]>();
  for (const c of comments) {
    const parent = c.parent !== '0' && ids.has(c.parent) ? c.parent : '0';
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(c);
  }
  for (const list of children.values()) list.sort(byDate);
  const out: WxrComment[] = [];
  const visit = (id: string) => {
    for (const c of children.get(id) ?? []) {
      out.push(c);
      visit(c.id);
    }
  };
  visit('0');
  return out;
}

const isStaff = (c: WxrComment) => STAFF_NAMES.has(c.author) || /noizat|boussac/i.test(c.email);

export default {
  id: 'bitcoinfrance-blog',
  repo: 'bitcoinfrance/bitcoinfrance.github.io',
  commit: '57fcb11a3d00e203aea5f987f021a705920abc36',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const out: SourceComment[] = [];
    for (const item of xml.split('<item>').slice(1)) {
      const type = tag(item, 'wp:post_type');
      if (type !== 'post' && type !== 'page') continue;
      const comments: WxrComment[] = item
        .split('<wp:comment>')
        .slice(1)
        .filter((b) => tag(b, 'wp:comment_approved') === '1' && tag(b, 'wp:comment_type') === '')
        .map((b) => ({
          id: tag(b, 'wp:comment_id'),
          author: decodeEntities(tag(b, 'wp:comment_author')).trim(),
          email: tag(b, 'wp:comment_author_email'),
          date: tag(b, 'wp:comment_date'),
          content: tag(b, 'wp:comment_content'),
          parent: tag(b, 'wp:comment_parent') || '0',
        }))
        .filter((c) => !SPAM.has(c.id));
      if (!comments.length) continue;
      const page = tag(item, 'wp:post_name') || `p${tag(item, 'wp:post_id')}`;
      let i = 0;
      for (const c of readingOrder(comments).slice(0, 20)) {
        const text = toText(autop(c.content));
        if (!text) continue;
        out.push({ page, i: i++, text, author: c.author, staff: isStaff(c) });
      }
    }
    return out;
  },
} satisfies CommentSource;
