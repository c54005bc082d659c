// Loads a page for the CLI from a file or a URL and parses it into a DOM.
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { DOMParser } from 'linkedom';
import { plainReason } from './output';
import { replacementsIn } from './text';

export interface LoadedPage {
  html: string;
  url: string;
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  /** What the user should know about how the page was read (bytes that are not text in its encoding). */
  warnings: string[];
}

/**
 * How long a page may take to arrive. A server that takes the connection and never answers would otherwise hold the
 * command for Node's own limit, 300 s for the headers alone; a page too slow for this can be saved from the browser.
 * THREADSIFT_TEST_FETCH_TIMEOUT_MS shortens it, for tests only.
 */
const FETCH_TIMEOUT_MS = Number(process.env.THREADSIFT_TEST_FETCH_TIMEOUT_MS) || 30_000;
/** How much of a page's start is searched for its <meta> charset: the HTML standard looks at 1,024 bytes, some heads run longer. */
const CHARSET_SNIFF_BYTES = 4096;
const WAY_OUT = 'check the address, or save the page from your browser and pass the file';

export async function loadPage(source: string, pageUrl?: string): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(source)) return fetchPage(source, pageUrl);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^file:/i.test(source)) throw new Error(`cannot read ${source}: only http(s) URLs or local files are supported`);
  const info = await stat(source).catch(() => null);
  if (!info) throw new Error(`no such file: ${source}`);
  if (info.isDirectory()) throw new Error(`${source} is a directory, not a saved page`);
  if (!info.isFile()) throw new Error(`${source} is not a regular file`);
  const bytes = await readFile(source).catch((error: unknown) => {
    throw new Error(`cannot read ${source}: ${plainReason(error)}`);
  });
  const { html, warnings } = decodePage(bytes);
  return { html, url: pageUrl ?? pathToFileURL(source).href, warnings };
}

async function fetchPage(source: string, pageUrl?: string): Promise<LoadedPage> {
  let response: Response;
  let bytes: Buffer;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new Error(`cannot fetch ${source}: ${whyFetchFailed(error)}; ${WAY_OUT}`);
  }
  if (!response.ok) throw new Error(`${source} answered HTTP ${response.status}`);
  const { html, warnings } = decodePage(bytes, httpCharset(response));
  return { html, url: pageUrl ?? response.url ?? source, fetch: fetchMore, warnings };
}

/** The thread's further pages, for extractors that follow them: decoded by their charset, within the same time limit. */
async function fetchMore(url: string): Promise<{ ok: boolean; status: number; text(): Promise<string> }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  return { ok: response.ok, status: response.status, text: async () => decodePage(Buffer.from(await response.arrayBuffer()), httpCharset(response)).html };
}

/** Why a fetch failed, in a few words: Node's fetch says only "fetch failed" and keeps the reason in `cause`. */
function whyFetchFailed(error: unknown): string {
  const { name, message, cause } = error as { name?: string; message?: string; cause?: NodeJS.ErrnoException & { errors?: Error[] } };
  if (name === 'TimeoutError') return `the page did not arrive within ${FETCH_TIMEOUT_MS / 1000} s`;
  if (!cause) return message ?? String(error);
  // A host with several addresses fails with one error per address: the first says enough.
  const detail = cause.message || cause.errors?.[0]?.message || message || '';
  return !cause.code || detail.includes(cause.code) ? detail : `${cause.code}: ${detail}`;
}

function httpCharset(response: Response): string | undefined {
  return response.headers.get('content-type')?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
}

/** The charset a page's start declares in a <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…">. */
function metaCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, CHARSET_SNIFF_BYTES).toString('latin1');
  const label = head.match(/<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
  // A page whose <meta> could be read as ASCII is not UTF-16, whatever it says (as the HTML standard has it).
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

function bomCharset(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * A page's text, decoded as the HTML standard orders it: by its byte order mark, else the charset of the HTTP answer,
 * else its <meta> charset, else as UTF-8. With no charset named, bytes that are not UTF-8 are counted in a warning.
 */
export function decodePage(bytes: Buffer, fromHttp?: string): { html: string; warnings: string[] } {
  const declared = bomCharset(bytes) ?? fromHttp ?? metaCharset(bytes);
  const warnings: string[] = [];
  let decoder: TextDecoder | undefined;
  try {
    decoder = declared ? new TextDecoder(declared) : undefined;
  } catch {
    warnings.push(`the page's charset "${declared}" is not one Node knows; it is read as UTF-8`);
  }
  const html = (decoder ?? new TextDecoder('utf-8')).decode(bytes);
  const replaced = decoder ? 0 : replacementsIn(html, bytes);
  if (replaced) warnings.push(`the page is not valid UTF-8 and names no charset; ${replaced} replacement character(s) (U+FFFD) stand in for its bad bytes`);
  return { html, warnings };
}

/**
 * linkedom rather than jsdom: it parses a 50 MB page in seconds where jsdom needs minutes and
 * gigabytes, and the extractors only use standard DOM queries that both implement.
 */
export function parseDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
