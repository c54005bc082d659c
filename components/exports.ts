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

/**
 * `items` are already the open questions to export, in export order. `comments` are where the Markdown FAQ draft
 * looks for the staff comments that answered them (every loaded item; by default only `items`, which hold none, so
 * an answered question then reads "answered on the page by staff").
 */
export function buildExport(kind: ExportKind, items: readonly QueueItem[], threads: readonly ThreadRecord[], now = new Date(), comments: readonly QueueItem[] = items): ExportFile {
  switch (kind) {
    case 'csv':
      return { filename: datedFilename('open-questions', 'csv', now), text: toCsv(items, threads), mime: 'text/csv' };
    case 'md':
      return { filename: datedFilename('faq-draft', 'md', now), text: toFaqMarkdown(items, threads, { generatedAt: now, comments }), mime: 'text/markdown' };
    case 'json': {
      const used = new Set(items.map((item) => item.comment.threadUrl));
      const text = stringifyExport(queueToMultiThreadExport(items, threads.filter((thread) => used.has(thread.url)), now));
      return { filename: datedFilename('open-questions', 'json', now), text, mime: 'application/json' };
    }
  }
}
