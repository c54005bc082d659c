// victoriarolanda.com.ar ("Victoria Rolanda"): an Argentine women's web magazine on Blogger (2009-2012: fashion,
// relationships, sex, motherhood, films, interviews) whose readers commented through IntenseDebate. When the site
// moved to WordPress, its developer committed the IntenseDebate comment export as `comments.xml` (392 <blogpost>,
// 1535 <comment>, UTF-8) to dientuki/victoria-rolanda; the reader is pinned to the newest commit, which still has it.
//
// PAGE RULE (fixed, deterministic): all <blogpost> elements sorted by their decoded <url> (the Blogger path holds the
// year and month, so the order runs 2008 -> 2012), then every 4th one starting with the first (indexes 0, 4, 8, ...):
// 98 posts spread over 2008-2012. Each post's comments are read as threads in pre-order: top-level comments
// (parentid 0 or an unknown parent) by <gmt> date, ties by id, each followed by its replies in the same order. Of each
// post the first 20 comments in that order are kept (counted after dropping empty comments and the spam listed in
// SPAM). page = the post's path without host and ".html", e.g. "2010/02/amor-natural".
//
// TEXT: <text> is HTML-escaped plain text with line breaks and a few (sometimes doubly nested) <a> tags: <br> and
// newlines -> line breaks, tags dropped, entities decoded once; lines trimmed, runs of blank lines -> one.
// STAFF: the magazine's editors answering as "Victoria Rolanda", "Rolanda", "Vivian", "Eugenia Rombolá"
// or with a victoriarolanda.com.ar / victoriayrolanda@gmail.com address; and the note's own author (a columnist,
// named in the note or answering as its author) commenting on that note, listed per page in AUTHORS (found by reading
// the threads: e.g. "Amy" answering questions under her own column "Hagan cola").
import { parseHTML } from 'linkedom';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const KEEP = 20;
export const EVERY = 4;
/** IntenseDebate ids of commercial spam (a sex-cam link under a copied text; a laser-hair-removal coupon ad). */
export const SPAM = new Set(['96380786', '325755176']);
export const STAFF_NAMES = new Set(['victoria rolanda', 'rolanda', 'vivian', 'eugenia rombolá']);
export const STAFF_EMAILS = new Set(['victoriayrolanda@gmail.com']);
/** The note's author on pages where they comment under their own note. */
const AUTHORS: Record<string, string[]> = {
  '2009/10/el-vestido-de-mis-suenos': ['Cécile'],
  '2009/11/diez-razones-para-ver-500-dias-con-ella': ['Natalia Alabel'],
  '2009/11/hagan-cola': ['Amy'],
  '2009/11/no-cualquiera-se-saca-una-foto-con-un': ['Alvaro'],
  '2009/11/segunda-etapa-la-negacion': ['Flor, antiembarazada'],
  '2009/12/que-es-hacerse-mujer': ['Chechula'],
  '2010/01/los-amantes': ['Natalia Alabel'],
  '2010/02/amor-natural': ['Minima'],
  '2010/02/como-sobrevivir-san-valentin': ['Aurelia'],
  '2010/02/sombreritus-sombreritus': ['Josefina'],
  '2010/04/reunion-de-minas': ['robertita'],
  '2010/07/best-friends': ['Mínima'],
  '2010/08/el-sexo-en-el-embarazo': ['Chechula'],
  '2010/09/una-voz-en-el-telefono': ['Sol Clemente'],
  '2010/11/el-atleta': ['Mínima'],
  '2011/01/todas-queriamos-ser-jo': ['vero', 'Vero'],
  '2011/02/pido': ['Blonda'],
  '2011/03/un-poeta-y-un-policia-en-la-entrada-de': ['discoversanta'],
  '2011/04/para-conformarse-se-ha-inventado-el': ['Jota'],
  '2011/05/la-maravillosa-breve-vida-de-lasha-de': ['Vero'],
  '2011/05/una-fiesta': ['discoversanta'],
  '2011/06/las-trampas-de-la-moda': ['Vivi'],
  '2011/06/reciclar-se-ha-dicho': ['Vivi'],
  '2011/07/made-in-argentina': ['Ale Perazzo'],
  '2011/09/mi-estufa-y-yo': ['Melisa Sansotta'],
  '2012/01/cumplir-anos-en-vacaciones': ['Melisa'],
  '2012/05/asi-seran-los-famosos-en-la-cama': ['Ale Perazzo'],
};

