// The JSON export: the CLI's ThreadExport format (lib/thread.ts, documented in the README), for
// one thread or several.
import type { AnalysedComment, ScrapedThread, ThreadExport } from '../thread';
import type { QueueItem } from '../store/types';
import type { ThreadInfo } from './select';

/** A thread as exported; `commentCount` is how many comments were read from it, when that differs from `comments`. */
export type ExportedThread = Pick<ScrapedThread, 'url' | 'title' | 'platform' | 'author'> & { commentCount?: number };

/**
 * `thread.commentCount` is the thread's count (the given one, else every comment given, as the CLI gives them);
 * `thread.exportedCount` is how many comments this export holds.
 */
export function toThreadExport(thread: ExportedThread, comments: readonly AnalysedComment[]): ThreadExport {
  return {
    thread: {
      url: thread.url, title: thread.title, platform: thread.platform, author: thread.author,
      commentCount: thread.commentCount ?? comments.length, exportedCount: comments.length,
    },
    comments: comments.map((c) => ({
      id: c.id, author: c.author, publishedAt: c.publishedAt, text: c.text, permalink: c.permalink, parentId: c.parentId,
      staff: c.staff, labels: [...c.labels], scores: { ...c.scores }, reply: c.reply ? { ...c.reply } : null, followUp: c.followUp,
    })),
  };
}

export interface MultiThreadExport {
  format: 'threadsift-threads';
  exportedAt: string;
  threads: ThreadExport[];
}

export function toMultiThreadExport(threads: ReadonlyArray<{ thread: ExportedThread; comments: readonly AnalysedComment[] }>, exportedAt: Date = new Date()): MultiThreadExport {
  return { format: 'threadsift-threads', exportedAt: exportedAt.toISOString(), threads: threads.map((t) => toThreadExport(t.thread, t.comments)) };
}

/** A stored thread as the multi-thread export reads it (a ThreadRecord fits). */
type StoredThreadInfo = ThreadInfo & Partial<Pick<ScrapedThread, 'platform' | 'author'>> & { commentCountRead?: number };

/**
 * Stored queue items as one ThreadExport per thread, in the order threads are given. Staff label
 * overrides win over the classifier's labels, as in the dashboard. `commentCount` is the thread's
 * count from its last scan (`commentCountRead`), not the number of items exported (`exportedCount`);
 * a thread missing from `threads` can only give the latter.
 */
export function queueToMultiThreadExport(
  items: readonly QueueItem[],
  threads: readonly StoredThreadInfo[],
  exportedAt: Date = new Date(),
): MultiThreadExport {
  const byThread = new Map<string, AnalysedComment[]>();
  for (const item of items) {
    const list = byThread.get(item.comment.threadUrl) ?? [];
    list.push({ ...item.comment, labels: item.labels });
    byThread.set(item.comment.threadUrl, list);
  }
  const known: StoredThreadInfo[] = threads.filter((t) => byThread.has(t.url));
  // Items of a thread missing from `threads` are still exported, titled by their URL.
  const listed = new Set(known.map((t) => t.url));
  for (const url of byThread.keys()) if (!listed.has(url)) known.push({ url, title: url });
  return toMultiThreadExport(
    known.map((t) => ({
      thread: { url: t.url, title: t.title, platform: t.platform ?? 'unknown', author: t.author ?? null, commentCount: t.commentCountRead },
      comments: byThread.get(t.url)!,
    })),
    exportedAt,
  );
}

export function stringifyExport(value: ThreadExport | MultiThreadExport): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
