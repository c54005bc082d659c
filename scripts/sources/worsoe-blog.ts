// jacobworsoe.dk, the Danish blog of Jacob Worsøe, a web analyst, 2009-2020: Google Analytics and Tag Manager tricks,
// split tests and conversion, SEO (lists of Danish link directories), WordPress, a few personal data projects. Readers
// thank him, ask how to set things up, ask to be added to his link-directory lists, report dead directories, and he
// answers most of them. Read from _data/comments.yml, the WordPress comments he exported into his Jekyll repository
// (plain UTF-8 text keyed by post slug; pingbacks already removed there).
//
// Rule of choice (fixed): every post of the file, sorted by slug; of each, its first 30 comments in chronological
// order (the file's "dd/mm-yyyy - hh:mm" date, then position in the file), the owner's replies included. Comments empty
// once trimmed are skipped, and so is a pingback left in the file (an excerpt "[…] … […]" signed with a page title). staff = written by the blog's owner, author "Jacob Worsøe" (readers named Jacob are not),
// or by the guest author of the post (match-brugerens-mindset-og-tjen-kassen is a guest post by Casper Schneidereit).
import { parse } from 'yaml';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER = 'Jacob Worsøe';
const PER_POST = 30;
const GUEST_AUTHORS: Record<string, string> = { 'match-brugerens-mindset-og-tjen-kassen': 'Casper Schneidereit' };

interface RawComment { author?: unknown; date?: unknown; content?: unknown }

const isPingback = (text: string) => text.startsWith('[…]') && text.endsWith('[…]');

/** "23/10-2019 - 08:31" -> "2019-10-23 08:31", sortable. */
function sortableDate(date: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})-(\d{4}) - (\d{1,2}):(\d{2})$/.exec(date.trim());
  if (!m) return date;
  const pad = (s: string) => s.padStart(2, '0');
  return `${m[3]}-${pad(m[2])}-${pad(m[1])} ${pad(m[4])}:${m[5]}`;
}

export default {
  id: 'worsoe-blog',
  repo: 'jacobworsoe/jacobworsoe-jekyll',
  commit: '927270295bb158b4ea6922f79976bc1b239cea4e',
  read(files: RepositoryFiles): SourceComment[] {
    const data = parse(files.read('_data/comments.yml')) as Record<string, RawComment[] | null>;
    const out: SourceComment[] = [];
    for (const slug of Object.keys(data).sort()) {
      const comments = (data[slug] ?? [])
        .map((c, at) => ({ author: String(c.author ?? '').trim(), date: sortableDate(String(c.date ?? '')), at, text: String(c.content ?? '').trim() }))
        .filter((c) => c.text !== '' && !isPingback(c.text))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at - b.at))
        .slice(0, PER_POST);
      comments.forEach((c, i) => out.push({ page: slug, i, text: c.text, author: c.author, staff: c.author === OWNER || GUEST_AUTHORS[slug] === c.author }));
    }
    return out;
  },
} satisfies CommentSource;
