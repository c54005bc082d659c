// Loads a page for the CLI from a file or a URL and parses it into a DOM.
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { DOMParser } from 'linkedom';

export interface LoadedPage {
  html: string;
  url: string;
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}

export async function loadPage(source: string, pageUrl?: string): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source} answered HTTP ${response.status}`);
    return { html: await response.text(), url: pageUrl ?? response.url ?? source, fetch: (u) => fetch(u) };
  }
  const info = await stat(source).catch(() => null);
  if (!info?.isFile()) throw new Error(`no such file: ${source}`);
  return { html: await readFile(source, 'utf8'), url: pageUrl ?? pathToFileURL(source).href };
}

/**
 * linkedom rather than jsdom: it parses a 50 MB page in seconds where jsdom needs minutes and
 * gigabytes, and the extractors only use standard DOM queries that both implement.
 */
export function parseDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
