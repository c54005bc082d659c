// The real PageHost over webextension-polyfill. Imported only by entrypoints (the polyfill
// refuses to load outside an extension, which keeps it out of component tests).
import browser from 'webextension-polyfill';
import { isEnvelope } from '../lib/messages';
import { sendToBackground } from '../utils/messaging';
import type { PageHost } from './host';

export const browserHost: PageHost = {
  send: (name, data) => sendToBackground(name, data),
  onBroadcast(listener) {
    const handler = (message: unknown) => {
      if (isEnvelope(message)) listener(message);
      // Returning undefined: pages never answer broadcasts.
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  hasOrigins: (origins) => browser.permissions.contains({ origins }),
  removeOrigins: (origins) => browser.permissions.remove({ origins }),
  openExtensionPage: (path) => openOrFocus(browser.runtime.getURL(path as '/dashboard.html')),
};

/**
 * Brings the page's open tab forward (it reloads its data when shown) instead of opening one more each time: a
 * morning of scans from the popup left a row of stale dashboards.
 */
async function openOrFocus(url: string): Promise<void> {
  const open = (await browser.tabs.query({}).catch(() => [])).find((tab) => tab.url?.split('#')[0] === url && tab.id !== undefined);
  if (!open) {
    await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.update(open.id!, { active: true });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
}
