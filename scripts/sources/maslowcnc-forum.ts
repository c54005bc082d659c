// Maslow CNC's first community forum (Muut, 2016-09 .. 2017-07; Maslow is an open-source 4x8 ft CNC router kit), read
// from pplante/maslowcnc-old-forums, a browsable backup made from Muut's JSON export by the repository's own
// maslow_forums.py: output/<category>/<thread key>.md holds one thread, "## <title>" then, for the opening post and each
// reply in date order, "Posted on **<date>** by **<display name>**:", a blank line, the body (Muut's text with every
// "\n" doubled and Muut image links rewritten to /images/...), and a "---" rule. The JSON itself is not in the snapshot.
//
// Page rule (fixed, deterministic): a thread is eligible when its file is output/<category>/<key>.md and it has 2..30
// comments after skipping empty bodies. Sort eligible threads by path and take positions 0, STEP, 2*STEP, ... (the
// categories general, technical-details, software-issues, hardware-issues, no-judgement, ... are sorted in with their
// threads). Whole threads, the opening post is i=0 (its title is not part of the text). page = "<category>/<key>".
//
// Staff: Muut's export carries no roles; staff = the Maslow founders who ran the forum and answered: "Bar" (Bar Smith)
// and "hannahteagle" (Hannah Teagle). Active community helpers (davidlang, gero, TheRiflesSpiral, ...) are not staff.
//
// Text: the doubled line breaks halved back, Muut image links ([name](/images/...), ![...](...)) dropped, other
// links [text](url) reduced to their text, HTML entities decoded (Muut wrote "?" as &quest; in places), quote lines
// ("> ...") kept, runs of blank lines collapsed, trimmed.
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['Bar', 'hannahteagle']);
const STEP = 20;
const PATH = /^output\/([^/]+)\/([^/]+)\.md$/;
const HEADER = /^Posted on \*\*(.+?)\*\* by \*\*(.*?)\*\*:\n\n/gm;

const NAMED: Record<string, string> = { quest: '?', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', excl: '!', num: '#', colon: ':', lpar: '(', rpar: ')', ast: '*', lowbar: '_', sol: '/', bsol: '\\', hellip: '…', mdash: '—', ndash: '–' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

export function bodyToText(body: string): string {
  let s = body.replace(/\r\n?/g, '\n');
  // maslow_forums.py wrote body.replace('\n', '\n\n'): every run of newlines has even length; halve it.
  s = s.replace(/\n+/g, (run) => '\n'.repeat(Math.max(1, Math.floor(run.length / 2))));
  s = s.replace(/!?\[[^\]\n]*\]\((?:\/images\/[^)\s]*|[^)\s]*\.(?:jpe?g|png|gif|bmp|webp)(?:\?[^)\s]*)?)\)/gi, '');
  s = s.replace(/!\[[^\]\n]*\]\([^)\s]*\)/g, '');
  s = s.replace(/\[([^\]\n]+)\]\((?:https?:)?\/\/[^)\s]*\)/g, '$1');
  s = decodeEntities(s);
  s = s
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n');
  return s.replace(/\n{3,}/g, '\n\n').trim();
}

function parseThread(page: string, md: string): SourceComment[] {
  const heads = [...md.matchAll(HEADER)];
  const comments: SourceComment[] = [];
  heads.forEach((h, k) => {
    const start = h.index! + h[0].length;
    const end = k + 1 < heads.length ? heads[k + 1].index! : md.length;
    const body = md.slice(start, end).replace(/\n*---\n*$/, '');
    const text = bodyToText(body);
    if (!text) return;
    const author = h[2];
    comments.push({ page, i: comments.length, text, author, staff: STAFF.has(author) });
  });
  return comments;
}

function read(files: RepositoryFiles): SourceComment[] {
  const eligible: SourceComment[][] = [];
  for (const path of files.list('output/')) {
    const m = PATH.exec(path);
    if (!m) continue;
    const comments = parseThread(`${m[1]}/${m[2]}`, files.read(path));
    if (comments.length >= 2 && comments.length <= 30) eligible.push(comments);
  }
  const all: SourceComment[] = [];
  for (let k = 0; k < eligible.length; k += STEP) all.push(...eligible[k]);
  return all;
}

export default {
  id: 'maslowcnc-forum',
  repo: 'pplante/maslowcnc-old-forums',
  commit: '2ea7f0c6ec2b050cf8989163fcdce7ef0e9e2fe9',
  read,
} satisfies CommentSource;
