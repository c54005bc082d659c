// One batch of the classify command's input lines, classified: each good line's JSON with labels, scores and cues
// added, each bad line reported by its number. The same work on the main thread and on the pool's workers.
import type { Classifier } from '../lib/classify/index';
import type { InferredRoles } from '../lib/classify/infer-roles';
import { escapeUnshowable } from './text';

/**
 * The longest line read: far above any comment (the longest real ones are a few hundred KB), low enough that a file
 * with no line ends (a binary, /dev/zero) is stopped before it takes gigabytes. A longer line is reported and skipped.
 * THREADSIFT_TEST_MAX_LINE_CHARS lowers it, for tests only.
 */
export const MAX_LINE_CHARS = Number(process.env.THREADSIFT_TEST_MAX_LINE_CHARS) || 64 * 1024 * 1024;
// Counted in characters (UTF-16 code units), which is what the limit measures.
export const MAX_LINE_TEXT = MAX_LINE_CHARS % (1024 * 1024) ? `${MAX_LINE_CHARS} characters` : `${MAX_LINE_CHARS / (1024 * 1024)} Mi characters`;
/** Stands for a line longer than MAX_LINE_CHARS, whose text was dropped: a lone surrogate, which no decoded line can be. */
export const TOO_LONG_LINE = '\udfff';

/** One batch's output lines, its bad-line messages and counts. */
export interface BatchResult {
  text: string;
  errors: string[];
  bad: number;
  classified: number;
  /** Bad lines before the batch's first good one (all of them when it has none). */
  badBeforeFirstGood: number;
}

/** The fields by which a line says who wrote it; a line with none of them may have its roles worked out. */
const ROLE_FIELDS = ['staff', 'answerer', 'opensThread'] as const;
export const hasRole = (record: Record<string, unknown>) => ROLE_FIELDS.some((field) => typeof record[field] === 'boolean');

/** A line's thread: its "page" (the shared fixture's name for it) or "thread", a string or a number. */
export function threadOf(record: Record<string, unknown>): string | undefined {
  for (const value of [record.page, record.thread]) if (typeof value === 'string' || typeof value === 'number') return String(value);
  return undefined;
}

/**
 * Classify a batch of input lines, the first of them input line `firstLineNo`. `roles[k]` holds the roles worked out
 * for line k (see rolesOf), for lines that name no role themselves.
 */
export function classifyLines(classifier: Classifier, lines: string[], firstLineNo: number, roles?: InferredRoles[]): BatchResult {
  const rows: string[] = [];
  const errors: string[] = [];
  let bad = 0;
  let classified = 0;
  let badBeforeFirstGood = 0;
  let lineNo = firstLineNo - 1;
  for (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    if (line === TOO_LONG_LINE) {
      bad++;
      errors.push(`classify: line ${lineNo}: longer than ${MAX_LINE_TEXT}; skipped\n`);
      continue;
    }
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      bad++;
      // JSON.parse quotes the line: its control characters would act on the terminal.
      errors.push(`classify: line ${lineNo}: not valid JSON (${escapeUnshowable((e as Error).message)})\n`);
      continue;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row) || typeof (row as { text?: unknown }).text !== 'string') {
      bad++;
      errors.push(`classify: line ${lineNo}: expected a JSON object with a string "text" field\n`);
      continue;
    }
    if (classified === 0) badBeforeFirstGood = bad;
    const record = row as Record<string, unknown> & { text: string; lang?: unknown; staff?: unknown; answerer?: unknown; opensThread?: unknown; article?: unknown };
    const found = roles && !hasRole(record) ? roles[lineNo - firstLineNo] : undefined;
    const result = classifier.classify(record.text, typeof record.lang === 'string' ? record.lang : undefined, {
      staff: record.staff === true || found?.staff === true,
      answerer: record.answerer === true || found?.answerer === true,
      opensThread: record.opensThread === true || found?.opensThread === true,
      article: record.article === true,
    });
    const added = `"labels":${JSON.stringify(result.labels)},"scores":${JSON.stringify(result.scores)},"cues":${JSON.stringify(result.cues)}}\n`;
    // The input line already is the record's JSON: appending to it saves re-serialising the text (a third of
    // the command's non-classifier time). A record that has one of the added fields is rebuilt, so ours win.
    if ('labels' in record || 'scores' in record || 'cues' in record) {
      rows.push(JSON.stringify({ ...record, labels: result.labels, scores: result.scores, cues: result.cues }) + '\n');
    } else {
      const json = line.trim();
      rows.push(json.slice(0, -1) + (Object.keys(record).length > 0 ? ',' : '') + added);
    }
    classified++;
  }
  return { text: rows.join(''), errors, bad, classified, badBeforeFirstGood: classified ? badBeforeFirstGood : bad };
}
