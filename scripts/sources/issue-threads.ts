// The page rule and text the issue-tracker readers share (GitHub exports, Fail2Ban's SourceForge tracker): a thread is
// eligible when 1..25 of its replies have text; of the eligible threads, in the order given (by number), every
// `every`-th one is taken, starting with the first. Whole threads: i=0 is the opening post (skipped when empty), then
// the replies with text, in order, each as its Markdown renders (github-markdown.ts); a post with no letter or digit,
// before or after that, is skipped. Where the threads come from, who wrote each post and who is staff stay in the
// reader.
import { githubMarkdownToText } from './github-markdown';
import type { RepositoryFiles, SourceComment } from './source';

/** Text a reader would count as a comment: not empty, not a wiped "." placeholder. */
const hasContent = (body: string | null | undefined) => /[\p{L}\p{N}]/u.test(body ?? '');

/** One post of a thread as the export has it. */
export interface ThreadPost {
  body: string | null | undefined;
  author: string | undefined;
  staff: boolean;
}

export interface Thread {
  page: string;
  opening: ThreadPost;
  /** Every reply the reader keeps, in order; those without text are dropped here. */
  replies: ThreadPost[];
}

export interface ThreadRule {
  /** Take every `every`-th eligible thread (default 1: all of them). */
  every?: number;
  /** Instead of `every`: which eligible threads to take, by their 0-based position among the eligible ones. */
  keep?: (position: number) => boolean;
  /** Markdown to text (default GitHub's). */
  toText?: (md: string) => string;
}

/** Every issues/<number>.json of a one-file-per-issue export, parsed, in path order. */
export const readIssueFiles = <T>(files: RepositoryFiles): T[] =>
  files
    .list('issues/')
    .filter((p) => /^issues\/\d+\.json$/.test(p))
    .map((p) => JSON.parse(files.read(p)) as T);

/** The comments of the chosen threads, by the rule at the top of this file. */
export function threadComments(
  threads: Iterable<Thread>,
  { every = 1, keep = (position) => position % every === 0, toText = githubMarkdownToText }: ThreadRule = {},
): SourceComment[] {
  const out: SourceComment[] = [];
  let pos = 0;
  for (const { page, opening, replies } of threads) {
    const withText = replies.filter((r) => hasContent(r.body));
    if (withText.length < 1 || withText.length > 25) continue;
    if (!keep(pos++)) continue;
    let i = 0;
    for (const { body, author, staff } of [opening, ...withText]) {
      if (!hasContent(body)) continue;
      const text = toText(body ?? '');
      if (!hasContent(text)) continue;
      out.push({ page, i: i++, text, author, staff });
    }
  }
  return out;
}
