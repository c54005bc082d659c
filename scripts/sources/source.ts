// A labelled source that survives a new machine: the text stays in the source's public git repository, the
// repository holds only our labels (data/labels/<id>.jsonl, no text) and this reader, which pulls each comment's
// text out of a local mirror of the repository at a pinned commit. `scripts/rebuild-local-sets.ts` joins the two into
// data/local/<id>.jsonl, the file `npm run eval` and `npm run train` read.
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One comment as the reader finds it; `page` + `i` is its key in the labels file. */
export interface SourceComment {
  page: string;
  /** 0-based position in the page's thread, in reading order (a forum topic's opening post is 0). */
  i: number;
  text: string;
  author?: string;
  /** Written by the blog's author or the forum's staff. */
  staff?: boolean;
}

/** Read-only view of the repository's files at the pinned commit. */
export interface RepositoryFiles {
  /** Paths of every file under `prefix` (all files when empty), sorted. */
  list(prefix?: string): string[];
  /**
   * A file's text, decoded as UTF-8 unless told otherwise (old forum archives are often Latin-1: 'latin1'). A `.gz`
   * file is read unzipped (mailing-list archives keep older months gzipped).
   */
  read(path: string, encoding?: 'utf-8' | 'latin1' | 'windows-1252'): string;
}

export interface CommentSource {
  /** File name of the labels and of the rebuilt set: data/labels/<id>.jsonl, data/local/<id>.jsonl. */
  id: string;
  /** owner/name on GitHub. */
  repo: string;
  /** 40-hex commit the labels were made against. */
  commit: string;
  /** Every comment of the chosen pages, in the order the labeller read them. Deterministic. */
  read(files: RepositoryFiles): SourceComment[];
}

/** A label row: no text, only the key, a fingerprint of the text it was given for, and the labels. */
export interface LabelRow {
  page: string;
  i: number;
  lang: string;
  accept: string[];
  must: string[];
  /** First 12 hex digits of the SHA-256 of the text the labeller read. */
  sha: string;
}

/**
 * The git directory of a repository's mirror under `mirrors`: `<owner>+<name>/repo`, a bare repository, or its `.git`
 * when the snapshot came as a clone with a work tree.
 */
export function mirrorGitDir(mirrors: string, repo: string): string {
  const dir = join(mirrors, repo.replace('/', '+'), 'repo');
  return existsSync(join(dir, '.git')) ? join(dir, '.git') : dir;
}

/** Files of a git mirror at one commit. */
export function gitFiles(gitDir: string, commit: string): RepositoryFiles {
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30 });
  let all: string[] | undefined;
  return {
    list(prefix = '') {
      all ??= git('ls-tree', '-r', '--name-only', '-z', commit).toString('utf8').split('\0').filter(Boolean).sort();
      return all.filter((path) => path.startsWith(prefix));
    },
    read(path, encoding = 'utf-8') {
      const bytes = git('show', `${commit}:${path}`);
      return new TextDecoder(encoding).decode(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
    },
  };
}

/** The reader of a source, scripts/sources/<id>.ts. */
export async function loadSource(id: string): Promise<CommentSource> {
  return (await import(pathToFileURL(join(import.meta.dirname, `${id}.ts`)).href)).default;
}

/** Takes `--mirrors DIR` out of a command's arguments; the default is where the workplace's `fetch` puts mirrors. */
export function mirrorsOption(args: string[]): string {
  const at = args.indexOf('--mirrors');
  return at >= 0 ? args.splice(at, 2)[1] : '/work/.mirror';
}

/** The fingerprint a label row keeps of its text. */
export const textSha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** A labelled comment with its text back: the row `npm run eval` reads from data/local/<id>.jsonl. */
export interface RebuiltRow extends Omit<LabelRow, 'sha'> {
  text: string;
  author?: string;
  staff: boolean;
}

/**
 * Joins labels to the comments a reader found. A label whose comment is gone (`missing`) or whose text changed since
 * it was labelled (`changed`) is left out: its labels were given for another text.
 */
export function joinLabels(comments: readonly SourceComment[], labels: readonly LabelRow[]): { rows: RebuiltRow[]; missing: string[]; changed: string[] } {
  const byKey = new Map(comments.map((c) => [`${c.page}#${c.i}`, c]));
  const rows: RebuiltRow[] = [];
  const missing: string[] = [];
  const changed: string[] = [];
  for (const { sha, ...label } of labels) {
    const key = `${label.page}#${label.i}`;
    const comment = byKey.get(key);
    if (!comment) missing.push(key);
    else if (textSha(comment.text) !== sha) changed.push(key);
    else rows.push({ ...label, text: comment.text, author: comment.author, staff: comment.staff === true });
  }
  return { rows, missing, changed };
}
