import { render } from 'preact';
import '../../components/theme.css';
import { Dashboard } from '../../components/Dashboard';
import { browserHost } from '../../components/browserHost';
import { openStore } from '../../lib/store';
import { t } from '../../lib/i18n';

async function start() {
  const root = document.getElementById('app')!;
  try {
    const store = await openStore();
    render(<Dashboard store={store} host={browserHost} />, root);
  } catch (error) {
    root.textContent = t('common.error', { message: error instanceof Error ? error.message : String(error) });
  }
}

void start();
