// Every extractor, fed damaged and random versions of every saved page: no exception escapes but
// NoThreadError, and whatever comes out is well-formed. Mutations are seeded, so a failure repeats.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { EXTRACTORS, NoThreadError, extractThread } from '../../../lib/extract/registry';
import type { ExtractResult } from '../../../lib/thread';
import { FIXTURES_DIR, SCAN_TIME } from './load';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const NASTY = ['\u0000', '\u202E', '\uFEFF', '\uD800', 'Z̷̡͓̈́a̸͚̿l̶̗̊g̵͚̈o̴̘͂', '<', '&', '"><svg onload=x>', '🙏🏽', '\r\n'];

/** Damages HTML the ways real pages are damaged: cut short, tags dropped, attributes lost, junk inserted. */
function mutate(html: string, random: () => number): string {
  let out = html;
  const cutAt = Math.floor(out.length * (0.3 + random() * 0.7));
  out = out.slice(0, cutAt);
  const tagDrops = 20 + Math.floor(random() * 40);
  for (let i = 0; i < tagDrops; i++) {
    const at = Math.floor(random() * out.length);
    const open = out.indexOf('<', at);
    const close = out.indexOf('>', open);
    if (open < 0 || close < 0) break;
    out = out.slice(0, open) + out.slice(close + 1);
  }
  out = out.replace(/\s(class|datetime|title|id)="[^"]*"/g, (match) => (random() < 0.15 ? '' : match));
  for (let i = 0; i < 30; i++) {
    const at = Math.floor(random() * out.length);
    out = out.slice(0, at) + NASTY[Math.floor(random() * NASTY.length)] + out.slice(at);
  }
  return out;
}

function savedPages(): Array<{ name: string; html: string }> {
  const pages: Array<{ name: string; html: string }> = [];
  for (const group of ['pages', 'platforms', 'unseen']) {
    const dir = join(FIXTURES_DIR, group);
    for (const name of readdirSync(dir)) {
      const file = join(dir, name, 'source.html');
      if (existsSync(file)) pages.push({ name: `${group}/${name}`, html: readFileSync(file, 'utf8') });
    }
  }
  return pages;
}

function expectWellFormed(result: ExtractResult): void {
  expect(typeof result.thread.url).toBe('string');
  expect(typeof result.thread.title).toBe('string');
  expect(Array.isArray(result.thread.warnings)).toBe(true);
  const ids = new Set<string>();
  for (const comment of result.comments) {
    expect(typeof comment.id).toBe('string');
    expect(comment.id.length).toBeGreaterThan(0);
    expect(ids.has(comment.id)).toBe(false);
    ids.add(comment.id);
    expect(typeof comment.author).toBe('string');
    expect(typeof comment.text).toBe('string');
    expect(typeof comment.permalink).toBe('string');
    expect(comment.parentId === null || typeof comment.parentId === 'string').toBe(true);
    if (comment.publishedAt !== null) expect(Number.isNaN(Date.parse(comment.publishedAt))).toBe(false);
  }
}

describe('fuzzing the extractors', () => {
  const pages = savedPages();

  it('has pages of every kind to damage', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
  });

  it('every extractor survives damaged versions of every saved page', async () => {
    const random = seeded(20261125);
    let extracted = 0;
    for (const page of pages) {
      for (let round = 0; round < 3; round++) {
        const doc = parseHTML(mutate(page.html, random)).document as unknown as Document;
        const ctx = { url: 'https://example.org/post/1', now: SCAN_TIME };
        for (const extractor of EXTRACTORS) {
          let result: ExtractResult | undefined;
          try {
            if (!extractor.canExtract(doc, ctx)) continue;
            result = await extractor.extract(doc, ctx);
          } catch (error) {
            throw new Error(`${extractor.id} threw on damaged ${page.name} (round ${round}): ${String(error)}`);
          }
          expectWellFormed(result);
          extracted++;
        }
      }
    }
    expect(extracted).toBeGreaterThan(pages.length);
  });

  it('extractThread answers random markup with a thread or NoThreadError, nothing else', async () => {
    const random = seeded(7);
    const tags = ['div', 'li', 'ol', 'article', 'p', 'span', 'time', 'a', 'blockquote', 'section'];
    const classes = ['comment', 'comment-body', 'author', 'fn', 'post', 'message', 'reply', 'content', 'meta', 'user'];
    for (let round = 0; round < 40; round++) {
      let html = '';
      for (let i = 0; i < 300; i++) {
        const roll = random();
        const tag = tags[Math.floor(random() * tags.length)];
        if (roll < 0.45) html += `<${tag} class="${classes[Math.floor(random() * classes.length)]}" id="comment-${i}">`;
        else if (roll < 0.75) html += `</${tag}>`;
        else if (roll < 0.85) html += `<time datetime="2024-0${1 + Math.floor(random() * 9)}-01T10:00:00Z">x</time>`;
        else html += NASTY[Math.floor(random() * NASTY.length)] + ' words ';
      }
      const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
      try {
        expectWellFormed(await extractThread(doc, { url: 'https://example.org/t/1', now: SCAN_TIME }));
      } catch (error) {
        expect(error).toBeInstanceOf(NoThreadError);
      }
    }
  });
});
