// What the extension pages need from the browser, behind one interface so the components run
// (and are tested) without extension APIs. entrypoints build the real one in browserHost.ts.
import type { AnyEnvelope, MessageName, RequestOf, ResponseOf } from '../lib/messages';

export interface PageHost {
  send<K extends MessageName>(name: K, data: RequestOf<K>): Promise<ResponseOf<K>>;
  /**
   * Messages other extension contexts send (the background's scan.progress and store.updated, other pages'
   * store.changed); returns an unsubscribe function.
   */
  onBroadcast(listener: (message: AnyEnvelope) => void): () => void;
  /** Host permissions, e.g. ['https://example.org/*']. `request` must run inside a click. */
  requestOrigins(origins: string[]): Promise<boolean>;
  hasOrigins(origins: string[]): Promise<boolean>;
  removeOrigins(origins: string[]): Promise<boolean>;
  /** Show an extension page ('dashboard.html', 'options.html'): its open tab brought forward, else a new tab. */
  openExtensionPage(path: string): Promise<void>;
}
