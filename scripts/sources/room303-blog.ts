// room-303.com/blog: Patryk "Patrys" Zawadzki's Polish blog (2004-2011: PLD Linux, GNOME, Python/Django, the web,
// software and everyday life). Its WordPress export became a Jekyll site (github.com/patrys/patrys.github.io); every
// post is `_posts/<date>-<slug>.markdown` with the post's comments in the YAML front matter (`comments:` list of
// {id, author, author_url, date, date_gmt, content}, in date order, replies flat; no comment type field).
//
// PAGE RULE (fixed, deterministic): list every `_posts/*` file, sorted by path (code-unit order). A comment is "real"
// when its body is non-empty and is not a pingback/trackback excerpt (a body opening with "[...]", "[…]" or
// "[&#8230;]"). Keep the posts with 10 or more real comments, and of those every 11th one, starting with the first
// (indices 0, 11, 22, ...). Of each kept post read the first 20 real comments in front-matter order.
// This gives 23 posts, 2004-2010, and 355 comments.
//
// page = the post file name without `_posts/` and `.markdown` (date + slug/hash).
// TEXT: the comment's `content` as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>,
// <pre> blocks left alone), then HTML to plain text (tags dropped, entities decoded once, <img> -> alt,
// <blockquote> lines -> "> ").
// STAFF: the blog's author, who comments as "Patrys" (a few times as "Patryk Zawadzki"; once, in 2005-05-11, as
// "Patryk", answering commenters about his own post; no one else uses that name in the export).
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const REPO = 'patrys/patrys.github.io';
const COMMIT = '74aafd69a4f781b913c5555061d6557aad5f16d7';
const STAFF = new Set(['Patrys', 'Patryk Zawadzki', 'Patryk']);
const BLOCK = new Set(['P', 'DIV', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR']);

interface ExportComment {
  author?: unknown;
  content?: unknown;
}

function commentsOf(text: string): ExportComment[] {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  const c = m ? (parseYaml(m[1]) ?? {}).comments : undefined;
  return Array.isArray(c) ? (c as ExportComment[]) : [];
}

const bodyOf = (c: ExportComment) => (c.content == null ? '' : String(c.content));
const isPingback = (body: string) => /^\s*\[(\.\.\.|…|&#8230;)\]/.test(body);
const isReal = (c: ExportComment) => {
  const body = bodyOf(c);
  return body.trim() !== '' && !isPingback(body);
};

/** WordPress's wpautop, reduced to what comment bodies need; <pre> blocks are kept whole. */
function autop(raw: string): string {
  const pres: string[] = [];
  const text = raw.replace(/\r\n?/g, '\n').replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (m) => {
    pres.push(m);
    return `\n\n\u0000${pres.length - 1}\u0000\n\n`;
  });
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const pre = p.match(/^\u0000(\d+)\u0000$/);
      return pre ? pres[Number(pre[1])] : `<p>${p.replace(/\n/g, '<br>\n')}</p>`;
    })
    .join('\n');
}

function toText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root')!;
  const walk = (node: any, pre: boolean): string => {
    if (node.nodeType === 3) return pre ? String(node.textContent) : String(node.textContent).replace(/[ \t\n\r\f]+/g, ' ');
    if (node.nodeType !== 1) return '';
    const tag = String(node.tagName).toUpperCase();
    if (tag === 'BR') return '\n';
    if (tag === 'IMG') return node.getAttribute('alt') ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE') return '';
    let inner = '';
    for (const child of node.childNodes) inner += walk(child, pre || tag === 'PRE');
    if (tag === 'BLOCKQUOTE') {
      const quoted = tidy(inner)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
      return `\n\n${quoted}\n\n`;
    }
    return BLOCK.has(tag) ? `\n\n${inner}\n\n` : inner;
  };
  return tidy(walk(root, false));
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The author's display name: entities in the export (e.g. "&nbsp;") decoded once. */
function nameOf(raw: unknown): string {
  if (raw == null) return '';
  const { document } = parseHTML(`<!doctype html><html><body><p id="n">${String(raw)}</p></body></html>`);
  return String(document.getElementById('n')!.textContent).replace(/\u00a0/g, ' ').trim();
}

export default {
  id: 'room303-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles): SourceComment[] {
    const posts = files
      .list('_posts/')
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((path) => ({ path, comments: commentsOf(files.read(path)).filter(isReal) }))
      .filter((p) => p.comments.length >= 10)
      .filter((_, k) => k % 11 === 0);
    const out: SourceComment[] = [];
    for (const post of posts) {
      const page = post.path.replace(/^_posts\//, '').replace(/\.(markdown|md|html)$/, '');
      let i = 0;
      for (const c of post.comments.slice(0, 20)) {
        const text = toText(autop(bodyOf(c)));
        if (!text) continue;
        const author = nameOf(c.author);
        out.push({ page, i: i++, text, author, staff: STAFF.has(author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
