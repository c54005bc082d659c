// Turns a scan's outcome into the plain words the popup and the tabs panel show.
import type { ScanErrorKind, ScanOutcome } from '../lib/messages';
import type { ScanSummary } from '../lib/store/types';
import type { ScanProgress } from '../lib/extract/types';
import { noteText, t } from '../lib/i18n';
import { explainError } from './errorText';

/** "212 comments: 7 questions, 2 bug reports, 1 open follow-up" */
export function summaryText(summary: ScanSummary): string {
  const details: string[] = [];
  if (summary.counts.question) details.push(t('count.questions', { n: summary.counts.question }));
  if (summary.counts.bug) details.push(t('count.bugs', { n: summary.counts.bug }));
  if (summary.openFollowUps) details.push(t('count.followUps', { n: summary.openFollowUps }));
  return t('scan.summary', {
    comments: t('count.comments', { n: summary.total }),
    details: details.length ? details.join(', ') : t('scan.nothingActionable'),
  });
}

/** "3 new, 1 edited, 0 gone since the last scan; 1 reopened: …", only for a re-scan that changed something. */
export function changesText(summary: ScanSummary): string | null {
  const rescan = summary.added < summary.total;
  if (!rescan || (summary.added === 0 && summary.edited === 0 && summary.gone === 0)) return null;
  const changes = t('scan.changes', { added: summary.added, edited: summary.edited, gone: summary.gone });
  return summary.reopened ? `${changes}; ${t('scan.reopened', { n: summary.reopened })}` : changes;
}

/** Whether the scan failed for want of access to the site: the pages then offer to grant it. */
export function needsPermission(outcome: ScanOutcome): boolean {
  return !outcome.ok && outcome.kind === 'permission';
}

/**
 * The failure in the UI's language, then the original sentence when it adds something. Without `kind` (an
 * error the browser threw) the sentence's words decide which failure it is.
 */
export function errorLines(error: string, pageUrl?: string, kind?: ScanErrorKind): string[] {
  const { message, detail } = explainError(error, { pageUrl, kind });
  return detail ? [message, t('error.detail', { detail })] : [message];
}

export function progressText(progress: ScanProgress): string {
  if (progress.step) return t('scan.progress', { message: noteText(progress.step) });
  if (progress.total) return t('scan.progressCount', { done: progress.done, total: progress.total });
  return t('scan.scanning');
}

export function outcomeLines(outcome: ScanOutcome, pageUrl?: string): { ok: boolean; lines: string[] } {
  if (!outcome.ok) return { ok: false, lines: errorLines(outcome.error, pageUrl, outcome.kind) };
  const lines = [summaryText(outcome.summary)];
  const changes = changesText(outcome.summary);
  if (changes) lines.push(changes);
  lines.push(...outcome.warnings.map(noteText));
  return { ok: true, lines };
}
