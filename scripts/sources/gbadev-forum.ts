// gbadev.org forum archive (forum.gbadev.org, phpBB, 2002-2018, Game Boy Advance / Nintendo DS homebrew development),
// read from gbadev-org/forum-archive at f10dbc7 (the last commit that still has the thread pages; HEAD deleted them):
// thread/<category>/<topic id>.html, one page per topic. Each post is a div.post with an
// <h4>#<post id> - <author> - <date></h4> header and a div.postbody body. Some pages repeat a post (salvaged from
// several Wayback copies): a post id seen before in the same page is skipped.
//
// Page rule (fixed, deterministic): for each category in CATEGORIES (help/coding/hardware boards first, plus OffTopic)
// list its thread files sorted by numeric topic id (ids grow with time, so this is chronological), and for
// j = 0..K-1 start at position floor((j + 0.5) * n / K) and take the first topic from there on (walking forward) that
// has MIN..MAX distinct posts and was not taken already. Whole topics are kept. page = "<category>/<topic id>".
//
// Staff: the archive does not mark roles. Staff = SimonB (the forum administrator: "SimonB is the administrator", said
// in the forum) and tepples (moderator: "tepples is a moderator now").
//
// Text: the post body with tags dropped, entities decoded, <br> -> line break, smiley <img> -> alt text. phpBB quote
// boxes keep their "X wrote:" / "Quote:" line and every line is prefixed "> "; "Code:" boxes keep the header and the
// code. The forum-added signature (a line of underscores "_________________" and what follows) and the
// "Last edited by" footer (span.gensmall) are dropped.
import { parseHTML } from 'linkedom';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { quoteLines, tidyLines } from './text-lines';

const CATEGORIES: [string, number][] = [
  ['4', 7], // Coding
  ['7', 5], // C/C++
  ['8', 3], // ASM
  ['3', 4], // Hardware
  ['14', 6], // Beginners
  ['18', 7], // DS development
  ['9', 3], // Graphics
  ['10', 2], // Audio
  ['20', 3], // DS Misc
  ['2', 4], // OffTopic
  // Added in a second round (appended, so the topics above stay the same):
  ['19', 4], // DS Flash Equipment
  ['17', 3], // Flash Equipment
  ['15', 2], // Game Design
  ['11', 2], // Help Wanted
  ['6', 2], // Announcements And Comments
  ['23', 2], // DS homebrew announcements
];
const MIN = 3;
const MAX = 15;
const STAFF = new Set(['SimonB', 'tepples']);

const tidy = (t: string) => tidyLines(t, (l) => l.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim());

function bodyText(el: any): string {
  const walk = (node: any, verbatim: boolean): string => {
    if (node.nodeType === 3) return verbatim ? String(node.textContent) : String(node.textContent).replace(/[ \t\n\r\f]+/g, ' ');
    if (node.nodeType !== 1) return '';
    const tag = String(node.tagName).toUpperCase();
    if (tag === 'BR') return '\n';
    if (tag === 'IMG') return node.getAttribute('alt') ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE') return '';
    if (tag === 'SPAN' && node.getAttribute('class') === 'gensmall') return '';
    if (tag === 'TABLE') {
      const head = node.querySelector('span.genmed');
      const quote = node.querySelector('td.quote');
      const code = node.querySelector('td.code');
      const h = head ? tidy(walk(head, false)) : '';
      if (quote) return `\n\n${quoteLines(tidy(`${h}\n${walk(quote, false)}`))}\n\n`;
      if (code) return `\n\n${h}\n${walk(code, false)}\n\n`;
    }
    let inner = '';
    for (const c of node.childNodes) inner += walk(c, verbatim);
    return ['DIV', 'P', 'TABLE', 'TR', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE'].includes(tag) ? `\n${inner}\n` : inner;
  };
  let text = walk(el, false);
  // Forum-added signature: a line of underscores and everything after it.
  const lines = text.split('\n');
  const sig = lines.findIndex((l) => /^\s*_{10,}\s*$/.test(l));
  if (sig >= 0) text = lines.slice(0, sig).join('\n');
  return tidy(text);
}

interface Post { id: string; author: string; text: string }

function posts(html: string): Post[] {
  const { document } = parseHTML(html);
  const out: Post[] = [];
  const seen = new Set<string>();
  for (const div of document.querySelectorAll('div.post')) {
    const h = String(div.querySelector('h4')?.textContent ?? '');
    const m = /^\s*#(\d+) - (.*) - \w{3} \w{3} \d\d, \d{4} \d+:\d\d [ap]m\s*$/.exec(h);
    if (!m) continue;
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    const body = div.querySelector('div.postbody');
    out.push({ id: m[1], author: m[2].trim(), text: body ? bodyText(body) : '' });
  }
  return out;
}

export default {
  id: 'gbadev-forum',
  repo: 'gbadev-org/forum-archive',
  commit: 'f10dbc7b9c4fdc0ca805725f2cca03dd549a4390',
  read(files: RepositoryFiles): SourceComment[] {
    const out: SourceComment[] = [];
    for (const [cat, k] of CATEGORIES) {
      const paths = files
        .list(`thread/${cat}/`)
        .filter((p) => /^thread\/\d+\/\d+\.html$/.test(p))
        .sort((a, b) => Number(a.split('/')[2].slice(0, -5)) - Number(b.split('/')[2].slice(0, -5)));
      const taken = new Set<number>();
      for (let j = 0; j < k; j++) {
        for (let x = Math.floor(((j + 0.5) * paths.length) / k); x < paths.length; x++) {
          if (taken.has(x)) continue;
          const ps = posts(files.read(paths[x]));
          if (ps.length < MIN || ps.length > MAX) continue;
          taken.add(x);
          const page = `${cat}/${paths[x].split('/')[2].slice(0, -5)}`;
          let i = 0;
          for (const p of ps) {
            if (!p.text) continue;
            out.push({ page, i: i++, text: p.text, author: p.author, staff: STAFF.has(p.author) });
          }
          break;
        }
      }
    }
    return out;
  },
} satisfies CommentSource;
