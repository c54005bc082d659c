// The dashboard's three exports of open questions, built by lib/export (the CLI's formats).
import type { QueueItem, ThreadRecord } from '../lib/store/types';
import { toCsv } from '../lib/export/csv';
import { toFaqMarkdown } from '../lib/export/markdown';
import { queueToMultiThreadExport, stringifyExport } from '../lib/export/json';
import { datedFilename } from './download';
import type { ExportKind } from './ExportMenu';

export interface ExportFile {
  filename: string;
  text: string;
  mime: string;
}

/** `items` are already the open questions to export, in export order. */
export function buildExport(kind: ExportKind, items: readonly QueueItem[], threads: readonly ThreadRecord[], now = new Date()): ExportFile {
  switch (kind) {
    case 'csv':
      return { filename: datedFilename('open-questions', 'csv', now), text: toCsv(items, threads), mime: 'text/csv' };
    case 'md':
      return { filename: datedFilename('faq-draft', 'md', now), text: toFaqMarkdown(items, threads, { generatedAt: now }), mime: 'text/markdown' };
    case 'json': {
      const used = new Set(items.map((item) => item.comment.threadUrl));
      const text = stringifyExport(queueToMultiThreadExport(items, threads.filter((thread) => used.has(thread.url)), now));
      return { filename: datedFilename('open-questions', 'json', now), text, mime: 'application/json' };
    }
  }
}
