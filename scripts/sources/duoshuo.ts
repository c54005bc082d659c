// Duoshuo (多说) comment exports, as blogs committed them when the service closed in 2017:
// {"generator":"duoshuo","threads":[{thread_id, url, ...}],"posts":[{post_id, thread_id, message, created_at, author_id,
// author_name, ...}]}. Shared by the readers of such exports (barretlee-blog, coande-blog).

export interface Post {
  post_id: string;
  thread_id: string;
  message: string | null;
  created_at: string;
  author_id: string;
  author_name: string | null;
}
export interface Thread {
  thread_id: string;
  url?: string;
}

/**
 * JSON.parse of an export whose ids are 19-digit numbers: they are quoted first, as a JS number would round them and
 * merge different threads.
 */
export function parseDuoshuo<T = { threads: Thread[]; posts: Post[] }>(raw: string): T {
  return JSON.parse(raw.replace(/"(thread_id|post_id|author_id|site_id)":\s*(\d+)/g, '"$1":"$2"')) as T;
}

/**
 * The posts by page, pages in code-unit order of their keys, each page's posts in chronological order (created_at, then
 * file order). `pageOf` gives a post's page key, or null to leave the post out.
 */
export function postsByPage(posts: Post[], pageOf: (post: Post) => string | null): Array<[string, Post[]]> {
  const pages = new Map<string, { at: string; order: number; post: Post }[]>();
  posts.forEach((post, order) => {
    const key = pageOf(post);
    if (key === null) return;
    if (!pages.has(key)) pages.set(key, []);
    pages.get(key)!.push({ at: post.created_at, order, post });
  });
  return [...pages.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => [key, pages.get(key)!.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order)).map(({ post }) => post)]);
}

/** A thread's URL, parsed; null when it has none or it does not parse. */
export function threadUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A message as Duoshuo showed it (it escaped HTML, so the text is plain): \r\n -> \n, trailing spaces dropped, trimmed. */
export function messageText(post: Post): string {
  return String(post.message ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .trim();
}
