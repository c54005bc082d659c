// What an empty dashboard says on first run: the two ways to scan a thread.
import { t } from '../lib/i18n';

export function FirstRun() {
  return (
    <div class="first-run" data-first-run="">
      <svg width="40" height="40" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
        <path d="M4 5h16v11H9l-5 4z" />
        <path d="M8 9h8M8 12h5" />
      </svg>
      <h2>{t('firstRun.title')}</h2>
      <p>{t('firstRun.toolbar')}</p>
      <p>{t('firstRun.tabs')}</p>
    </div>
  );
}
