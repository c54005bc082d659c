// The numbers beside each view's tab and in the sites panel, and the languages the filter offers: counted over
// every item in memory, whatever the filters show.
import type { QueueItem } from '../../lib/store/types';
import { isOpenFollowUp, needsAttention } from '../../lib/store/status';
import type { SiteCount } from '../SitesPanel';

export interface ViewCounts {
  queue: number;
  followups: number;
  threads: number;
  all: number;
  /** Sites with the most open items first. */
  sites: SiteCount[];
}

export function countViews(items: QueueItem[], threadCount: number, now: number): ViewCounts {
  let queue = 0;
  let followups = 0;
  const perSite = new Map<string, SiteCount>();
  for (const item of items) {
    const attention = needsAttention(item, now);
    const followUp = isOpenFollowUp(item, now);
    if (attention) queue += 1;
    if (followUp) followups += 1;
    let site = perSite.get(item.comment.site);
    if (!site) perSite.set(item.comment.site, (site = { site: item.comment.site, open: 0, followUps: 0 }));
    if (attention) site.open += 1;
    if (followUp) site.followUps += 1;
  }
  const sites = [...perSite.values()].sort((a, b) => b.open - a.open || a.site.localeCompare(b.site));
  return { queue, followups, threads: threadCount, all: items.length, sites };
}

/** The comments' languages without region ("pt" for "pt-BR"), sorted. */
export function languagesOf(items: QueueItem[]): string[] {
  return [...new Set(items.map((item) => item.comment.lang?.split('-')[0]).filter((x): x is string => !!x))].sort();
}
