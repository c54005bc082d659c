// Which items each dashboard view shows: the view's own rule plus the user's filters.
import type { QueueFilter } from '../lib/store/queue';
import type { FilterValues } from './FilterBar';
import { dateInputToIso } from './triageKeys';

export type View = 'queue' | 'followups' | 'threads' | 'all';

export function queueFilterFor(view: View, values: FilterValues, search: string): QueueFilter {
  const filter: QueueFilter = {};
  if (view === 'queue') filter.needsAttention = true;
  if (view === 'followups') filter.followUpsOnly = true;
  if (values.label) filter.labels = [values.label];
  if (values.status && view === 'all') filter.statuses = [values.status];
  if (values.site) filter.site = values.site;
  if (values.threadUrl) filter.threadUrl = values.threadUrl;
  if (values.lang) filter.lang = values.lang;
  const from = dateInputToIso(values.from);
  if (from) filter.from = from;
  const to = dateInputToIso(values.to);
  // "To" is inclusive of the whole day: stop just before the next midnight.
  if (to) filter.to = new Date(new Date(to).getTime() + 86_400_000 - 1).toISOString();
  if (search.trim()) filter.search = search;
  return filter;
}
