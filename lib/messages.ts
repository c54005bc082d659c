// The one protocol between the page reader (entrypoints/reader.ts, injected into a tab on demand:
// there is no content script), the background and the extension pages. Each message name maps to
// its request and response types; the senders (utils/messaging.ts) and `dispatch` below are
// checked against this map at compile time, so a renamed or reshaped message fails the build
// instead of failing silently at run time.
import type { ExtractResult, ScanNote } from './thread';
import type { ScanProgress } from './extract/types';
import type { ScanSummary } from './store/types';
import type { PageMark } from './page/marks';

/** What a re-check of the tracked threads did: how many were read, what they brought, which could not be read and why. */
export interface RecheckOutcome {
  checked: number;
  newFollowUps: number;
  /** Items staff had closed that their writers edited to ask or report anew (lib/store/reopen.ts). */
  reopened: number;
  failed: Array<{ url: string; title: string; reason: ScanNote }>;
}

/** A tab the dashboard can offer to scan. */
export interface TabInfo {
  tabId: number;
  url: string;
  title: string;
  /** Whether Threadsift may read this tab without asking (granted host or the active tab). */
  canRead: boolean;
  /** Platform detected on the page when it could be probed, else null. */
  platform: string | null;
}

/**
 * Why a scan failed, decided where the failure happened so the pages never read it back out of the sentence:
 * the pages word each kind in the UI's language and offer its way out (the grant button for 'permission').
 */
export type ScanErrorKind =
  /** Threadsift may not read the site yet: the pages offer to grant it. */
  | 'permission'
  /** A browser page or the extension store: no extension may read it. */
  | 'not-scannable'
  /** The page reader found no comment thread (lib/extract/registry.ts's NoThreadError). */
  | 'no-thread'
  /** The tab went away before its page was read. */
  | 'tab-closed'
  /** The page reader gave no answer. */
  | 'page-unresponsive'
  /** The thread was read but the store refused it. */
  | 'not-saved'
  /** Staff removed the thread while the scan read it: nothing was saved. */
  | 'removed-meanwhile'
  | 'other';

/** A failure, in `kind` for the pages to act on and in `error`'s English sentence as the detail to show. */
export interface ScanFailure<Kind extends ScanErrorKind = ScanErrorKind> {
  ok: false;
  kind: Kind;
  error: string;
}

export type ScanOutcome =
  | { ok: true; summary: ScanSummary; warnings: ScanNote[] }
  | ScanFailure;

/** What the page reader can tell of its own failure: no thread on the page, or something it did not expect. */
export type ExtractFailure = ScanFailure<'no-thread' | 'other'>;

export interface ProtocolMap {
  /** Page reader: read the thread of this page. */
  'page.extract': { request: { now: string }; response: { ok: true; result: ExtractResult } | ExtractFailure };
  /** Page reader: is there a thread here? (cheap: markup probes only) */
  'page.probe': { request: void; response: { platform: string | null } };
  /** Page reader: mark the scanned comments on the page (in a Shadow DOM). */
  'page.mark': { request: { marks: Array<PageMark & { permalink?: string }> }; response: { marked: number } };
  /** Page reader: scroll to a comment and highlight it. */
  'page.reveal': { request: { id: string; permalink?: string }; response: { found: boolean } };
  /** Page reader -> background: progress of a long scan; the background passes it on to the pages with the tab's id. */
  'scan.progress': { request: ScanProgress & { tabId?: number }; response: void };
  /** Pages -> background: scan a tab (extract, classify, store). */
  'scan.tab': { request: { tabId: number }; response: ScanOutcome };
  /** Pages -> background: the open tabs that may hold a thread. */
  'tabs.list': { request: void; response: TabInfo[] };
  /** Pages -> background: open a comment on its page, scrolled to and highlighted. */
  'comment.reveal': { request: { threadUrl: string; commentId: string; permalink: string }; response: void };
  /**
   * Pages -> background: the store changed (triage, corrections, settings, a restore): refresh caches, badge. Other
   * extension pages hear it too, and the dashboard reloads.
   */
  'store.changed': { request: void; response: void };
  /** Background -> pages: a scan or a re-check saved threads (the dashboard reloads). */
  'store.updated': { request: void; response: void };
  /** Pages -> background: re-check tracked threads now. */
  'tracked.recheck': { request: void; response: RecheckOutcome };
  /** Pages -> background: staff removed a thread, so a scan of it already under way must not save it back. */
  'thread.removed': { request: { url: string }; response: void };
  /** Pages -> background: read again these stored threads of a site (after staff saved their logins there). */
  'site.reread': { request: { site: string; urls: string[] }; response: RecheckOutcome };
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageName> = ProtocolMap[K]['response'];

/** The wire shape of message K. Anything else arriving on the channel is ignored. */
export interface Envelope<K extends MessageName> {
  threadsift: 1;
  name: K;
  data: RequestOf<K>;
}

/** Any one message: checking its `name` narrows its `data` (`name === 'scan.progress'` gives the progress). */
export type AnyEnvelope = { [K in MessageName]: Envelope<K> }[MessageName];

export function envelope<K extends MessageName>(name: K, data: RequestOf<K>): Envelope<K> {
  return { threadsift: 1, name, data };
}

export function isEnvelope(value: unknown): value is AnyEnvelope {
  return typeof value === 'object' && value !== null && (value as AnyEnvelope).threadsift === 1 && typeof (value as AnyEnvelope).name === 'string';
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
