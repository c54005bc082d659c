// Comment files kept one folder per post, as Staticman and the Jekyll importers lay them out
// (`_data/comments/<post>/<comment>.yml`).
import type { RepositoryFiles } from './source';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The YAML comment files directly inside each post folder under `root`: posts in name order, each post's files in name
 * order (code-unit order, so the choice of posts does not depend on the locale).
 */
export function commentFilesByPost(files: RepositoryFiles, root: string): { post: string; paths: string[] }[] {
  const byPost = new Map<string, string[]>();
  for (const path of files.list(root)) {
    if (!/\.ya?ml$/.test(path)) continue;
    const rest = path.slice(root.length).split('/');
    if (rest.length !== 2) continue;
    if (!byPost.has(rest[0])) byPost.set(rest[0], []);
    byPost.get(rest[0])!.push(path);
  }
  return [...byPost.keys()].sort(byCodeUnit).map((post) => ({ post, paths: byPost.get(post)!.sort(byCodeUnit) }));
}
