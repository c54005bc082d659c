// Which URL comment links are built on. A page read from its own web address links to itself; a saved page
// opened from disk (file:, about:, blob:) links to the thread's canonical URL when it declares one, so the
// permalinks in the queue and in exports open the real thread rather than a local file.
import type { ExtractResult } from '../thread';
import { canonicalUrl, withoutHash } from './ids';

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** The base for this page's permalinks: ctx.url when it is a web page, else the declared canonical URL. */
export function permalinkBase(doc: Document, pageUrl: string): string {
  if (isWebUrl(pageUrl)) return withoutHash(pageUrl);
  const canonical = canonicalUrl(doc, pageUrl);
  return isWebUrl(canonical) ? canonical : withoutHash(pageUrl);
}

/**
 * Moves permalinks built on a local page URL onto the thread's web URL (same fragment).
 * Links that already point at the web (fetched pages, platform permalinks) are left alone.
 */
export function rebasePermalinks(result: ExtractResult, pageUrl: string): ExtractResult {
  if (isWebUrl(pageUrl) || !isWebUrl(result.thread.url)) return result;
  const local = withoutHash(pageUrl);
  for (const comment of result.comments) {
    if (comment.permalink === local || comment.permalink.startsWith(`${local}#`)) {
      comment.permalink = result.thread.url + comment.permalink.slice(local.length);
    }
  }
  return result;
}
