// Starting an extension page (dashboard, options): open the store, render the page, and when that fails (most often
// the database would not open) say why in plain words, with a way to try again.
import { render, type VNode } from 'preact';
import type { TriageStore } from '../lib/store/types';
import { openStore } from '../lib/store';
import { resolveLocale, setLocale, t } from '../lib/i18n';
import { explainError } from './errorText';

export function startPage(root: HTMLElement, page: (store: TriageStore) => VNode): void {
  const start = async () => {
    try {
      render(page(await openStore()), root);
    } catch (error) {
      // The settings cannot be read, so speak the browser's language.
      setLocale(resolveLocale('auto'));
      render(<StartError error={error} onRetry={retry} />, root);
    }
  };
  const retry = () => {
    // Replacing the alert with "Loading…" makes a second failure a new alert that is read out again.
    render(<p class="start-error muted">{t('common.loading')}</p>, root);
    void start();
  };
  void start();
}

function StartError(props: { error: unknown; onRetry(): void }) {
  const { message, detail } = explainError(props.error);
  return (
    <main class="start-error">
      <p class="notice error" role="alert">
        {message}
        {detail ? <span class="error-detail">{t('error.detail', { detail })}</span> : null}
      </p>
      <button type="button" class="primary" onClick={props.onRetry}>{t('common.retry')}</button>
    </main>
  );
}
