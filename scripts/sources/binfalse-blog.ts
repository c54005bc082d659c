// binfalse.de: Martin Scharm's personal tech how-to blog (2010-2023; Linux administration, Nagios/Icinga monitoring
// scripts, R, Java, Docker, his YOURLS browser extensions; English with some German). The Jekyll site
// (github.com/binfalse/binfalse.de) keeps every comment as one YAML file under `_data/comments/<slug>/`: the comments
// imported from WordPress (`yyyy-mm-dd-hh-mm-ss.yml`, a `---` framed document {_id, _parent, date, link, message,
// name, post_id}) and the later Staticman ones (`comment_<ms>.yml`, {_id, name, link, message, captcha, date}).
// `_includes/comments.html` shows a post's comments sorted by file name (`site.data.comments[slug] | sort`; the
// WordPress-era names sort before `comment_...`), each body as `{{ message | markdownify }}` (kramdown). No comment at
// the pinned commit is a reply to another (every `_parent` equals its own `_id`), so the thread is flat.
//
// PAGE RULE (fixed, deterministic): every directory under `_data/comments/` (one per post, 2010-2024), sorted by name
// (code-unit order); of each, the first 20 real comments in file-name order. A comment is not real when it is a
// pingback/trackback (the body opens with "[...]" or with a bold "<strong>Title...</strong>" excerpt), when its
// text comes out empty, or when it is one of the spam/boilerplate comments listed in SKIP (WordPress' default "Mr
// WordPress" comment, SEO link drops). Posts left without real comments drop out.
//
// page = the directory name (the post's slug). i = position among the post's real comments.
// TEXT: Markdown -> HTML -> plain text, as a reader sees it: paragraphs and <br> -> line breaks, soft line breaks
// inside a paragraph -> spaces, links -> their text, code blocks kept line by line, quotes ("> ") kept with each line
// prefixed "> ", list items on their own lines, entities decoded, tags dropped. kramdown's typographic substitutions
// are NOT applied. Some old comments (the "microscope-puzzle" game) hold the author's bold remarks written into the
// commenter's body; they are part of the body as shown and are kept.
// STAFF: the blog's author, Martin Scharm: a comment whose `link` is on binfalse.de or codeahoi.de (his own sites; he
// signs as "Martin Scharm", "martin", "Martin", "binfalse"). "Martin S." / "Martin" of meet-unix.org and "Martin
// Steinbach" are other people.
import { parseAllDocuments } from 'yaml';
import { listHtmlToText } from './html-text-lists';
import { displayName } from './html-text';
import { emphasisToHtml, escapeHtml, Stash } from './markdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = '_data/comments/';
// _id prefixes of spam or boilerplate comments (not comments of a reader on the post).
const SKIP = new Set([
  '222f68', // hello-world: WordPress' default comment by "Mr WordPress"
  '3ea3c0', // inspecting-java-startups: SEO spam (link in the name)
  'cc4d2e', // java-lang-outofmemoryerror-java-heap-space: self-promoting link drop
  '5053ee', // record-stream-using-vlc: spam
  'a6a1ee', // record-stream-using-vlc: spam ("share this article regarding ...")
  'f48c0d', // run-your-private-firefox-sync-server: bare link to another site
]);

interface DataComment {
  _id?: unknown;
  name?: unknown;
  link?: unknown;
  message?: unknown;
}

