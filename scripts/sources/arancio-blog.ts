// The mixi diary (mixi日記, a blog-style diary on the Japanese social network mixi) of "arancio" (ykinjo), written in
// Japanese from 2005 to the early 2010s: daily life, food and restaurants, travel (New York, Osaka, Nagasaki), cars,
// shopping and news, with long comment threads from mixi friends in which the diary's author answers. The owner backed
// the diary up into his public repository ykinjo/social-archive: one Markdown file per diary entry under
// mixi/diary_md/<YYYY-MM-DD>_<entry id>.md (plus ten old undated <entry id>.md files that only hold mixi's "this diary
// cannot be accessed" page and no comments). Each file holds "# [mixi] <title>", the entry's text, a "## イイネ" list,
// then "## コメント": mixi's page furniture ("**マイリスト**", "マイミク一覧", "**<title>編集する**", the entry's date),
// then the comments, each a header line "**<display name><YYYY年MM月DD日 HH:MM>**" (name and date glued, a no-break
// space before the time) followed by the comment's lines, in date order (mixi threads are flat), and finally the
// side bar's calendar, which starts with a line "**2026年**".
//
// PAGE RULE (fixed, deterministic): take the dated entry files mixi/diary_md/<YYYY-MM-DD>_<id>.md that hold 2 or more
// kept comments, sort them by path (code-unit order, which is date order), and keep every 12th one starting with the
// first (positions 0, 12, 24, ...); of each keep its first 20 kept comments in file order (the order mixi showed them).
// Kept comments: those whose text is not empty (mixi diaries have no pingbacks or trackbacks).
// page = the file name without ".md" (<YYYY-MM-DD>_<entry id>); i = 0-based position among the page's kept comments.
// TEXT: the comment's lines as written (the backup is plain text, no markup or entities), no-break spaces turned into
// spaces, trailing spaces of each line and blank lines at both ends dropped; mixi quotes (lines starting "> " or "＞")
// stay as written.
// STAFF: the diary's author, who comments in his own diary as "arancio" (the diary's "編集する" edit link shows the
// backup was made from his account). All other names, including "退会したユーザー" (a friend whose account was closed),
// are readers.
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const DIR = 'mixi/diary_md/';
export const STAFF = 'arancio';
const ENTRY = /^mixi\/diary_md\/(\d{4}-\d\d-\d\d_\d+)\.md$/;
const HEADER = /^\*\*(.*?)(\d{4}年\d{2}月\d{2}日[ \u00a0]\d{2}:\d{2})\*\*$/;
const CALENDAR = /^\*\*\d{4}年\*\*$/;

/** The comments of one entry file, in file order, as {author, text}; empty texts included. */
export function entryComments(md: string): { author: string; text: string }[] {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.indexOf('## コメント');
  if (start < 0) return [];
  const out: { author: string; lines: string[] }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (CALENDAR.test(line)) break;
    const h = line.match(HEADER);
    if (h) out.push({ author: h[1].trim(), lines: [] });
    else if (out.length > 0) out[out.length - 1].lines.push(line);
  }
  return out.map((c) => ({
    author: c.author,
    text: c.lines
      .map((l) => l.replace(/\u00a0/g, ' ').replace(/\s+$/, ''))
      .join('\n')
      .replace(/^\n+|\n+$/g, ''),
  }));
}

/** The entries with 2 or more kept comments, sorted by path, whose 0-based index k passes `keep`; first 20 each. */
export function readEntries(files: RepositoryFiles, keep: (k: number) => boolean): SourceComment[] {
  const pages: { page: string; comments: { author: string; text: string }[] }[] = [];
  for (const path of files.list(DIR)) {
    const m = path.match(ENTRY);
    if (!m) continue;
    const comments = entryComments(files.read(path)).filter((c) => c.text.trim() !== '');
    if (comments.length >= 2) pages.push({ page: m[1], comments });
  }
  const out: SourceComment[] = [];
  pages.forEach((p, k) => {
    if (!keep(k)) return;
    p.comments.slice(0, 20).forEach((c, i) => out.push({ page: p.page, i, text: c.text, author: c.author, staff: c.author === STAFF }));
  });
  return out;
}

export default {
  id: 'arancio-blog',
  repo: 'ykinjo/social-archive',
  commit: '18a2a659cc675e1b2bfdc5076adf701c0635846b',
  read(files: RepositoryFiles): SourceComment[] {
    return readEntries(files, (k) => k % 12 === 0);
  },
} satisfies CommentSource;
