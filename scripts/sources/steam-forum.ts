// Steam Users Forums (forums.steampowered.com, vBulletin 2, 2003-2005: Steam, Counter-Strike, Half-Life 2 and
// dedicated-server help, bug reports and complaints), read from shefben/steam_cms, a recreation of the old Steam
// website whose forums/ folder keeps Wayback copies of the forum's pages: forums/thread_<thread id>.php is the first
// page of one thread (15 posts a page). The files are windows-1252.
//
// Page rule (fixed, deterministic): the candidates are the forums/thread_<id>.php files, sorted by numeric thread id,
// that hold a real thread (a breadcrumb "Steam Users Forums > <section> > <board>"; some files are an empty error
// page), show no page links ("Pages (n)": a thread longer than one page, whose later pages are not in the archive) and
// so are whole, and have MIN..MAX posts with text. Every candidate on a help, support or server board (HELP_BOARDS) is
// taken; of the other candidates (General, game and suggestion boards), in thread-id order, every third one (positions
// 0, 3, 6, ...). All posts of a taken thread are kept in page order; the opening post is i = 0. page = "<thread id>".
//
// Staff: the user title printed under the poster's name names the role: "Valve" (Valve employees), "Moderator",
// "Super Moderator", "Administrator" (other titles are ranks or free text, e.g. "Senior Member", "Banned").
//
// Text: the post body with tags dropped, entities decoded, <br> -> line break. The post's own title line (icon + title)
// is not part of the body. vBulletin quote boxes ("quote:" + "Originally posted by X" + text) become lines prefixed
// "> " (the "quote:" label dropped, "Originally posted by X" kept as the quote's first line); "code:" boxes keep their
// code as plain lines. Smilies have an empty alt in these pages, so each is written as the code the poster typed for it
// (smile.gif -> ":)", ...). The forum-added signature (a line of underscores "__________________" and what follows),
// the "Last edited by ..." footer and the "Report this post to a moderator | IP: Logged" line are dropped.
import { htmlFragment } from './html-fragment';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { quoteLines, tidyLines } from './text-lines';

const MIN = 3;
const MAX = 15;
const HELP_BOARDS = new Set([
  'Steam Support / Help',
  'Community Help and Tips',
  'Support / Help',
  'Cyber Café Program - Support',
  'Linux Dedicated Server',
  'Windows Dedicated Server',
  'Source DS (Linux)',
  'Source SDK',
  'VAC',
]);
const STAFF_TITLE = /\b(Valve|Moderator|Administrator)\b/;

const SMILIES: Record<string, string> = {
  smile: ':)',
  biggrin: ':D',
  frown: ':(',
  wink: ';)',
  tongue: ':p',
  confused: ':confused:',
  eek: ':eek:',
  mad: ':mad:',
  cool: ':cool:',
  rolleyes: ':rolleyes:',
  redface: ':o',
};

const tidy = (t: string) => tidyLines(t, (l) => l.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim());

function bodyText(html: string): string {
  const walk = (node: any, verbatim: boolean): string => {
    if (node.nodeType === 3) return verbatim ? String(node.textContent) : String(node.textContent).replace(/[ \t\n\r\f]+/g, ' ');
    if (node.nodeType !== 1) return '';
    const tag = String(node.tagName).toUpperCase();
    if (tag === 'BR') return '\n';
    if (tag === 'HR') return '\n';
    if (tag === 'IMG') {
      const alt = node.getAttribute('alt') ?? '';
      if (alt) return alt;
      const m = /images\/smilies\/(\w+)\.gif$/.exec(node.getAttribute('src') ?? '');
      return m ? (SMILIES[m[1]] ?? `:${m[1]}:`) : '';
    }
    if (tag === 'SCRIPT' || tag === 'STYLE') return '';
    if (tag === 'BLOCKQUOTE') {
      // <blockquote><font size=1>quote:</font><hr> ... <hr></blockquote>; code: <blockquote><pre><font>code:</font><hr>
      const pre = node.firstElementChild;
      if (pre && String(pre.tagName).toUpperCase() === 'PRE' && /^code:$/i.test(String(pre.firstElementChild?.textContent ?? '').trim())) {
        let code = '';
        for (const c of pre.childNodes) if (c !== pre.firstElementChild) code += walk(c, true);
        return `\n\n${tidy(code)}\n\n`;
      }
      const label = String(node.firstElementChild?.textContent ?? '').trim().toLowerCase();
      let inner = '';
      let skipped = false;
      for (const c of node.childNodes) {
        if (!skipped && c.nodeType === 1 && /^(quote|code|php):$/.test(String(c.textContent).trim().toLowerCase())) {
          skipped = true;
          continue;
        }
        inner += walk(c, verbatim || String(c.tagName ?? '').toUpperCase() === 'PRE');
      }
      if (label === 'code:' || label === 'php:') return `\n\n${tidy(inner)}\n\n`;
      return `\n\n${quoteLines(tidy(inner))}\n\n`;
    }
    let inner = '';
    for (const c of node.childNodes) inner += walk(c, verbatim || tag === 'PRE');
    return ['DIV', 'P', 'TABLE', 'TR', 'UL', 'OL', 'LI', 'PRE'].includes(tag) ? `\n${inner}\n` : inner;
  };
  let text = walk(htmlFragment(html), false);
  const lines = text.split('\n');
  const sig = lines.findIndex((l) => /^\s*_{10,}\s*$/.test(l));
  if (sig >= 0) text = lines.slice(0, sig).join('\n');
  return tidy(text);
}

