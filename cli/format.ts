// The scan command's output formats. JSON is the documented ThreadExport (the extension's JSON
// export); CSV lists every comment with its labels; Markdown is the FAQ draft of open questions.
import type { AnalysedThread } from '../lib/thread';
import type { QueueItem } from '../lib/store/types';
import { toThreadExport, stringifyExport } from '../lib/export/json';
import { toCsv } from '../lib/export/csv';
import { openQuestionsMarkdown } from '../lib/export/markdown';
import { stripTerminalControls } from './text';

export const OUTPUT_FORMATS = ['json', 'csv', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** The CLI has no stored triage: every comment reads as freshly scanned and open. */
function asQueueItems({ thread, comments }: AnalysedThread, scannedAt: string): QueueItem[] {
  return comments.map((comment) => {
    const key = `${thread.url}#${comment.id}`;
    return {
      comment: { ...comment, key, threadUrl: thread.url, site: '', firstSeenAt: scannedAt, lastSeenAt: scannedAt, goneSince: null, history: [] },
      triage: { key, threadUrl: thread.url, status: 'open', snoozeUntil: null, note: '', assignee: null, labelOverride: null, draft: '', updatedAt: scannedAt },
      labels: comment.labels,
    };
  });
}

/**
 * The thread with terminal controls stripped from the page's text (title, authors, comments): CSV and Markdown have
 * no escape for them, and a file that is `cat` to a terminal would run them. (lib/export writes text as given, for the
 * extension's downloads; JSON escapes them itself.)
 */
function withoutTerminalControls({ thread, comments }: AnalysedThread): AnalysedThread {
  return {
    thread: { ...thread, title: stripTerminalControls(thread.title) },
    comments: comments.map((comment) => ({
      ...comment,
      author: stripTerminalControls(comment.author),
      authorName: comment.authorName === undefined ? undefined : stripTerminalControls(comment.authorName),
      text: stripTerminalControls(comment.text),
    })),
  };
}

export function formatThread(analysed: AnalysedThread, format: OutputFormat, now = new Date()): string {
  if (format !== 'json') analysed = withoutTerminalControls(analysed);
  const threads = [{ url: analysed.thread.url, title: analysed.thread.title }];
  switch (format) {
    case 'json':
      return `${stringifyExport(toThreadExport(analysed.thread, analysed.comments))}\n`;
    case 'csv':
      // No byte order mark on stdout: it goes to pipes and scripts, where it would stick to the first column name.
      return `${toCsv(asQueueItems(analysed, now.toISOString()), threads, { bom: false })}\r\n`;
    case 'md':
      return openQuestionsMarkdown(asQueueItems(analysed, now.toISOString()), threads, { title: analysed.thread.title, generatedAt: now, now: now.getTime() });
  }
}
