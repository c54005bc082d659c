// PyPy status blog (morepypy.blogspot.com, 2007-2021), kept in the pypy.org Nikola site repository: each post is
// posts/YYYY/MM/<slug>-<id>.{html,rst,md} with a `.meta` file (`.. id: <post id>`), and each imported Blogger comment
// is a hidden pair posts/YYYY/MM/.<slug>-comment-<comment id>.{html,meta}, whose meta holds `.. authors:`, `.. date:`
// and `.. in-reply-to: <post id>` (all comments reply to the post itself: Blogger comments were flat).
//
// Page rule (fixed, deterministic): take every post `.meta` file under posts/ (not the hidden comment files), sorted
// by path; keep posts that have at least one real comment (non-empty text); of those keep every 6th one, starting
// with the 3rd (0-based index % 6 === 2), which spreads the pages over 2007-2020; from each kept post take its
// first 20 real comments ordered by comment date, then comment id. Link spam found in the chosen pages (SPAM, by Blogger
// comment id) is dropped after the pages are chosen, so it does not shift the page selection.
// page = the post slug without its Blogger id (e.g. "2011/04/tutorial-writing-interpreter-with-pypy").
// staff = the comment author is one of the PyPy developers who wrote the blog (the post authors of the blog, except
// Michael Foord's single guest post) or another core PyPy developer posting under their own name (STAFF below:
// Amaury Forgeot d'Arc, Ronan Lamy, Laura Creighton, Jacob Hallén).
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const REPO = 'pypy/pypy.org';
const COMMIT = '4ae3a0984c8a665a1775096012f14c7b860c1eb1';
const K = 6;
const START = 2;
const PER_PAGE = 20;
// Off-topic link/SEO spam in the chosen pages: a link to an unrelated tutorial blog, a "Power Cords" SEO comment.
const SPAM = new Set(['4113119459931982376', '167083569918235377']);

const STAFF = new Set(
  [
    'Maciej Fijalkowski', 'Carl Friedrich Bolz-Tereick', 'Armin Rigo', 'Antonio Cuni', 'mattip', 'Philip Jenvey',
    'holger krekel', 'Romain Guillebert', 'Richard Plangger', 'David Schneider', 'Brian Kearns', 'hodgestar',
    'Wim Lavrijsen', 'Alex', 'Hakan Ardo', 'Alexander Schremmer', 'Samuele Pedroni', 'Benjamin Peterson', 'Bea Düring',
    "Amaury Forgeot d'Arc", 'Amaury', 'Ronan Lamy', 'Laura Creighton', 'Jacob Hallén',
  ].map((n) => n.toLowerCase()),
);

/** A comment's HTML page as text; code (<pre>) keeps its own spaces and line breaks. */
function toText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body>/i, '').replace(/<\/body>[\s\S]*$/i, '');
  return htmlToText(body, { keepWhitespaceIn: ['PRE'] });
}

function metaOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^\.\. ([\w-]+):\s*(.*)$/);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

interface Comment {
  id: string;
  date: string;
  author: string;
  text: string;
}

function read(files: RepositoryFiles): SourceComment[] {
  const all = files.list('posts/');
  const byPost = new Map<string, Comment[]>();
  for (const path of all) {
    const m = path.match(/^posts\/\d{4}\/\d{2}\/\.(.+)-comment-(\d+)\.meta$/);
    if (!m) continue;
    const meta = metaOf(files.read(path));
    const htmlPath = path.replace(/\.meta$/, '.html');
    if (!all.includes(htmlPath)) continue;
    const text = toText(files.read(htmlPath));
    if (!text) continue;
    const post = meta['in-reply-to'];
    if (!byPost.has(post)) byPost.set(post, []);
    byPost.get(post)!.push({ id: meta.id ?? m[2], date: meta.date ?? '', author: meta.authors ?? '', text });
  }
  const posts: { path: string; id: string }[] = [];
  for (const path of all) {
    if (!/^posts\/\d{4}\/\d{2}\/[^./][^/]*\.meta$/.test(path)) continue;
    const id = metaOf(files.read(path)).id;
    if (id && byPost.has(id)) posts.push({ path, id });
  }
  posts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out: SourceComment[] = [];
  posts.forEach(({ path, id }, k) => {
    if (k % K !== START) return;
    const page = path.replace(/^posts\//, '').replace(/-\d+\.meta$/, '').replace(/\.meta$/, '');
    const comments = byPost
      .get(id)!
      .filter((c) => !SPAM.has(c.id))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, PER_PAGE);
    comments.forEach((c, i) =>
      out.push({ page, i, text: c.text, author: c.author, staff: STAFF.has(c.author.trim().toLowerCase()) }),
    );
  });
  return out;
}

export default { id: 'pypy-blog', repo: REPO, commit: COMMIT, read } satisfies CommentSource;
