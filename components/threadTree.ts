// Orders a thread's comments for reading: top-level comments by time, each followed by its replies
// (indented by depth). A reply whose parent is not stored is shown at top level rather than lost.
import type { QueueItem } from '../lib/store/types';

export interface TreeRow {
  item: QueueItem;
  depth: number;
}

export function threadRows(items: QueueItem[], maxDepth = 6): TreeRow[] {
  const byId = new Map(items.map((item) => [item.comment.id, item]));
  const children = new Map<string | null, QueueItem[]>();
  for (const item of items) {
    const parent = item.comment.parentId && byId.has(item.comment.parentId) ? item.comment.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  const order = (a: QueueItem, b: QueueItem) => timeOf(a) - timeOf(b);
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const item of [...(children.get(parent) ?? [])].sort(order)) {
      if (seen.has(item.comment.id)) continue; // guards against parent cycles in scraped data
      seen.add(item.comment.id);
      rows.push({ item, depth: Math.min(depth, maxDepth) });
      walk(item.comment.id, depth + 1);
    }
  };
  walk(null, 0);
  // Comments caught in a cycle never hang from the root: append them flat.
  for (const item of items) if (!seen.has(item.comment.id)) rows.push({ item, depth: 0 });
  return rows;
}

function timeOf(item: QueueItem): number {
  const time = Date.parse(item.comment.publishedAt ?? '');
  return Number.isFinite(time) ? time : Date.parse(item.comment.firstSeenAt) || 0;
}
