import type { ExtractResult, ScanNote } from '../thread';

/** How far a long scan has come; `step` says what it is reading now. */
export interface ScanProgress {
  done: number;
  total: number | null;
  step?: ScanNote;
}

/** What an extractor may use besides the document. Every field has a safe default in tests and the CLI. */
export interface ExtractContext {
  /** The page's URL (saved pages opened from disk pass the original URL here). */
  url: string;
  /** Scan time: relative dates ("3 days ago", "vor 3 Tagen") resolve against it. */
  now: Date;
  /** Same-origin fetch for complete threads (Discourse JSON, next comment pages). Absent: read only this page. */
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  /**
   * Parses fetched HTML (next comment pages). Optional: DOMParser is used when it exists, else an inert
   * document made from the current one. Service workers and Node pass their own parser.
   */
  parseHtml?: (html: string, url: string) => Document | Promise<Document>;
  /** Reports progress on long scans (pages fetched, comments read). */
  onProgress?: (progress: ScanProgress) => void;
}

/**
 * One platform's reader. Detection is by markup (`canExtract`), never by hostname alone:
 * WordPress and Discourse run on any domain and saved pages are opened from disk.
 */
export interface Extractor {
  /** Platform id written to `thread.platform`, e.g. 'wordpress'. */
  readonly id: string;
  canExtract(doc: Document, ctx: ExtractContext): boolean;
  extract(doc: Document, ctx: ExtractContext): Promise<ExtractResult>;
}