const isPingback = (body: string) => /^\s*(\[(\.\.\.|…|&#8230;)\]|<strong>[^<]*(\.\.\.|…|&#8230;)<\/strong>)/.test(body);
const isStaff = (link: string) => /^https?:\/\/([a-z0-9-]+\.)*(binfalse\.de|codeahoi\.de)(\/|$)/i.test(link.trim());

// ---- A small kramdown-like Markdown -> HTML step ----

const LIST_ITEM = /^\s{0,3}([-*+]|\d+\.)\s+/;
const FENCE = /^\s{0,3}(~~~+|```+)/;
const HR = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

function inlineMarkdown(text: string, refs: Set<string>): string {
  const keep = new Stash();
  let s = text.replace(/(`+)([\s\S]+?)\1/g, (_m, _t, code: string) => keep.put(`<code>${escapeHtml(code.trim())}</code>`));
  s = s.replace(/\\([\\.*_+\-=`()[\]{}#!:|"'$%&<>~^])/g, (_m, ch: string) => keep.put(escapeHtml(ch)));
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, (_m, url: string) => keep.put(escapeHtml(url)));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  for (let k = 0; k < 3; k++) {
    s = s.replace(/\[((?:[^\][]|\[[^\]]*\])*)\]\(\s*<?[^)\s>]*>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1');
    s = s.replace(/\[((?:[^\][]|\[[^\]]*\])*)\]\s?\[[^\]]*\]/g, '$1');
  }
  s = s.replace(/\[([^\][]+)\](?!\s?[[(:])/g, (m, t: string) => (refs.has(t.replace(/\s+/g, ' ').toLowerCase()) ? t : m));
  s = emphasisToHtml(s);
  s = s.replace(/ {2,}\n/g, '<br>\n').replace(/\\\n/g, '<br>\n');
  return keep.restore(s);
}
function markdownBlocks(lines: string[], refs: Set<string>): string {
  const out: string[] = [];
  const blank = (l: string) => /^\s*$/.test(l);
  const indented = (l: string) => /^( {4}|\t)/.test(l);
  let k = 0;
  while (k < lines.length) {
    const line = lines[k];
    if (blank(line)) {
      k++;
      continue;
    }
    const fence = line.match(FENCE);
    if (fence) {
      const close = new RegExp(`^\\s{0,3}${fence[1][0] === '~' ? '~' : '`'}{${fence[1].length},}\\s*$`);
      const code: string[] = [];
      k++;
      while (k < lines.length && !close.test(lines[k])) code.push(lines[k++]);
      k++;
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (indented(line)) {
      const code: string[] = [];
      while (k < lines.length) {
        if (indented(lines[k])) code.push(lines[k++]);
        else if (blank(lines[k])) {
          let j = k;
          while (j < lines.length && blank(lines[j])) j++;
          if (j < lines.length && indented(lines[j])) {
            while (k < j) {
              code.push('');
              k++;
            }
          } else break;
        } else break;
      }
      out.push(`<pre><code>${escapeHtml(code.map((l) => l.replace(/^( {4}|\t)/, '')).join('\n'))}</code></pre>`);
      continue;
    }
    if (HR.test(line)) {
      out.push('<hr>');
      k++;
      continue;
    }
    const heading = line.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    if (heading) {
      out.push(`<h3>${inlineMarkdown(heading[1], refs)}</h3>`);
      k++;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      // A quote runs until a blank line (lazy continuation lines belong to it).
      const inner: string[] = [];
      while (k < lines.length && !blank(lines[k])) inner.push(lines[k++].replace(/^\s{0,3}> ?/, ''));
      out.push(`<blockquote>${markdownBlocks(inner, refs)}</blockquote>`);
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const num = line.match(/^\s*(\d+)\./);
      const items: string[] = [];
      while (k < lines.length) {
        const l = lines[k];
        if (LIST_ITEM.test(l)) items.push(l.replace(LIST_ITEM, ''));
        else if (!blank(l)) items[items.length - 1] += '\n' + l.trim();
        else {
          let j = k;
          while (j < lines.length && blank(lines[j])) j++;
          if (j < lines.length && LIST_ITEM.test(lines[j])) {
            k = j;
            continue;
          }
          if (j < lines.length && /^\s{2,}\S/.test(lines[j]) && !indented(lines[j])) {
            items[items.length - 1] += '\n\n';
            k = j;
            continue;
          }
          break;
        }
        k++;
      }
      const open = num ? `<ol start="${Number(num[1])}">` : '<ul>';
      const body = items.map((it) => `<li>${it.split(/\n\s*\n/).map((p) => inlineMarkdown(p.trim(), refs)).join('<br><br>')}</li>`).join('');
      out.push(`${open}${body}${num ? '</ol>' : '</ul>'}`);
      continue;
    }
    // A paragraph: up to a blank line, a fence, a quote or a list item.
    const para: string[] = [];
    while (k < lines.length && !blank(lines[k])) {
      const l = lines[k];
      if (para.length && (FENCE.test(l) || /^\s{0,3}>/.test(l) || LIST_ITEM.test(l) || /^\s{0,3}#{1,6}\s/.test(l))) break;
      para.push(l);
      k++;
    }
    out.push(`<p>${inlineMarkdown(para.join('\n'), refs)}</p>`);
  }
  return out.join('\n');
}

function markdownToHtml(body: string): string {
  const refs = new Set<string>();
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => {
      const def = l.match(/^\s{0,3}\[([^\]]+)\]:\s*\S+/);
      if (def) refs.add(def[1].replace(/\s+/g, ' ').toLowerCase());
      return !def;
    });
  return markdownBlocks(lines, refs);
}

export function commentText(body: string): string {
  return listHtmlToText(markdownToHtml(body), { items: 'indented', olStart: true }).replace(/[ \t]+$/gm, '').trim();
}

function commentOf(yamlText: string): DataComment {
  // The WordPress-era files are framed by `---` lines: the comment is the first document.
  const docs = parseAllDocuments(yamlText.replace(/\r\n?/g, '\n'));
  const first = (Array.isArray(docs) ? docs : [docs]).find((d: any) => d.contents != null) as any;
  return (first?.toJS() ?? {}) as DataComment;
}

export default {
  id: 'binfalse-blog',
  repo: 'binfalse/binfalse.de',
  commit: '99b0654e326c7489bec35ce0ab829e5dba0fdfa7',
  read(files: RepositoryFiles): SourceComment[] {
    const byPost = new Map<string, string[]>();
    for (const path of files.list(ROOT)) {
      if (!/\.ya?ml$/.test(path)) continue;
      const rest = path.slice(ROOT.length).split('/');
      if (rest.length !== 2) continue;
      if (!byPost.has(rest[0])) byPost.set(rest[0], []);
      byPost.get(rest[0])!.push(path);
    }
    const out: SourceComment[] = [];
    for (const slug of [...byPost.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const paths = byPost.get(slug)!.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      let i = 0;
      for (const path of paths) {
        if (i >= 20) break;
        const c = commentOf(files.read(path));
        const id = String(c._id ?? '');
        if ([...SKIP].some((p) => id.startsWith(p))) continue;
        const body = c.message == null ? '' : String(c.message);
        if (isPingback(body)) continue;
        const text = commentText(body);
        if (!text) continue;
        const link = c.link == null ? '' : String(c.link);
        out.push({ page: slug, i: i++, text, author: displayName(c.name), staff: isStaff(link) });
      }
    }
    return out;
  },
} satisfies CommentSource;
