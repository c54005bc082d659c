// Which address a scanned thread is filed under. Pure, so the background and the tests share it.
import type { ExtractResult, ScanNote } from '../thread';
import { safeHttpUrl } from '../safe-url';
import { threadOnPageSite } from './ids';

/**
 * The thread as read, filed under an address of the scanned tab's own site. A page names its thread's address itself
 * (a canonical link, a comment frame's host page): one that names another site's thread is kept under the tab's own
 * address instead, so no page can add comments to, or flag as gone the comments of, a thread staff scanned elsewhere.
 */
export function keptOnThisSite(extracted: ExtractResult, tabUrl: string): ExtractResult {
  const tab = safeHttpUrl(tabUrl);
  if (!tab || threadOnPageSite(extracted.thread.url, tab)) return extracted;
  const own = tab.split('#')[0];
  const warning: ScanNote = { key: 'note.otherSiteAddress', vars: { url: extracted.thread.url, own } };
  return { ...extracted, thread: { ...extracted.thread, url: own, warnings: [...extracted.thread.warnings, warning] } };
}
