// paralisiafacial.com ("Paralisia Facial – Tudo sobre a Paralisia Facial"): a European Portuguese information site
// on facial paralysis (2011-2013) run by a physiotherapist, Luís Ramalho, where patients and parents (mostly from
// Brazil) tell their case and ask for advice. When the site moved to Jekyll, its WordPress export (WXR 1.2,
// WordPress 3.7.1, 628 comments) was committed as `wordpress.xml` at commit dfea8b1 ("Final importing") of the
// gh-pages branch; a later commit removed it, so the reader is pinned to that commit.
//
// PAGE RULE (fixed, deterministic): every `<item>` of post_type page or post with status publish and at least one
// comment (21 of 22: 17 pages, 4 posts), in export order. Pingbacks/trackbacks (comment_type set) are dropped.
// Each item's comments are read as threads in pre-order: top-level comments by comment_date_gmt (ties by
// comment_id), each followed by its replies in the same order. Of each item, the first 30 comments in that order
// are kept (the first 20 of each give the rule "first 20 comments of each page" used for an earlier set; 30 brings
// the set near 350 comments). Empty comments are skipped.
// page = `${post_type}/${post_name}` (a page and a post share the slug paralisia-de-bell).
//
// TEXT: comment_content as WordPress displayed it: wpautop (blank line -> paragraph, single newline -> <br>), then
// HTML to plain text (tags dropped, entities decoded once, <img> -> alt, <blockquote> lines -> "> ").
// STAFF: the site's owner, who answers as "Luís Ramalho" (info@luisramalho.com). The speech therapist "Mabilef"
// who answers many readers is a reader, not staff.
import { parseHTML } from 'linkedom';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const KEEP = 30;
const STAFF_NAMES = new Set(['Luís Ramalho', 'paralisiafacial.com']);
const STAFF_EMAILS = new Set(['info@luisramalho.com', 'info@paralisiafacial.com']);
const BLOCK = new Set(['P', 'DIV', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR']);

const cdata = (s: string) => s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
function field(xml: string, name: string): string {
  const m = xml.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
  return m ? cdata(m[1]) : '';
}
/** Children of one element kind, without descending into a nested one of the same name. */
const blocks = (xml: string, name: string) =>
  xml
    .split(`<${name}>`)
    .slice(1)
    .map((s) => s.split(`</${name}>`)[0]);

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

interface RawComment {
  id: number;
  parent: number;
  date: string;
  author: string;
  email: string;
  content: string;
}

export default {
  id: 'paralisiafacial-blog',
  repo: 'artigos/paralisiafacial.com',
  commit: 'dfea8b1b9bb90069f506153f9eac9aad077688e9',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('wordpress.xml');
    const out: SourceComment[] = [];
    for (const item of blocks(xml, 'item')) {
      const type = field(item, 'wp:post_type');
      if ((type !== 'page' && type !== 'post') || field(item, 'wp:status') !== 'publish') continue;
      const comments: RawComment[] = blocks(item, 'wp:comment')
        .filter((c) => !field(c, 'wp:comment_type'))
        .map((c) => ({
          id: Number(field(c, 'wp:comment_id')),
          parent: Number(field(c, 'wp:comment_parent') || 0),
          date: field(c, 'wp:comment_date_gmt'),
          author: field(c, 'wp:comment_author').trim(),
          email: field(c, 'wp:comment_author_email').trim().toLowerCase(),
          content: field(c, 'wp:comment_content'),
        }));
      if (comments.length === 0) continue;
      const ids = new Set(comments.map((c) => c.id));
      const children = new Map<number, RawComment[]>();
      for (const c of comments) {
        const p = ids.has(c.parent) ? c.parent : 0;
        if (!children.has(p)) children.set(p, []);
        children.get(p)!.push(c);
      }
      for (const list of children.values())
        list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
      const ordered: RawComment[] = [];
      const walk = (p: number) => {
        for (const c of children.get(p) ?? []) {
          ordered.push(c);
          walk(c.id);
        }
      };
      walk(0);
      const page = `${type}/${field(item, 'wp:post_name')}`;
      let i = 0;
      for (const c of ordered.slice(0, KEEP)) {
        const text = toText(autop(c.content));
        if (!text) continue;
        out.push({ page, i: i++, text, author: c.author, staff: STAFF_NAMES.has(c.author) || STAFF_EMAILS.has(c.email) });
      }
    }
    return out;
  },
} satisfies CommentSource;
