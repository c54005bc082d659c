// blog.rom1v.com: Romain Vimont's French blog "~rom1v/blog" (2008-2023: GNU/Linux and Ubuntu how-tos, self-hosting,
// free software, HADOPI/LOPPSI politics, money and basic income, Android, C/C++/Rust; a few later posts in English).
// The site is a Jekyll site (github.com/rom1v/blog.rom1v.com). The comments of the WordPress era (and the few later
// ones) are stored as `_data/comments-<yyyy>-<mm>-<slug>.yaml`, one YAML list per post of {id, author, author-url,
// date, pingback?, contents}, in date order, replies flat. `_includes/comments.html` renders each one with
// `{{ comment.contents | liquify | markdownify }}` (kramdown, Jekyll's GFM input, hard_wrap off), so a body is Markdown
// that may hold Liquid tags (`{% highlight x %}...{% endhighlight %}`, `{% post_url ... %}`).
//
// PAGE RULE (fixed, deterministic): list every `_data/comments-*.yaml` file, sorted by path (code-unit order). A comment
// is "real" when it has no `pingback: true` and its `contents` is not blank. Keep the files with 10 or more real
// comments (60 files), and of those every 3rd one, starting with the first (indices 0, 3, 6, ..., 57). Of each kept
// file read the first 20 real comments in file order (skipping any whose text comes out empty).
// This gives 20 posts, 2008-2017, and 357 comments.
//
// page = the file name without `_data/comments-` and `.yaml` (yyyy-mm-slug, the post's id).
// TEXT: Markdown -> HTML -> plain text, as a reader sees it: paragraphs and <br> -> line breaks, soft line breaks
// inside a paragraph -> spaces (hard_wrap is off), links -> their text, code blocks kept line by line, quotes
// ("> ") kept with each line prefixed "> ", list items on their own lines, entities decoded, tags dropped.
// kramdown's typographic substitutions (smart quotes, "..." -> "…", "--" -> "–") are NOT applied: the text keeps the
// commenter's own characters.
// YAML: one file (2010-01-installer-une-application-apk...) holds a double-quoted pingback author that runs onto an
// unindented line; such a line is folded onto the previous one (what YAML's line folding would do) before parsing.
// STAFF: the blog's author, who comments as "®om" (415 comments in the export; no one else uses that name).
import { parse as parseYaml } from 'yaml';
import { listHtmlToText } from './html-text-lists';
import { emphasisToHtml, escapeHtml, Stash } from './markdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const REPO = 'rom1v/blog.rom1v.com';
const COMMIT = '05c2ac5e2664221be7f0a66d95fe0c2ca5b96fc8';
const STAFF = '®om';

interface DataComment {
  id?: unknown;
  author?: unknown;
  pingback?: unknown;
  contents?: unknown;
}

function commentsOf(text: string): DataComment[] {
  // Fold a line that is neither indented, a list entry, nor empty onto the previous line (broken quoted scalar).
  const fixed = text.replace(/\r\n?/g, '\n').replace(/\n(?![ \n-]|$)/g, ' ');
  const data = parseYaml(fixed);
  return Array.isArray(data) ? (data as DataComment[]) : [];
}

const bodyOf = (c: DataComment) => (c.contents == null ? '' : String(c.contents));
const isReal = (c: DataComment) => c.pingback !== true && bodyOf(c).trim() !== '';

// ---- Liquid, as far as comment bodies use it ----

function liquify(body: string): string {
  return body
    .replace(/\{%\s*post_url\s+(\d{4})-(\d{2})-\d{2}-([^\s%]+)\s*%\}/g, '/$1/$2/$3/')
    .replace(/\{%\s*highlight\s+[^%]*%\}\n?([\s\S]*?)\{%\s*endhighlight\s*%\}/g, (_m, code: string) => `\n~~~\n${code.replace(/\n$/, '')}\n~~~\n`);
}

// ---- A small kramdown-like Markdown -> HTML step ----

const LIST_ITEM = /^\s{0,3}([-*+]|\d+\.)\s+/;
const FENCE = /^\s{0,3}(~~~+|```+)/;
const HR = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

function inlineMarkdown(text: string, refs: Set<string>): string {
  const keep = new Stash();
  let s = text.replace(/(`+)([\s\S]+?)\1/g, (_m, _t, code: string) => keep.put(`<code>${escapeHtml(code.trim())}</code>`));
  // Backslash escapes are literal characters.
  s = s.replace(/\\([\\.*_+\-=`()[\]{}#!:|"'$%&<>~^])/g, (_m, ch: string) => keep.put(escapeHtml(ch)));
  s = s.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, (_m, url: string) => keep.put(escapeHtml(url)));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  // Links: [text](url "title"), [text][ref], [text][]; the link text stays.
  for (let k = 0; k < 3; k++) {
    s = s.replace(/\[((?:[^\][]|\[[^\]]*\])*)\]\(\s*<?[^)\s>]*>?(?:\s+["'][^"']*["'])?\s*\)/g, '$1');
    s = s.replace(/\[((?:[^\][]|\[[^\]]*\])*)\]\s?\[[^\]]*\]/g, '$1');
  }
  // Shortcut reference links: [text] with a definition [text]: url.
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
  const lines = liquify(body.replace(/\r\n?/g, '\n'))
    .split('\n')
    .filter((l) => {
      // Reference link definitions are not shown; their ids make [id] a link.
      const def = l.match(/^\s{0,3}\[([^\]]+)\]:\s*\S+/);
      if (def) refs.add(def[1].replace(/\s+/g, ' ').toLowerCase());
      return !def;
    });
  return markdownBlocks(lines, refs);
}

/** A body as the site shows it: Markdown -> HTML -> plain text, list items indented as kramdown lays them out and
 * numbered from their start; blank-only code lines left without their spaces. */
export function commentText(body: string): string {
  return listHtmlToText(markdownToHtml(body), { items: 'indented', olStart: true }).replace(/[ \t]+$/gm, '').trim();
}

export default {
  id: 'rom1v-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles) {
    const posts = files
      .list('_data/comments-')
      .filter((p) => p.endsWith('.yaml'))
      .map((path) => ({ path, comments: commentsOf(files.read(path)).filter(isReal) }))
      .filter((p) => p.comments.length >= 10);
    const out: SourceComment[] = [];
    posts.forEach((post, j) => {
      if (j % 3 !== 0) return;
      const page = post.path.replace(/^_data\/comments-/, '').replace(/\.yaml$/, '');
      let i = 0;
      for (const c of post.comments.slice(0, 20)) {
        const text = commentText(bodyOf(c));
        if (!text) continue;
        const author = String(c.author ?? '').trim();
        out.push({ page, i: i++, text, author, staff: author === STAFF });
      }
    });
    return out;
  },
} satisfies CommentSource;
