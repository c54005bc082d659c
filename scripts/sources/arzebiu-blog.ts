// arzebiu.com: a European Portuguese personal blog (2010-2013: home loans, savings, recipes, diving, aquariums,
// running, office life). Its WordPress export was turned into a Jekyll site; every post is
// `_posts/<date>-<slug>.html` with the post's comments in the YAML front matter (`comments:` list of
// {id, author, author_url, date, content}, in date order, replies flat).
//
// PAGE RULE (fixed, deterministic): take every `_posts/*` file whose front matter has 3 or more comments, sort
// those paths by code-unit order, and keep every 2nd one starting with the first (indices 0, 2, 4, ...). Of each
// kept post, read the first 20 comments in file order (the export's order) and skip empty ones and
// pingbacks/trackbacks (content opening with "[...]"/"[…]", or a `type` field of pingback/trackback; the export
// at the pinned commit has none). This gives 66 posts, 2010-2012.
//
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline ->
// <br>), then HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the blog's author, who comments as "Arzebiuzado" (once as "Arzebiu").
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['Arzebiuzado', 'Arzebiu']);
const BLOCK = new Set(['P', 'DIV', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR']);

interface ExportComment {
  author?: unknown;
  content?: unknown;
  type?: unknown;
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

function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const isPingback = (c: ExportComment, body: string) =>
  /^(pingback|trackback)$/i.test(String(c.type ?? '')) || /^\[(\.\.\.|…|&#8230;)\]/.test(body.trim());

export default {
  id: 'arzebiu-blog',
  repo: 'donbonifacio/arzebiu',
  commit: '68806859161606d951bf7660db58afae23538a69',
  read(files: RepositoryFiles): SourceComment[] {
    const posts = files
      .list('_posts/')
      .map((path) => ({ path, comments: commentsOf(files.read(path)) }))
      .filter((p) => p.comments.length >= 3)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .filter((_, k) => k % 2 === 0);
    const out: SourceComment[] = [];
    for (const post of posts) {
      const page = post.path.replace(/^_posts\//, '').replace(/\.(html|markdown|md)$/, '');
      let i = 0;
      for (const c of post.comments.slice(0, 20)) {
        const raw = c.content == null ? '' : String(c.content);
        if (isPingback(c, raw)) continue;
        const text = toText(autop(raw));
        if (!text) continue;
        const author = c.author == null ? '' : String(c.author);
        out.push({ page, i: i++, text, author, staff: STAFF.has(author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
