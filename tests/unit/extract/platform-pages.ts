// Test helpers for the hand-built platform pages in tests/fixtures/platforms/<name>/ (source.html,
// PROVENANCE.txt with the page's original URL, expected.json checked by hand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { ExtractResult } from '../../../lib/thread';
import { FIXTURES_DIR } from './load';
import { noteText } from '../../../lib/i18n';

export const PLATFORMS_DIR = join(FIXTURES_DIR, 'platforms');

export function platformPage(dir: string): { html: string; url: string } {
  const prov = readFileSync(join(PLATFORMS_DIR, dir, 'PROVENANCE.txt'), 'utf8');
  const url = prov.match(/original URL:\s*(\S+)/)?.[1] ?? 'https://example.invalid/';
  return { html: readFileSync(join(PLATFORMS_DIR, dir, 'source.html'), 'utf8'), url };
}

export function loadPlatformPage(dir: string, url?: string): { doc: Document; url: string } {
  const page = platformPage(dir);
  const pageUrl = url ?? page.url;
  return { doc: new JSDOM(page.html, { url: pageUrl }).window.document, url: pageUrl };
}

export function expectedFor(dir: string): unknown {
  return JSON.parse(readFileSync(join(PLATFORMS_DIR, dir, 'expected.json'), 'utf8'));
}

/** Everything the hand check covers: full texts and quotes, not just their start. */
export function platformSnapshot(result: ExtractResult) {
  return {
    platform: result.thread.platform,
    url: result.thread.url,
    title: result.thread.title,
    author: result.thread.author,
    commentCountClaimed: result.thread.commentCountClaimed,
    warnings: result.thread.warnings.map(noteText),
    count: result.comments.length,
    comments: result.comments.map((c) => ({
      id: c.id,
      author: c.author,
      authorName: c.authorName ?? null,
      publishedAt: c.publishedAt,
      parentId: c.parentId,
      staff: c.staff,
      staffReason: c.staffReason ?? null,
      deleted: c.deleted ?? false,
      hidden: c.hidden ?? false,
      permalink: c.permalink,
      text: c.text,
      quotes: c.quotes ?? [],
    })),
  };
}

/**
 * UI chrome that must never reach a comment's text: a whole line that is an action ("Reply", "permalink",
 * "Share ›"), vote counts ("31 points"), collapse toggles ("[–]"), "Click to expand...", "X said:".
 */
export const CHROME_WORDS =
  /(^|\n)\s*(reply|permalink|share\s*›?|report|upvote|downvote|embed|save|like|vote up|vote down|award|follow|add a comment|\d+)\s*($|\n)|\b\d+ points?\b|\[–\]|click to expand|\bsaid:/i;
