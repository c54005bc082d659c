// The WordPress-era comments a Hugo site keeps in one file, data/comments.yaml (as wp2hugo-style converters write
// it): a list of {id, author_name, author_email, author_url, published, parent_id, content, post_url, post_id}. The
// site's template shows a post's comments threaded, top level in file order, each followed by its replies, and
// renders a body with markdownify, so a body is plain text or Markdown with some inline HTML. Shared by the readers
// of such sites (alper-blog, javaetmoi-blog), which differ only in which posts they take and who is staff.
import { parse as parseYaml } from 'yaml';
import { markdownOrHtmlToHtml } from './block-markdown';
import { listHtmlToText } from './html-text-lists';
import { isPingbackExcerpt } from './pingback';
import { threadOrder } from './thread-order';

/** One comment of the file, its ids as strings ('0': no parent) and its body as `body`. */
export interface HugoComment {
  id: string;
  parent_id: string;
  body: string;
  post_url: string;
  author_name?: unknown;
  author_email?: unknown;
  author_url?: unknown;
}

/**
 * The file's comments grouped by post_url, each post's in file order. A comment that names no post belongs to no page
 * and is left out (none at the readers' pinned commits; a later export might hold one).
 */
export function commentsByPost(yaml: string): Map<string, HugoComment[]> {
  const byPost = new Map<string, HugoComment[]>();
  for (const raw of parseYaml(yaml) as Array<Record<string, unknown>>) {
    if (typeof raw.post_url !== 'string' || !raw.post_url.trim()) continue;
    const c = { ...raw, id: String(raw.id), parent_id: String(raw.parent_id ?? '0'), body: String(raw.content ?? ''), post_url: raw.post_url };
    if (!byPost.has(c.post_url)) byPost.set(c.post_url, []);
    byPost.get(c.post_url)!.push(c);
  }
  return byPost;
}

/** A post's comments in the order the template shows them: top level in file order, each followed by its replies. */
export function readingOrder(post: readonly HugoComment[]): HugoComment[] {
  const at = new Map(post.map((c, k) => [c, k]));
  return threadOrder(post, { id: (c) => c.id, parent: (c) => c.parent_id, compare: (a, b) => at.get(a)! - at.get(b)! });
}

/** A pingback or trackback: a body that opens with "[...]". */
export const isPingback = (body: string) => isPingbackExcerpt(body, { inParagraph: true });

/** A body as the site shows it: Markdown (or the WordPress era's HTML) -> HTML -> plain text; lists numbered from
 * their start, as the site's Markdown renderer writes them. */
export const commentText = (body: string) => listHtmlToText(markdownOrHtmlToHtml(body), { olStart: true });
