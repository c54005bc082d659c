// The JSON export: the CLI's ThreadExport format (lib/thread.ts, documented in the README), for
// one thread or several.
import type { AnalysedComment, ScrapedThread, ThreadExport } from '../thread';
import type { QueueItem } from '../store/types';
import type { ThreadInfo } from './select';

export function toThreadExport(thread: Pick<ScrapedThread, 'url' | 'title' | 'platform' | 'author'>, comments: readonly AnalysedComment[]): ThreadExport {
  return {
    thread: { url: thread.url, title: thread.title, platform: thread.platform, author: thread.author, commentCount: comments.length },
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

export function toMultiThreadExport(threads: ReadonlyArray<{ thread: Parameters<typeof toThreadExport>[0]; comments: readonly AnalysedComment[] }>, exportedAt: Date = new Date()): MultiThreadExport {
  return { format: 'threadsift-threads', exportedAt: exportedAt.toISOString(), threads: threads.map((t) => toThreadExport(t.thread, t.comments)) };
}

/**
 * Stored queue items as one ThreadExport per thread, in the order threads are given. Staff label
 * overrides win over the classifier's labels, as in the dashboard.
 */
export function queueToMultiThreadExport(
  items: readonly QueueItem[],
  threads: ReadonlyArray<ThreadInfo & Partial<Pick<ScrapedThread, 'platform' | 'author'>>>,
  exportedAt: Date = new Date(),
): MultiThreadExport {
  const byThread = new Map<string, AnalysedComment[]>();
  for (const item of items) {
    const list = byThread.get(item.comment.threadUrl) ?? [];
    list.push({ ...item.comment, labels: item.labels });
    byThread.set(item.comment.threadUrl, list);
  }
  const known: Array<ThreadInfo & Partial<Pick<ScrapedThread, 'platform' | 'author'>>> = threads.filter((t) => byThread.has(t.url));
  // Items of a thread missing from `threads` are still exported, titled by their URL.
  const listed = new Set(known.map((t) => t.url));
  for (const url of byThread.keys()) if (!listed.has(url)) known.push({ url, title: url });
  return toMultiThreadExport(
    known.map((t) => ({ thread: { url: t.url, title: t.title, platform: t.platform ?? 'unknown', author: t.author ?? null }, comments: byThread.get(t.url)! })),
    exportedAt,
  );
}

export function stringifyExport(value: ThreadExport | MultiThreadExport): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
