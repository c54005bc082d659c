import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../../components/theme.css';
import { Popup } from '../../components/Popup';
import { browserHost } from '../../components/browserHost';
import { applyAppearance } from '../../components/appearance';
import { openStore } from '../../lib/store';

async function start() {
  // Theme and language come from the settings in the extension's IndexedDB.
  try {
    const store = await openStore();
    applyAppearance(await store.getSettings());
    store.close();
  } catch {
    applyAppearance({ theme: 'system', locale: 'auto' });
  }
  render(
    <Popup
      host={browserHost}
      getActiveTab={async () => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
      }}
      onOpenDashboard={() => {
        // Closing the popup ends its script: only once the dashboard is shown.
        void browserHost.openExtensionPage('dashboard.html').finally(() => window.close());
      }}
    />,
    document.getElementById('app')!,
  );
}

void start();
