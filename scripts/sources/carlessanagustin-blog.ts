// carlessanagustin.com: Carles San Agustín's personal blog, 2004-2016. It began on Blogger as a Catalan diary among
// friends (moving to Naples and London, birthdays, new jobs, gadgets, the London bombings, 2005), went on as a Spanish
// travel diary (India, Nepal and Thailand, 2008) and ended as a Spanish/English tech and freelance blog (Python and
// MySQL scripts, Fedora, AWS, Prestashop, Vagrant, Git courses, 2010-2016). The Blogger posts were moved into
// WordPress, and the WordPress export was turned into a Jekyll site: every post is `_posts/<date>-<slug>.markdown`
// with its comments in the YAML front matter (`comments:` list of {id, author, author_url, date, content}, in date
// order, replies flat). The posts live on the branch `feature/carlessanagustin.com` (the pinned commit); master has
// none.
//
// PAGE RULE (fixed, deterministic): take every `_posts/*` file whose front matter has at least one comment, in path
// (= date) order; of each, read the first 20 comments in file order (no post has more than 11). Skip empty comments,
// pingbacks/trackbacks (a body opening with "[...]"/"[…]") and the 7 spam comments listed in SPAM by their export id
// (a pharmacy link list, two chain-letter posts, four generic SEO "great article" posts by shop/SEO names). This gives
// every real comment of the blog: 205 comments on 83 posts (2004-2016).
//
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>),
// then HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> "). The
// Blogger-era comments (2004-2009) all start with a stray ">" that the Blogger-to-WordPress import put in front of
// every comment body; it is no part of what the commenter wrote and is dropped.
// STAFF: the blog's author, who comments as "Carles", "Carles San Agustin", "sanmorca" (his mail name, which he gives in
// a 2005 reply), and on the Blogger-era posts as "SantO" and "FrantIc" (both linking to his own santo.webhop.net /
// blogger profile). Some of his comments on his portfolio
// posts are clients' testimonials he pasted in under his own name; they are still marked staff, as the site shows.
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['Carles', 'Carles San Agustin', 'SantO', 'FrantIc', 'sanmorca']);
/** Export ids of spam comments. */
const SPAM = new Set([9, 22, 23, 436, 635, 640, 646]);
const BLOCK = new Set(['P', 'DIV', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR']);

interface ExportComment {
  id?: unknown;
  author?: unknown;
  content?: unknown;
}

function frontMatter(text: string): Record<string, unknown> {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return m ? (parseYaml(m[1]) ?? {}) : {};
}

function commentsOf(text: string): ExportComment[] {
  const c = frontMatter(text).comments;
  return Array.isArray(c) ? (c as ExportComment[]) : [];
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
    const tag = String(node.tagName).toUpperCase();
    if (tag === 'BR') return '\n';
    if (tag === 'IMG') return node.getAttribute('alt') ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE') return '';
    let inner = '';
    for (const child of node.childNodes) inner += walk(child);
    if (tag === 'BLOCKQUOTE') {
      const quoted = tidy(inner)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
      return `\n\n${quoted}\n\n`;
    }
    return BLOCK.has(tag) ? `\n\n${inner}\n\n` : inner;
  };
  return tidy(walk(root));
}

const isPingback = (body: string) => /^\[(\.\.\.|…|&#8230;)\]/.test(body.trim());

export default {
  id: 'carlessanagustin-blog',
  repo: 'carlessanagustin/carlessanagustin.github.io',
  commit: '73c1a9008d9ef1f422f5cb26c573bcd66d385415',
  read(files: RepositoryFiles): SourceComment[] {
    const out: SourceComment[] = [];
    for (const path of files.list('_posts/')) {
      const comments = commentsOf(files.read(path));
      if (!comments.length) continue;
      const page = path.replace(/^_posts\//, '').replace(/\.(html|markdown|md)$/, '');
      let i = 0;
      for (const c of comments.slice(0, 20)) {
        if (SPAM.has(Number(c.id))) continue;
        const raw = (c.content == null ? '' : String(c.content)).replace(/^\s*>/, '');
        if (isPingback(raw)) continue;
        const text = toText(autop(raw));
        if (!text) continue;
        const author = c.author == null ? '' : String(c.author);
        out.push({ page, i: i++, text, author, staff: STAFF.has(author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
