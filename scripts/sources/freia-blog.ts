// 清水川 (Takayuki Shimizukawa)'s blog at freia.jp/taka/blog, a Japanese personal blog on Python, Zope/Plone,
// servers, gadgets and food, in its COREBlog years (2004-2011), read from the reStructuredText files its owner
// converted it to and keeps in his site's repository (site/source/blog/<YYYY>/<MM>/<id>/index.rst). Each post file
// keeps its comments and trackbacks after the post, as rst comment lines (".. :comments:", ".. :author: ...",
// ".. :body:", then the body, every line prefixed ".. ").
//
// Rule of choice (fixed): the post files site/source/blog/<2004-2011>/<MM>/<slug>/index.rst (the slug is the old
// blog's numeric id, or a name for the COREBlog2 posts of late 2005), ordered by the post's ":date:" field (then by
// path); keep the posts that have at least one kept comment; take
// two of every three of them (positions 0, 1, 3, 4, 6, 7, ... in that order: position % 3 != 2); of each keep its
// first 20 kept comments in file order (the order the blog showed them). Kept comments: ".. :comments:" blocks (not
// ".. :trackbacks:"), not empty once turned into text, and not spam (spam read by hand, listed in SPAM below).
// Text: the body lines without their ".. " prefix, HTML entities decoded (the body is plain text, so a literal
// "<p>" or "<xsl:copy>" in it stays); a comment title that is not the automatic "Re: <post title>" (COREBlog showed
// it as the comment's heading, and commenters often began their sentence in it) is kept as the first line.
// Page key: <YYYY>-<MM>-<slug>.
// staff = written by the blog's owner, who comments as 清水川, しみずかわ, shimizukawa or taka.
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const OWNER = new Set(['清水川', 'しみずかわ', 'shimizukawa', 'taka']);
/** Spam read by hand: page key -> the spammers' author names. */
export const SPAM = new Map<string, string[]>([
  ['2007-12-495', ['big fat gay']],
  ['2009-10-675', ['xiangxiang']], // a software advertisement
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', acute: '´', omega: 'ω' };

export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

export function toText(lines: string[]): string {
  return decode(lines.map((l) => l.replace(/^\.\.( |$)/, '')).join('\n'))
    .replace(/\u00a0/g, ' ')
    .split('\n').map((l) => l.replace(/\s+$/, '')).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}

export interface Raw { kind: string; fields: Record<string, string>; body: string[] }

export function blocks(text: string): Raw[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: Raw[] = [];
  let cur: Raw | undefined;
  let inBody = false;
  for (const line of lines) {
    const start = line.match(/^\.\. :(comments|trackbacks):\s*$/);
    if (start) {
      cur = { kind: start[1], fields: {}, body: [] };
      out.push(cur);
      inBody = false;
      continue;
    }
    if (!cur) continue;
    if (!line.startsWith('..')) { cur = undefined; continue; }
    if (inBody) { cur.body.push(line); continue; }
    const f = line.match(/^\.\. :([a-z ]+):\s?(.*)$/);
    if (f && f[1] === 'body') { inBody = true; if (f[2].trim()) cur.body.push('.. ' + f[2]); continue; }
    if (f) cur.fields[f[1]] = f[2].trim();
  }
  return out;
}

/**
 * The posts that have at least one kept comment, in the rule's order (by ":date:", then path), each as all its kept
 * comments in file order. The sets of this blog are chosen from this list by position.
 */
export function commentedPosts(files: RepositoryFiles): SourceComment[][] {
  const posts = files.list('site/source/blog/')
    .map((path) => ({ path, m: path.match(/^site\/source\/blog\/(200\d|201[01])\/(\d\d)\/([^/]+)\/index\.rst$/) }))
    .filter((p) => p.m)
    .map(({ path, m }) => {
      const text = files.read(path);
      const date = text.match(/^:date:\s*(.+?)\s*$/m)?.[1] ?? '';
      return { path, text, date, page: `${m![1]}-${m![2]}-${m![3]}` };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pages: SourceComment[][] = [];
  for (const post of posts) {
    const comments: SourceComment[] = [];
    for (const b of blocks(post.text)) {
      if (b.kind !== 'comments') continue;
      const author = b.fields['author'] ?? '';
      const title = b.fields['title'] ?? '';
      const body = toText(b.body);
      if (body === '' || SPAM.get(post.page)?.includes(author)) continue;
      const head = title && !/^Re\s*:/i.test(title) ? decode(title) + '\n' : '';
      comments.push({ page: post.page, i: comments.length, text: (head + body).trim(), author, staff: OWNER.has(author) });
    }
    if (comments.length) pages.push(comments);
  }
  return pages;
}

export default {
  id: 'freia-blog',
  repo: 'shimizukawa/freia.jp',
  commit: 'cbe77879ac14ef18500d4b41c404efc77b38b32f',
  read(files: RepositoryFiles): SourceComment[] {
    return commentedPosts(files)
      .filter((_, k) => k % 3 !== 2)
      .flatMap((comments) => comments.slice(0, 20));
  },
} satisfies CommentSource;
