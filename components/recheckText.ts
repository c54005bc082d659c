// The toast after "Re-check tracked threads now": what was read and found, and which threads could not be read
// (Options says a site re-read's failures the same way).
import type { RecheckOutcome } from '../lib/messages';
import { noteText, t } from '../lib/i18n';

/** "Backups fail: the page answered HTTP 404": a thread a re-read could not read, and why. */
export function failedThreadLine(failure: RecheckOutcome['failed'][number]): string {
  return `${failure.title}: ${noteText(failure.reason)}`;
}

/** [message, no undo, detail]: the detail names each thread that failed and why. */
export function recheckNotice(outcome: RecheckOutcome): [string, undefined, string | null] {
  let parts = t('thread.rechecked', { n: outcome.checked, followUps: t('thread.recheckNew', { n: outcome.newFollowUps }) });
  if (outcome.reopened) parts += `; ${t('scan.reopened', { n: outcome.reopened })}`;
  if (!outcome.failed.length) return [parts, undefined, null];
  const message = `${parts}; ${t('thread.recheckFailed', { n: outcome.failed.length })}`;
  return [message, undefined, outcome.failed.map(failedThreadLine).join('\n')];
}
