// Jekyll sites converted from WordPress keep each post's comments in its YAML front matter (`comments:`, a list of
// {id, author, content, ...}). The readers of such sites read the list the same way; where the front matter ends is
// the one point they differ on (see `closedByLine`).
import { parse as parseYaml } from 'yaml';

export interface FrontMatterOptions {
  /**
   * The closing `---` must be a whole line (followed by a line break). Off: the first line that starts with `---`
   * closes it, as the first readers had it.
   */
  closedByLine?: boolean;
}

/** The parsed front matter of a page (`---` ... `---` at the top), or {} when there is none. */
export function frontMatter(text: string, { closedByLine = false }: FrontMatterOptions = {}): Record<string, unknown> {
  const m = text.match(closedByLine ? /^---\r?\n([\s\S]*?)\r?\n---\r?\n/ : /^---\r?\n([\s\S]*?)\r?\n---/);
  return m ? (parseYaml(m[1]) ?? {}) : {};
}

/** The front matter's `comments:` list, in file order ([] when there is none). */
export function frontMatterComments<T>(text: string, options?: FrontMatterOptions): T[] {
  const c = frontMatter(text, options).comments;
  return Array.isArray(c) ? (c as T[]) : [];
}
