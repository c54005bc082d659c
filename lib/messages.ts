// The one protocol between the content script, the background and the extension pages.
// Each message name maps to its request and response types; `sendMessage` and `onMessage`
// below are checked against this map at compile time, so a renamed or reshaped message
// fails the build instead of failing silently at run time.
import type { ExtractResult } from './thread';
import type { ScanSummary } from './store/types';

/** A tab the dashboard can offer to scan. */
/** What a re-check of the tracked threads did: how many were read, what they brought, which could not be read and why. */
export interface RecheckOutcome {
  checked: number;
  newFollowUps: number;
  failed: Array<{ url: string; title: string; reason: string }>;
}

export interface TabInfo {
  tabId: number;
  url: string;
  title: string;
  /** Whether Threadsift may read this tab without asking (granted host or the active tab). */
  canRead: boolean;
  /** Platform detected on the page when it could be probed, else null. */
  platform: string | null;
}

export type ScanOutcome =
  | { ok: true; summary: ScanSummary; warnings: string[] }
  | { ok: false; error: string };

export interface ProtocolMap {
  /** Content script: read the thread of this page. */
  'page.extract': { request: { now: string }; response: { ok: true; result: ExtractResult } | { ok: false; error: string } };
  /** Content script: is there a thread here? (cheap: markup probes only) */
  'page.probe': { request: void; response: { platform: string | null } };
  /** Content script: mark the scanned comments on the page (in a Shadow DOM). */
  'page.mark': { request: { marks: Array<{ id: string; labels: string[]; open: boolean; permalink?: string }> }; response: { marked: number } };
  /** Content script: scroll to a comment and highlight it. */
  'page.reveal': { request: { id: string; permalink?: string }; response: { found: boolean } };
  /** Content script -> background: progress of a long scan. */
  'scan.progress': { request: { tabId?: number; done: number; total: number | null; message: string }; response: void };
  /** Pages -> background: scan a tab (extract, classify, store). */
  'scan.tab': { request: { tabId: number }; response: ScanOutcome };
  /** Pages -> background: the open tabs that may hold a thread. */
  'tabs.list': { request: void; response: TabInfo[] };
  /** Pages -> background: open a comment on its page, scrolled to and highlighted. */
  'comment.reveal': { request: { threadUrl: string; commentId: string; permalink: string }; response: void };
  /** Pages -> background: the store changed (corrections, settings): refresh caches, badge. */
  'store.changed': { request: void; response: void };
  /** Pages -> background: re-check tracked threads now. */
  'tracked.recheck': { request: void; response: RecheckOutcome };
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageName> = ProtocolMap[K]['response'];

/** The wire shape. Anything else arriving on the channel is ignored. */
export interface Envelope<K extends MessageName = MessageName> {
  threadsift: 1;
  name: K;
  data: RequestOf<K>;
}

export function envelope<K extends MessageName>(name: K, data: RequestOf<K>): Envelope<K> {
  return { threadsift: 1, name, data };
}

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).threadsift === 1 && typeof (value as Envelope).name === 'string';
}

export type Handlers = {
  [K in MessageName]?: (data: RequestOf<K>, sender: { tabId?: number; url?: string }) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Dispatch an incoming message to its handler. Returns undefined for messages this context
 * does not handle, so other listeners (or none) may answer.
 */
export function dispatch(handlers: Handlers, message: unknown, sender: { tabId?: number; url?: string }): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers[message.name] as ((data: unknown, s: typeof sender) => unknown) | undefined;
  if (!handler) return undefined;
  return Promise.resolve(handler(message.data, sender));
}
