// The one-line notice after a change, with its Undo button while the change can be undone.
import { t } from '../lib/i18n';
import type { UndoEntry } from './undoStack';

export interface ToastState {
  message: string;
  /** The change this notice is about, while it can be undone: its Undo takes back this one, not the newest. */
  undo?: UndoEntry;
  /** An error's original words, shown under the message. */
  detail?: string;
  /** Bumped on every new toast so the hide timer restarts. */
  id: number;
}

export function Toast(props: { toast: ToastState | null; onUndo(entry: UndoEntry): void; onClose(): void }) {
  const { toast } = props;
  // The live region is always on the page and only its content changes: screen readers often miss a region that
  // arrives together with its text.
  return <div class="toast-region" role="status" aria-live="polite">{toast ? <ToastBody toast={toast} onUndo={props.onUndo} onClose={props.onClose} /> : null}</div>;
}

function ToastBody(props: { toast: ToastState; onUndo(entry: UndoEntry): void; onClose(): void }) {
  const { toast } = props;
  const entry = toast.undo;
  return (
    <div class="toast" data-testid="toast">
      <span class="toast-text">
        {toast.message}
        {toast.detail ? <span class="error-detail">{t('error.detail', { detail: toast.detail })}</span> : null}
      </span>
      {entry ? (
        <button type="button" class="small" data-testid="undo" onClick={() => props.onUndo(entry)}>
          {t('common.undo')} <kbd>u</kbd>
        </button>
      ) : null}
      <button type="button" class="small ghost" aria-label={t('common.close')} onClick={props.onClose}>×</button>
    </div>
  );
}
