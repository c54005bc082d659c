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
  openExtensionPage(path) {
    void browser.tabs.create({ url: browser.runtime.getURL(path as '/dashboard.html') });
  },
};
