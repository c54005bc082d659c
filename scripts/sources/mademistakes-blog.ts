// mademistakes.com ("Made Mistakes"): Michael Rose's English personal blog on digital painting and drawing (iPad,
// Procreate, Paper by FiftyThree, Pencil, Pogo Connect, drawing tutorials) and web development (his Jekyll themes
// Minimal Mistakes, So Simple, HPSTR, Skinny Bones; Staticman comments), 2011-2019. The site is Jekyll; reader
// comments are Staticman data, one YAML file per comment, `src/_data/comments/<post-slug>/comment-<ms>.yml` with
// {name, email (md5), url, message, date, and for a reply `replying_to`}; the older ones were imported from Disqus
// (they also carry id/_parent/avatar). `src/_includes/comments.html` shows a post's comments `| sort`-ed by file
// name: the top-level ones (blank `replying_to`) numbered 1, 2, ... in that order, and after each top-level comment
// number k the replies whose `replying_to` is k (one level only), again by file name. Bodies are rendered with
// `{{ include.message | markdownify }}` (kramdown).
//
// PAGE RULE (fixed, deterministic, blind to content): every directory under `src/_data/comments/` holding 2 or more
// comment files, sorted by name, every 2nd one starting with the second (indices 1, 3, 5, ...); of each, the first 20
// comments in thread order (top-level comment, then its replies; pre-order as the site shows them). Replies whose
// `replying_to` names no top-level comment are not shown by the site and are skipped; comments whose text comes out
// empty are skipped (there are no pingbacks in Staticman data).
//
// page = the directory name (the post slug, e.g. "pencil-53-review"); i = 0-based position in that thread order.
// TEXT: kramdown Markdown -> plain text (kramdown-text: links and images give their text, code kept as typed, quotes
// as "> " lines).
// STAFF: the blog's author, who comments as "Michael Rose" (his own site in `url`). "Wendy Rose" is another person.
import { parse as parseYaml } from 'yaml';
import { kramdownText } from './kramdown-text';
import { commentFilesByPost } from './comment-folders';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = 'src/_data/comments/';
const STAFF = 'Michael Rose';
const PER_PAGE = 20;

const str = (v: unknown) => (v == null ? '' : String(v));

/**
 * A comment file's YAML. Two imported files hold a double-quoted message whose continuation lines start at column 0,
 * which Ruby's YAML parser (Jekyll) accepts and the `yaml` package rejects; those lines are indented by two spaces
 * (which does not change the folded value) and parsed again.
 */
function readYaml(src: string, path: string): unknown {
  try {
    return parseYaml(src);
  } catch {
    const key = /^(replying_to|id|date|updated|_parent|name|url|email|message|avatar|hidden):/;
    try {
      return parseYaml(src.split('\n').map((l) => (key.test(l) || l === '' ? l : `  ${l}`)).join('\n'));
    } catch (error) {
      // The set stops here, naming the file: rebuilt without it, the set would silently lack its comments.
      throw new Error(`${path}: YAML the reader cannot repair (${(error as Error).message.split('\n')[0]})`, { cause: error });
    }
  }
}

interface FileComment {
  file: string;
  name: string;
  message: string;
  replyingTo: string;
}

export default {
  id: 'mademistakes-blog',
  repo: 'mmistakes/made-mistakes-jekyll',
  commit: '778e5cd667af1da070d55bc7ed20cbd5b61d504f',
  read(files: RepositoryFiles): SourceComment[] {
    const pages = commentFilesByPost(files, ROOT)
      .filter(({ paths }) => paths.length >= 2)
      .filter((_, k) => k % 2 === 1);
    const out: SourceComment[] = [];
    for (const { post: page, paths } of pages) {
      const all: FileComment[] = paths.map((file) => {
        const d = (readYaml(files.read(file), file) ?? {}) as Record<string, unknown>;
        return { file, name: str(d.name).trim(), message: str(d.message), replyingTo: str(d.replying_to).trim() };
      });
      const ordered: FileComment[] = [];
      all.filter((c) => c.replyingTo === '').forEach((top, k) => {
        ordered.push(top, ...all.filter((c) => c.replyingTo === String(k + 1)));
      });
      let i = 0;
      for (const c of ordered) {
        if (i >= PER_PAGE) break;
        const text = kramdownText(c.message);
        if (!text) continue;
        out.push({ page, i: i++, text, author: c.name, staff: c.name === STAFF });
      }
    }
    return out;
  },
} satisfies CommentSource;