interface Post { id: string; author: string; staff: boolean; text: string }

const decode = (s: string) => String(htmlFragment(s).textContent).replace(/\u00a0/g, ' ').trim();

/** The thread's board and posts, or undefined when the file is not a whole one-page thread. */
function thread(raw: string): { board: string; posts: Post[] } | undefined {
  const crumb = /Steam Users Forums<\/a> &gt; <a [^>]*>[^<]*<\/a> &gt; <a [^>]*>([^<]*)<\/a> &gt; /.exec(raw);
  if (!crumb) return undefined;
  if (/Pages \(\d+\)/.test(raw)) return undefined;
  const html = raw.replace(/<!--[\s\S]*?-->/g, '');
  const anchors = [...html.matchAll(/<a name="post(\d+)"><\/a>/g)];
  const out: Post[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < anchors.length; k++) {
    const id = anchors[k][1];
    const chunk = html.slice(anchors[k].index!, k + 1 < anchors.length ? anchors[k + 1].index : html.length);
    if (seen.has(id)) continue;
    seen.add(id);
    const head = /<b>([\s\S]*?)<\/b><\/font><br>\s*<font face="verdana,arial,helvetica" size="1" >([\s\S]*?)<\/font>/.exec(chunk);
    if (!head) continue;
    const author = decode(head[1]);
    const title = decode(head[2]);
    const start = chunk.indexOf('<td bgcolor="#3E4637" width="100%" valign="top">');
    const end = chunk.indexOf('<p align="right">', start);
    if (start < 0 || end < 0) continue;
    let body = chunk.slice(start, end).replace(/^<td[^>]*>/, '');
    // The post's title line: <font size="1">[icon] <b>title</b></font>, before the body.
    body = body.replace(/^\s*<font face="verdana,arial,helvetica" size="1" >[\s\S]*?<\/font>/, '');
    body = body.replace(/<p><font face="verdana,arial,helvetica" size="1" ><i>Last edited by[\s\S]*?<\/p>/g, '');
    out.push({ id, author, staff: STAFF_TITLE.test(title), text: bodyText(body) });
  }
  return { board: decode(crumb[1]), posts: out };
}

export default {
  id: 'steam-forum',
  repo: 'shefben/steam_cms',
  commit: '3119acc5e51e6c6f2583e97bec9312578a8cf390',
  read(files: RepositoryFiles): SourceComment[] {
    const paths = files
      .list('forums/thread_')
      .filter((p) => /^forums\/thread_\d+\.php$/.test(p))
      .sort((a, b) => Number(a.slice(14, -4)) - Number(b.slice(14, -4)));
    const out: SourceComment[] = [];
    let other = 0;
    for (const path of paths) {
      const t = thread(files.read(path, 'windows-1252'));
      const posts = t?.posts.filter((p) => p.text);
      if (!t || !posts || posts.length < MIN || posts.length > MAX) continue;
      if (!HELP_BOARDS.has(t.board) && other++ % 3 !== 0) continue;
      const page = path.slice(14, -4);
      posts.forEach((p, i) => out.push({ page, i, text: p.text, author: p.author, staff: p.staff }));
    }
    return out;
  },
} satisfies CommentSource;
