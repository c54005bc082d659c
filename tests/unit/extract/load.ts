// Test helpers: load a saved fixture page into a jsdom Document with its original URL.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
import { JSDOM } from 'jsdom';

export const PAGES_DIR = join(HERE, '../../fixtures/pages');
export const FIXTURES_DIR = join(HERE, '../../fixtures');
/** A fixed scan time so relative dates resolve the same way in every run. */
export const SCAN_TIME = new Date('2026-01-15T12:00:00Z');

export interface ManifestEntry { dir: string; platform: string; lang: string; comments: number; selector: string }

export function manifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(join(PAGES_DIR, 'manifest.json'), 'utf8'));
}

/** The page's original URL, from its PROVENANCE.txt. */
export function originalUrl(dir: string): string {
  const prov = readFileSync(join(PAGES_DIR, dir, 'PROVENANCE.txt'), 'utf8');
  return prov.match(/original URL:\s*(\S+)/)?.[1] ?? 'https://example.invalid/';
}

export function loadPage(dir: string): { doc: Document; url: string } {
  const url = originalUrl(dir);
  const html = readFileSync(join(PAGES_DIR, dir, 'source.html'), 'utf8');
  return { doc: new JSDOM(html, { url }).window.document, url };
}

export function htmlDoc(html: string, url = 'https://example.com/post/1'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function pageDirs(): string[] {
  return readdirSync(PAGES_DIR).filter((d) => existsSync(join(PAGES_DIR, d, 'source.html')));
}

export interface Labelled { page: string; i: number; author: string | null; text: string }
export function labelled(): Labelled[] {
  return readFileSync(join(FIXTURES_DIR, 'fixture-comments/labelled-comments.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}
