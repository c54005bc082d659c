import { render } from 'preact';
import '../../components/theme.css';
import { Options } from '../../components/Options';
import { browserHost } from '../../components/browserHost';
import { explainError } from '../../components/errorText';
import { openStore } from '../../lib/store';
import { resolveLocale, setLocale, t } from '../../lib/i18n';

const root = document.getElementById('app')!;

async function start() {
  try {
    const store = await openStore();
    render(<Options store={store} host={browserHost} />, root);
  } catch (error) {
    // The settings cannot be read, so speak the browser's language.
    setLocale(resolveLocale('auto'));
    render(<StartError error={error} />, root);
  }
}

function retry() {
  // Replacing the alert with "Loading…" makes a second failure a new alert that is read out again.
  render(<p class="start-error muted">{t('common.loading')}</p>, root);
  void start();
}

/** The page could not start (most often the database would not open): why, in plain words, and a way out. */
function StartError(props: { error: unknown }) {
  const { message, detail } = explainError(props.error);
  return (
    <main class="start-error">
      <p class="notice error" role="alert">
        {message}
        {detail ? <span class="error-detail">{t('error.detail', { detail })}</span> : null}
      </p>
      <button type="button" class="primary" onClick={retry}>{t('common.retry')}</button>
    </main>
  );
}

void start();
