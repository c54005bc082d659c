// CSV of open questions for spreadsheets. Every cell is quoted (commas, quotes and newlines stay
// inside their cell), and cells a spreadsheet would run as a formula get a leading apostrophe.
import Papa from 'papaparse';
import type { QueueItem } from '../store/types';
import { selectOpenQuestions, threadLookup, type ThreadInfo } from './select';

export const CSV_COLUMNS = [
  'thread title', 'thread url', 'author', 'publishedAt', 'labels', 'reply state', 'follow-up', 'text', 'permalink',
] as const;

/**
 * Spreadsheets run cells starting with = + - @ (and tab / carriage return) as formulas: prefix
 * them with an apostrophe (OWASP "CSV injection"). A cell already starting with an apostrophe gets
 * one more, so `unguardCell` can always restore the exact text. NUL characters are kept as they
 * are (the file stays lossless; some spreadsheet apps drop them on import).
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** Reverses guardCell for a cell read back from our own CSV. */
export function unguardCell(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

/**
 * Byte order mark: Excel opens a CSV without one in the system's legacy code page, so ä, ß, Japanese or Chinese
 * comments turn into mojibake. Spreadsheets hide it; parseCsv (and papaparse) skip it.
 */
export const CSV_BOM = '\uFEFF';

export interface CsvOptions {
  /** Start with CSV_BOM (default true, for files a spreadsheet opens; the CLI's stdout goes without it). */
  bom?: boolean;
}

export function toCsv(items: readonly QueueItem[], threads: readonly ThreadInfo[], options: CsvOptions = {}): string {
  const threadOf = threadLookup(threads);
  const rows = items.map((item) => {
    const { comment } = item;
    const thread = threadOf(comment.threadUrl);
    return [
      thread.title, thread.url, comment.author, comment.publishedAt ?? '', item.labels.join(', '),
      comment.reply?.state ?? '', comment.followUp ? 'yes' : 'no', comment.text, comment.permalink,
    ].map(guardCell);
  });
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { quotes: true, newline: '\r\n' });
  return options.bom === false ? csv : CSV_BOM + csv;
}

/** The open questions (and bug reports) among `items`, as CSV. */
export function openQuestionsCsv(items: readonly QueueItem[], threads: readonly ThreadInfo[], now: number = Date.now()): string {
  return toCsv(selectOpenQuestions(items, now), threads);
}

/** Reads a CSV written by toCsv (with or without its BOM) back into rows of column -> exact original text. */
export function parseCsv(csv: string): Array<Record<(typeof CSV_COLUMNS)[number], string>> {
  const parsed = Papa.parse<string[]>(csv.startsWith(CSV_BOM) ? csv.slice(CSV_BOM.length) : csv, { header: false, skipEmptyLines: false });
  const [header, ...rows] = parsed.data;
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ''))
    .map((row) => Object.fromEntries(header.map((name, i) => [name, unguardCell(row[i] ?? '')])) as Record<(typeof CSV_COLUMNS)[number], string>);
}
