// Which queue items the exports list, and the thread each belongs to.
import type { QueueItem } from '../store/types';
import { filterQueue } from '../store/queue';

export interface ThreadInfo {
  url: string;
  title: string;
}

/** Open questions and bug reports by non-staff authors, grouped by thread, oldest first. */
export function selectOpenQuestions(items: readonly QueueItem[], now: number = Date.now()): QueueItem[] {
  return filterQueue(items, { needsAttention: true }, 'thread', now);
}

export function threadLookup(threads: readonly ThreadInfo[]): (url: string) => ThreadInfo {
  const byUrl = new Map(threads.map((t) => [t.url, t]));
  return (url) => byUrl.get(url) ?? { url, title: url };
}
