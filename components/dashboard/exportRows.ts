// Which rows an export from the top bar holds: what staff are looking at. Kept apart from the dashboard so the
// choice reads in one place.
import type { QueueItem } from '../../lib/store/types';
import { filterQueue } from '../../lib/store/queue';
import { needsAttention } from '../../lib/store/status';
import { isFaqQuestion } from '../../lib/export/markdown';
import type { ExportKind } from '../ExportMenu';
import { NO_FILTERS, type FilterValues, type SortKey } from '../FilterBar';
import { queueFilterFor, type View } from '../queueView';

export interface ShownRows {
  view: View;
  /** Every item in memory. */
  items: QueueItem[];
  /** The list's rows: every filter and the search applied. */
  visible: QueueItem[];
  filters: FilterValues;
  sort: SortKey;
  selected: ReadonlySet<string>;
}

/**
 * The selection when there is one, else the open questions and reports among the list's rows, grouped by thread.
 * The Threads view lists no rows: there, the queue's items within the site and thread filters.
 */
export function exportRows(kind: ExportKind, shownRows: ShownRows): QueueItem[] {
  const { view, items, visible, filters, sort, selected } = shownRows;
  const shown = view === 'threads' ? filterQueue(items, queueFilterFor('queue', { ...NO_FILTERS, site: filters.site, threadUrl: filters.threadUrl }, ''), sort) : visible;
  // A selection counts as far as it is shown (the search may hide some of it), as the triage keys take it.
  const chosen = selected.size ? shown.filter((item) => selected.has(item.comment.key)) : shown.filter((item) => needsAttention(item));
  // The FAQ draft holds questions only: count and refuse by what the file will hold.
  return filterQueue(kind === 'md' ? chosen.filter(isFaqQuestion) : chosen, {}, 'thread');
}