const cdata = (s: string) => s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
export function field(xml: string, name: string): string {
  const m = xml.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
  return m ? cdata(m[1]) : '';
}

export function decode(s: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="t">${s.replace(/</g, '&lt;')}</div></body></html>`);
  return String(document.getElementById('t')!.textContent);
}

export function toText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html.replace(/<br\s*\/?>/gi, '\n')}</div></body></html>`);
  const walk = (node: any): string => {
    if (node.nodeType === 3) return String(node.textContent);
    if (node.nodeType !== 1) return '';
    const tag = String(node.tagName).toUpperCase();
    if (tag === 'IMG') return node.getAttribute('alt') ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE') return '';
    let inner = '';
    for (const child of node.childNodes) inner += walk(child);
    return inner;
  };
  return walk(document.getElementById('root'))
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l: string) => l.replace(/\u00a0/g, ' ').replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface RawComment {
  id: string;
  parent: string;
  gmt: string;
  author: string;
  email: string;
  url: string;
  text: string;
}

/** What decides a set's comments beyond its choice of posts: spam ids, editor names (lower-cased), note authors. */
export interface PostRules {
  spam: Set<string>;
  staffNames: Set<string>;
  authors: Record<string, string[]>;
}

/**
 * The comments of the posts whose index in url order passes `take`: each post's threads in pre-order (top-level by
 * <gmt>, ties by id, each followed by its replies), the first KEEP after dropping empty comments and `rules.spam`.
 */
export function readPosts(files: RepositoryFiles, take: (index: number) => boolean, rules: PostRules): SourceComment[] {
  const xml = files.read('comments.xml');
  const posts = xml
    .split('<blogpost>')
    .slice(1)
    .map((b) => b.split('</blogpost>')[0])
    .map((b) => ({ url: decodeURIComponent(field(b, 'url').trim()), body: b }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const out: SourceComment[] = [];
  posts.forEach((post, index) => {
    if (!take(index)) return;
    const page = post.url.replace(/^https?:\/\/[^/]+\//, '').replace(/\.html$/, '');
    const comments: RawComment[] = [...post.body.matchAll(/<comment id='(\d+)' parentid='(\d+)'>([\s\S]*?)<\/comment>/g)].map(
      (m) => ({
        id: m[1],
        parent: m[2],
        gmt: field(m[3], 'gmt'),
        author: decode(decode(field(m[3], 'name'))).trim(),
        email: field(m[3], 'email').trim().toLowerCase(),
        url: field(m[3], 'url').trim().toLowerCase(),
        text: field(m[3], 'text'),
      }),
    );
    const ids = new Set(comments.map((c) => c.id));
    const children = new Map<string, RawComment[]>();
    for (const c of comments) {
      const p = ids.has(c.parent) ? c.parent : '0';
      if (!children.has(p)) children.set(p, []);
      children.get(p)!.push(c);
    }
    for (const list of children.values())
      list.sort((a, b) => (a.gmt < b.gmt ? -1 : a.gmt > b.gmt ? 1 : Number(a.id) - Number(b.id)));
    const ordered: RawComment[] = [];
    const walk = (p: string) => {
      for (const c of children.get(p) ?? []) {
        ordered.push(c);
        walk(c.id);
      }
    };
    walk('0');
    const authors = new Set(rules.authors[page] ?? []);
    let i = 0;
    for (const c of ordered) {
      if (i >= KEEP) break;
      if (rules.spam.has(c.id)) continue;
      const text = toText(c.text);
      if (!text) continue;
      const staff =
        rules.staffNames.has(c.author.toLowerCase()) ||
        STAFF_EMAILS.has(c.email) ||
        c.email.endsWith('@victoriarolanda.com.ar') ||
        /^https?:\/\/(www\.)?victoriarolanda\.com\.ar/.test(c.url) ||
        authors.has(c.author);
      out.push({ page, i: i++, text, author: c.author, staff });
    }
  });
  return out;
}

export default {
  id: 'victoriarolanda-blog',
  repo: 'dientuki/victoria-rolanda',
  commit: '96938819ade13197fcf5398e5dc42e5fd48a3ce9',
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (index) => index % EVERY === 0, { spam: SPAM, staffNames: STAFF_NAMES, authors: AUTHORS });
  },
} satisfies CommentSource;
