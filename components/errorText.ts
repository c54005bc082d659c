// Errors raised in lib/ and utils/ are English sentences; only the pages speak the UI's language.
// A failed scan says its kind (ScanErrorKind in lib/messages.ts); other errors (the store's, and
// the browser's own) are sorted into a kind by their words. Each kind is said in the UI's language
// with the way out, and the original sentence is kept as the detail so nothing is hidden.
import { t, type MessageKey } from '../lib/i18n';
import type { ScanErrorKind } from '../lib/messages';
import { originOf } from '../lib/safe-url';

export type ErrorKind =
  | ScanErrorKind
  | 'thread-missing'
  | 'backup-rejected'
  | 'database'
  | 'unreachable'
  | 'other';

// Order matters: the first pattern that matches wins ("Cannot access a chrome:// URL" is a
// browser page, not a missing permission).
const PATTERNS: Array<[ErrorKind, RegExp]> = [
  ['not-scannable', /chrome:|edge:|about:|extensions? gallery|webstore|cannot be scripted|browser pages/i],
  ['permission', /permission|not allowed|cannot access|host access/i],
  ['no-thread', /no comment thread|no thread found|tried:/i],
  ['tab-closed', /tab was closed|no tab with id|invalid tab id|frame with id \d+ was removed/i],
  ['page-unresponsive', /stopped answering|message port closed/i],
  ['unreachable', /could not establish connection|receiving end does not exist|extension context invalidated|reach threadsift/i],
  ['not-saved', /could not be saved/i],
  ['thread-missing', /has no saved thread/i],
  ['backup-rejected', /threadsift backup|this backup|backup was made|corrections file/i],
  ['database', /could not open its database|no indexeddb|quota/i],
];

const MESSAGES: Record<ErrorKind, MessageKey> = {
  'permission': 'error.permission',
  'not-scannable': 'scan.notScannable',
  'no-thread': 'error.noThread',
  'tab-closed': 'error.tabClosed',
  'page-unresponsive': 'error.pageUnresponsive',
  'not-saved': 'error.notSaved',
  'removed-meanwhile': 'error.removedMeanwhile',
  'thread-missing': 'error.threadMissing',
  'backup-rejected': 'error.backupRejected',
  'database': 'error.database',
  'unreachable': 'scan.unreachable',
  'other': 'error.other',
};

/** The fallback for errors that carry no kind: the first pattern their words match. */
export function errorKind(raw: string): ErrorKind {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(raw)) return kind;
  return 'other';
}

export interface ExplainedError {
  kind: ErrorKind;
  /** Plain words in the UI's language, with what to do next. */
  message: string;
  /** The original sentence, unless the message already says exactly that. */
  detail: string | null;
}

export function rawMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return String(error);
}

/** `context.kind`, where the error's source said it, is taken over whatever the words suggest. */
export function explainError(error: unknown, context: { pageUrl?: string; kind?: ErrorKind } = {}): ExplainedError {
  const raw = rawMessage(error).trim();
  const kind = context.kind ?? errorKind(raw);
  const origin = kind === 'permission' && context.pageUrl ? originOf(context.pageUrl) : null;
  const message = origin ? t('scan.permission', { origin }) : t(MESSAGES[kind]);
  return { kind, message, detail: detailFor(kind, raw, message) };
}

/** One line for places that show a single string (toasts, status lines). */
export function errorLine(error: unknown, context: { pageUrl?: string } = {}): string {
  const { message, detail } = explainError(error, context);
  return detail ? `${message} ${t('error.detail', { detail })}` : message;
}

function detailFor(kind: ErrorKind, raw: string, message: string): string | null {
  if (!raw) return null;
  let detail = raw;
  // "No comment thread found on this page (tried: a, b)": the list of readers tried is the news.
  if (kind === 'no-thread') detail = raw.replace(/^no comment thread found on this page\s*/i, '').replace(/^\((.*)\)\.?$/, '$1');
  const firstSentence = detail.split(/(?<=[.!?])\s/)[0].toLowerCase();
  if (!detail || message.toLowerCase().includes(firstSentence)) return null;
  return detail;
}
