// eduardoboucas.com: Eduardo Bouças's English web-development blog (Jekyll, Sass/include-media, BEM, Staticman, which
// he wrote, SpeedTracker, microservices; 2014-2018). Reader comments are Staticman data, one YAML file per comment,
// `_data/comments/<post-slug>/<name>.yml` with {name, email (md5), url, message, date}; a few newer ones also carry
// _id/_parent, which the site never used: comments are shown flat. The comment data was removed from the repository
// when the site moved to 11ty (348666c, 2018-05-28), so we read the last commit that still has it.
// `_includes/partials/post-comments.html` lists a post's comments `| sort`-ed by file name and renders each body with
// `{{ include.message | markdownify }}` (kramdown).
//
// PAGE RULE (fixed, deterministic): every directory under `_data/comments/` (sorted by name), i.e. every post with
// comments (32 posts, 176 files), all comments of each. Within a page, comments are read oldest first by their `date`
// (unix seconds, or an ISO date string in the older files), ties by file name; a file without a date goes after the
// dated ones, by file name. Empty bodies are skipped. There are no pingbacks in Staticman data. SEO spam is skipped:
// the comments signed with a product or company name whose link goes to an app-download or commercial site and whose
// body is generic praise (the fixed list SPAM_AUTHORS: 10 comments at the pinned commit).
//
// page = the directory name (the post slug, e.g. "2014-12-07-including-and-managing-images-in-jekyll").
// TEXT: kramdown Markdown -> plain text (kramdown-text: links and images give their text, code kept as typed).
// STAFF: the blog's author, who comments as "Eduardo Bouças" or "Eduardo Boucas".
import { parse as parseYaml } from 'yaml';
import { kramdownText } from './kramdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = '_data/comments/';
const STAFF = new Set(['Eduardo Bouças', 'Eduardo Boucas']);

const SPAM_AUTHORS = new Set(['lolnexus', 'yareel', 'Timesjobs', 'PHP Development company', 'aprender online', 'adityadev', 'piccosoft']);

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Milliseconds since the epoch of a comment's `date`, or NaN. */
function when(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v < 1e11 ? v * 1000 : v;
  if (typeof v === 'string' && v.trim()) {
    if (/^\d+$/.test(v.trim())) return when(Number(v.trim()));
    return Date.parse(v.trim());
  }
  return NaN;
}

/**
 * A comment file's YAML. The older files (imported from the blog's earlier jekyll-discuss comments, 2015) hold a
 * double-quoted message whose continuation lines start at column 0, which Ruby's YAML parser accepted and the `yaml`
 * package rejects; those lines are indented by two spaces (which does not change the folded value) and parsed again.
 */
function readYaml(src: string): unknown {
  try {
    return parseYaml(src);
  } catch {
    return parseYaml(src.split('\n').map((l) => (/^(name|date|email|url|message|address|timestamp|_id|_parent):/.test(l) || l === '' ? l : `  ${l}`)).join('\n'));
  }
}

export default {
  id: 'eduardoboucas-blog',
  repo: 'eduardoboucas/eduardoboucas.com',
  commit: '8d8d458bc9644967ef0219cfa1d6e530f8a7fabd',
  read(files: RepositoryFiles): SourceComment[] {
    const paths = files.list(ROOT).filter((p) => p.endsWith('.yml') && p.slice(ROOT.length).split('/').length === 2);
    const pages = [...new Set(paths.map((p) => p.slice(ROOT.length).split('/')[0]))].sort(byCode);
    const out: SourceComment[] = [];
    for (const page of pages) {
      const raw = paths
        .filter((p) => p.startsWith(`${ROOT}${page}/`))
        .map((file) => {
          const d = (readYaml(files.read(file)) ?? {}) as Record<string, unknown>;
          const str = (v: unknown) => (v == null ? '' : String(v));
          return { file, name: str(d.name).trim(), message: str(d.message), t: when(d.date ?? d.timestamp) };
        });
      raw.sort((a, b) => {
        const an = Number.isNaN(a.t), bn = Number.isNaN(b.t);
        if (an !== bn) return an ? 1 : -1;
        return (an ? 0 : a.t - b.t) || byCode(a.file, b.file);
      });
      let i = 0;
      for (const c of raw) {
        const text = kramdownText(c.message);
        if (!text || SPAM_AUTHORS.has(c.name)) continue;
        out.push({ page, i: i++, text, author: c.name, staff: STAFF.has(c.name) });
      }
    }
    return out;
  },
} satisfies CommentSource;
