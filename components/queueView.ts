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
  // "To" is inclusive of the whole day: stop just before the next local midnight (a day of 23 or 25 hours where the
  // clocks change, so not 24 hours on).
  if (to) {
    const day = new Date(to);
    filter.to = new Date(new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime() - 1).toISOString();
  }
  if (search.trim()) filter.search = search;
  return filter;
}
