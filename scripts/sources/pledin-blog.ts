// Pledin (www.josedomingo.org/pledin): José Domingo Muñoz's Spanish blog on GNU/Linux system administration, networks,
// Docker, Kubernetes, OpenStack, Python and teaching (IES Gonzalo Nazareno, Dos Hermanas), 2006-. A Jekyll site
// (github.com/josedom24/blog_pledin, theme minimal-mistakes); since May 2021 reader comments arrive through Staticman
// as one YAML file per comment, `_data/comments/<post slug>/comment-<ms>.yml`, with {_id, message, name, email, url,
// hidden, date}; older comments (from 2010 on, of the WordPress and Disqus years) were copied in by hand as comment-<n>.yaml with the
// same fields (`id` instead of `_id`). There is no reply field: threads are flat. The theme shows the body with
// `{{ message | markdownify }}` (kramdown); the copied-in bodies hold some HTML (<p>, <br>), which kramdown passes on.
//
// PAGE RULE (fixed, deterministic): every directory under `_data/comments/` at the pinned commit (sorted by path; 40
// pages, 130 comment files, both .yml and .yaml), every comment of each. Within a page, comments are read oldest
// first by their `date` (ties by file name). Empty bodies are skipped (none at the pinned commit); Staticman data has
// no pingbacks; one stock spam comment is left out (SPAM below), so 129 comments are read.
//
// page = the directory name (the post slug; "about" is the "Acerca de" page).
// Files that continue a quoted message at column 0 are read as Jekyll reads them (see `lenient`).
// TEXT: Markdown -> HTML (kramdown-like, see kramdown-text) -> plain text.
// STAFF: the blog's author, who comments as "José Domingo Muñoz", "José Domingo" or "Jose Domingo Muñoz".
import { parse as parseYaml } from 'yaml';
import { kramdownText } from './kramdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = '_data/comments/';
const STAFF = new Set(['José Domingo Muñoz', 'José Domingo', 'Jose Domingo Muñoz']);

// Some hand-copied files continue a double-quoted message on lines that start at column 0. Jekyll's YAML reader
// (libyaml) takes those lines as part of the string; strict YAML does not, so they are indented before parsing.
const KEY = /^(_id|id|message|name|email|url|hidden|date):/;
const lenient = (yaml: string) => yaml.replace(/\r\n?/g, '\n').split('\n').map((l) => (l === '' || KEY.test(l) || /^\s/.test(l) ? l : `  ${l}`)).join('\n');

/** A message as the page shows it. Two bodies hold a <pre> block (kept verbatim, as a fenced block) or a stray <pre>
 * left open at the very end (it shows nothing). */
export function commentText(message: string): string {
  const md = message
    .replace(/\r\n?/g, '\n')
    .replace(/<pre>\n?([\s\S]*?)\n?<\/pre>/g, (_m, code: string) => `\n\n\`\`\`\n${code}\n\`\`\`\n\n`)
    .replace(/\s*<pre>\s*$/, '');
  return kramdownText(md);
}

// Spam the blog let through: a stock English "Pretty nice post ... subscribing on your feed" under a keyword name.
const SPAM = new Set(['_data/comments/configurar-wireless-en-dell-vostro-3350-con-debian-squeeze/comment-3.yml']);

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function read(files: RepositoryFiles): SourceComment[] {
  const paths = files.list(ROOT).filter((p) => /\.ya?ml$/.test(p));
  const pages = [...new Set(paths.map((p) => p.slice(ROOT.length).split('/')[0]))].filter((d) => paths.some((p) => p.startsWith(`${ROOT}${d}/`))).sort(byCode);
  const out: SourceComment[] = [];
  for (const page of pages) {
    const raw = paths
      .filter((p) => p.startsWith(`${ROOT}${page}/`))
      .map((file) => {
        const d = (parseYaml(lenient(files.read(file))) ?? {}) as Record<string, unknown>;
        const str = (v: unknown) => (v == null ? '' : String(v));
        return { file, name: str(d.name).trim(), date: str(d.date), text: commentText(str(d.message)) };
      })
      .filter((c) => c.text !== '' && !SPAM.has(c.file))
      .sort((a, b) => byCode(a.date, b.date) || byCode(a.file, b.file));
    raw.forEach((c, i) => out.push({ page, i, text: c.text, author: c.name, staff: STAFF.has(c.name) }));
  }
  return out;
}

export default {
  id: 'pledin-blog',
  repo: 'josedom24/blog_pledin',
  commit: '4487eadb94ca11033e8fb18cc8cead5c56d04af7',
  read,
} satisfies CommentSource;
