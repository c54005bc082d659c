// Browser-bound half of lib/messages.ts: the typed send functions, for the entrypoints, the
// components' browser host and the background's helpers in utils/; lib/ stays free of extension APIs.
import browser from 'webextension-polyfill';
import { envelope, type MessageName, type RequestOf, type ResponseOf } from '../lib/messages';

/** Send to the background (from a page or the page reader). */
export function sendToBackground<K extends MessageName>(name: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage(envelope(name, data)) as Promise<ResponseOf<K>>;
}

/** Send to the page reader injected into one tab (its top frame unless `frameId` says otherwise). */
export function sendToTab<K extends MessageName>(tabId: number, name: K, data: RequestOf<K>, frameId = 0): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, envelope(name, data), { frameId }) as Promise<ResponseOf<K>>;
}
