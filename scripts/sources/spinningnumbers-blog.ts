// spinningnumbers.org: Willy McAllister's English electrical-engineering tutorial site (circuit analysis, charge and
// current, resistor networks, Thévenin, RC/RL/LC/RLC responses, op-amps, Euler's formula, digital logic; the author
// also wrote the Khan Academy EE course). It is a Jekyll site (github.com/willymcallister/willymcallister.github.io);
// reader comments arrive through Staticman as one YAML file per comment, `_data/comments/<post_slug>/comment-<ms>.yml`
// with {_id, _parent, replying_to, message, name, email, date}. `_includes/comments.html` numbers a page's top-level
// comments (replying_to '') 1..N oldest first (it shows them newest first); a reply's `replying_to` holds the number of
// the top-level comment it answers (replies to replies are not offered). The body is shown as
// `{{ message | markdownify }}` (kramdown, GFM input, hard_wrap off).
//
// PAGE RULE (fixed, deterministic): every directory under `_data/comments/` (sorted by path) EXCEPT the Staticman
// how-to pages, whose slugs start with "a-staticman" (a-staticman, a-staticman-and-mailgun, a-staticman-at-heroku,
// a-staticman-test-bed: readers post test comments there). That is every article/topic/video page that has comments
// (62 pages, 2017-2022). Files that are not `.yml` (the stray file `_data/comments/nothing`) are ignored.
// Within a page, comments are read thread by thread: top-level comments oldest first, each followed by its replies
// oldest first (ties by file name). Whole threads are taken while the page's total stays at most 20 comments: the
// first thread that would push it past 20 ends the page (only a-circuit-sandbox, 22 comments, is cut).
// Empty bodies are skipped (none at the pinned commit); there are no pingbacks in Staticman data.
//
// page = the directory name (the post slug, e.g. "a-delta-wye-derivations"; "a-thévenin-s-theorem-proof" is an older
// slug of the same article as "a-thevenin-s-theorem-proof" and is kept as its own page, as the data has it).
// TEXT: Markdown -> HTML (a small kramdown-like step: paragraphs, lists, quotes, code, emphasis, links to their text)
// -> plain text. LaTeX between $...$ is left as typed. Typographic quote substitutions are not applied.
// STAFF: the site's author, who comments as "Willy McAllister" (`site.author`; the template marks those "admin").
import { parse as parseYaml } from 'yaml';
import { blockMarkdown } from './block-markdown';
import { listHtmlToText } from './html-text-lists';
import { threadOrder } from './thread-order';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = '_data/comments/';
const STAFF = 'Willy McAllister';
const MAX_PER_PAGE = 20;

interface RawComment {
  file: string;
  replyingTo: string;
  message: string;
  name: string;
  date: string;
  /** 1-based number among the page's top-level comments, oldest first; 0 for replies. */
  index: number;
}

// ---- Markdown as this blog's comments need it (see block-markdown) ----

// A link target may hold balanced parentheses (circuit-sandbox links carry "dc(1)").
const LINK = /\[([^\]]+)\]\(\s*<?(?:[^()\s>]|\([^()\s]*\))*>?(?:\s+["'][^"']*["'])?\s*\)/g;
// List markers indented at most 3 spaces; no comment holds HTML, so any other "<" is text; indented code ends at a
// blank line; [text][ref] is left as typed.
const MARKDOWN = { listIndent: 3, link: LINK, tagsAsText: true, codeAcrossBlanks: false, referenceLinks: false };

/** A message as the page shows it, in plain text. */
export function commentText(message: string): string {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  return listHtmlToText(blockMarkdown(lines, MARKDOWN), { olStart: true });
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function pageComments(files: RepositoryFiles, dir: string): RawComment[] {
  const raw: RawComment[] = files
    .list(dir)
    .filter((p) => p.endsWith('.yml'))
    .map((file) => {
      const d = (parseYaml(files.read(file)) ?? {}) as Record<string, unknown>;
      const str = (v: unknown) => (v == null ? '' : String(v));
      return { file, replyingTo: str(d.replying_to).trim(), message: str(d.message), name: str(d.name).trim(), date: str(d.date), index: 0 };
    });
  const byDate = (a: RawComment, b: RawComment) => byCode(a.date, b.date) || byCode(a.file, b.file);
  raw
    .filter((c) => c.replyingTo === '')
    .sort(byDate)
    .forEach((c, k) => (c.index = k + 1));
  return threadOrder(raw, {
    id: (c) => (c.index > 0 ? String(c.index) : `reply:${c.file}`),
    parent: (c) => (c.replyingTo === '' ? '' : c.replyingTo),
    compare: byDate,
  });
}

export default {
  id: 'spinningnumbers-blog',
  repo: 'willymcallister/willymcallister.github.io',
  commit: 'ef76b2eb641220bea2fe6a9f2a671b0f93655a70',
  read(files: RepositoryFiles): SourceComment[] {
    const dirs = [...new Set(files.list(ROOT).map((p) => p.slice(ROOT.length).split('/')))]
      .filter((parts) => parts.length === 2)
      .map((parts) => parts[0]);
    const slugs = [...new Set(dirs)].filter((s) => !s.startsWith('a-staticman')).sort(byCode);
    const out: SourceComment[] = [];
    for (const page of slugs) {
      const ordered = pageComments(files, `${ROOT}${page}/`);
      // Group into threads (a top-level comment and its replies; an orphan reply is a thread of its own).
      const threads: RawComment[][] = [];
      for (const c of ordered) {
        if (c.index > 0 || threads.length === 0 || !isReplyTo(c, threads[threads.length - 1][0])) threads.push([c]);
        else threads[threads.length - 1].push(c);
      }
      const kept: RawComment[] = [];
      for (const t of threads) {
        if (kept.length + t.length > MAX_PER_PAGE) break;
        kept.push(...t);
      }
      let i = 0;
      for (const c of kept) {
        const text = commentText(c.message);
        if (!text) continue;
        out.push({ page, i: i++, text, author: c.name, staff: c.name === STAFF });
      }
    }
    return out;
  },
} satisfies CommentSource;

const isReplyTo = (c: RawComment, top: RawComment) => top.index > 0 && c.replyingTo === String(top.index);
