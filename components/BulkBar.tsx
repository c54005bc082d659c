// Shown while comments are selected: one action for all of them (each undoable as one step).
import { t } from '../lib/i18n';

export function BulkBar(props: { count: number; onAnswered(): void; onDismiss(): void; onSnooze(): void; onReopen(): void; onClear(): void }) {
  if (props.count === 0) return null;
  return (
    <div class="bulkbar" role="toolbar" aria-label={t('count.selected', { n: props.count })}>
      <strong>{t('count.selected', { n: props.count })}</strong>
      <button type="button" class="small" onClick={props.onAnswered}>{t('action.answered')} <kbd>a</kbd></button>
      <button type="button" class="small" onClick={props.onDismiss}>{t('action.dismiss')} <kbd>d</kbd></button>
      <button type="button" class="small" onClick={props.onSnooze}>{t('action.snooze')} <kbd>s</kbd></button>
      <button type="button" class="small" onClick={props.onReopen}>{t('action.reopen')}</button>
      <button type="button" class="small ghost" onClick={props.onClear}>{t('action.clearSelection')}</button>
    </div>
  );
}
