// Threads spread over several pages (WordPress comment pages, phpBB/XenForo topic pages, Hacker News "More"):
// read the others when the caller lets us fetch, else say plainly which page was read.
// Only pages on the thread's own origin are fetched, and never more than MAX_PAGES: a thread with more
// pages says so in a warning instead of hammering the site.
import type { ScanNote, ScrapedComment } from '../thread';
import type { ExtractContext } from './types';
import { parseFetched } from './page';
import { originOf } from '../safe-url';

/** First number captured by `re` in a URL or href, or null. */
export function pageNumberIn(href: string, re: RegExp): number | null {
  const m = href.match(re);
  if (!m) return null;
  const value = m.slice(1).find((g) => g !== undefined);
  return value ? parseInt(value, 10) : null;
}

export interface PagingPlan {
  current: number;
  total: number;
  urlFor: (page: number) => string;
  read: (doc: Document, url: string) => ScrapedComment[];
}

export interface PagingResult {
  /** Merges this page's comments with the fetched ones, in page order. */
  comments: (currentPage: ScrapedComment[]) => ScrapedComment[];
  pages: { read: number[]; total: number | null };
  warnings: ScanNote[];
}

/** The most pages one scan reads (the current one included). */
export const MAX_PAGES = 50;

/** True when `url` may be fetched for a thread read at `pageUrl`: same web origin only. */
export function sameOrigin(url: string, pageUrl: string): boolean {
  const origin = originOf(pageUrl);
  return origin !== null && originOf(url) === origin;
}

async function fetchPage(ctx: ExtractContext, doc: Document, url: string): Promise<Document> {
  const response = await ctx.fetch!(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const pageDoc = await parseFetched(await response.text(), url, ctx, doc);
  if (!pageDoc) throw new Error('unreadable page');
  return pageDoc;
}

/** "1-3, 5, 7-9" for sorted page numbers. */
export function pageRanges(pages: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    parts.push(j > i + 1 ? `${pages[i]}-${pages[j]}` : j === i + 1 ? `${pages[i]}, ${pages[j]}` : `${pages[i]}`);
    i = j;
  }
  return parts.join(', ');
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Pages not read, one line per reason: "Could not read pages 1-4, 6-8 of 8 (HTTP 404)." rather than a line per
 * page (a topic of 8 pages read from page 5 gave seven lines that pushed the rest of the panel off screen).
 */
class PageFailures {
  private readonly unreadable = new Map<string, number[]>();
  private readonly offSite = new Map<string, { pages: number[]; url: string }>();

  constructor(private readonly total: number) {}

  /** `page` failed to load or parse, for `reason` ("HTTP 404", "unreadable page", ...). */
  failed(page: number, reason: string): void {
    const pages = this.unreadable.get(reason) ?? [];
    pages.push(page);
    this.unreadable.set(reason, pages);
  }

  /** `page` was not fetched: its `url` is on another site. */
  notOnSite(page: number, url: string): void {
    const key = originOf(url) ?? url;
    const group = this.offSite.get(key) ?? { pages: [], url };
    group.pages.push(page);
    this.offSite.set(key, group);
  }

  notes(): ScanNote[] {
    const notes: ScanNote[] = [];
    const sorted = (pages: number[]) => [...pages].sort((a, b) => a - b);
    const total = this.total;
    for (const [origin, { pages, url }] of this.offSite) {
      notes.push(pages.length === 1
        ? { key: 'note.pageOffSite', vars: { page: pages[0], total, url } }
        : { key: 'note.pagesOffSite', vars: { pages: pageRanges(sorted(pages)), total, origin } });
    }
    for (const [reason, pages] of this.unreadable) {
      notes.push(pages.length === 1
        ? { key: 'note.pageUnread', vars: { page: pages[0], total, reason } }
        : { key: 'note.pagesUnread', vars: { pages: pageRanges(sorted(pages)), total, reason } });
    }
    return notes;
  }
}

/** Pages to fetch: the ones nearest the current page first, at most MAX_PAGES in all. */
function pagesToRead(current: number, total: number): number[] {
  const wanted: number[] = [];
  for (let page = 1; page <= total && wanted.length < MAX_PAGES - 1; page++) if (page !== current) wanted.push(page);
  return wanted;
}

/** Merges per-page comments in page order; a comment shown on two pages counts once. */
function merge(byPage: Map<number, ScrapedComment[]>): ScrapedComment[] {
  const seen = new Set<string>();
  const all: ScrapedComment[] = [];
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    for (const c of byPage.get(page)!) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      all.push(c);
    }
  }
  return all;
}

/** Reads pages 1..total (numbered pagination) besides the current one. */
export async function readAllPages(doc: Document, ctx: ExtractContext, plan: PagingPlan): Promise<PagingResult> {
  const byPage = new Map<number, ScrapedComment[]>();
  const warnings: ScanNote[] = [];
  const failures = new PageFailures(plan.total);
  if (ctx.fetch) {
    const wanted = pagesToRead(plan.current, plan.total);
    if (plan.total > MAX_PAGES) {
      warnings.push({ key: 'note.pagesCapped', vars: { total: plan.total, max: MAX_PAGES } });
    }
    for (const page of wanted) {
      ctx.onProgress?.({ done: byPage.size + 1, total: wanted.length + 1, step: { key: 'note.readingPageOf', vars: { page, total: plan.total } } });
      const url = plan.urlFor(page);
      if (!sameOrigin(url, ctx.url)) {
        failures.notOnSite(page, url);
        continue;
      }
      try {
        byPage.set(page, plan.read(await fetchPage(ctx, doc, url), url));
      } catch (error) {
        failures.failed(page, errorText(error));
      }
    }
  }
  const read = [plan.current, ...byPage.keys()].sort((a, b) => a - b);
  if (read.length < plan.total) {
    warnings.unshift(
      read.length === 1
        ? { key: 'note.onePageRead', vars: { page: plan.current, total: plan.total } }
        : { key: 'note.somePagesRead', vars: { pages: pageRanges(read), total: plan.total } },
    );
  }
  warnings.push(...failures.notes());
  return {
    comments: (currentPage) => {
      byPage.set(plan.current, currentPage);
      return merge(byPage);
    },
    pages: { read, total: plan.total },
    warnings,
  };
}

export interface NextPagePlan {
  /** The URL of the page after `pageDoc` (rel=next, a "More"/"Next" link), or null on the last page. */
  nextUrl: (pageDoc: Document, pageUrl: string) => string | null;
  read: (doc: Document, url: string) => ScrapedComment[];
  /** Number of the current page (default 1). */
  current?: number;
}

export interface NextPageResult {
  comments: ScrapedComment[];
  pages: { read: number[]; total: number | null };
  warnings: ScanNote[];
}

/**
 * Follows "next" links from the current page when the total is unknown (Hacker News "More", rel=next chains).
 * Same origin only, never a URL twice, at most MAX_PAGES pages.
 */
export async function followNextPages(doc: Document, ctx: ExtractContext, plan: NextPagePlan): Promise<NextPageResult> {
  const current = plan.current ?? 1;
  const byPage = new Map<number, ScrapedComment[]>([[current, plan.read(doc, ctx.url)]]);
  const warnings: ScanNote[] = [];
  const visited = new Set<string>([ctx.url.replace(/#.*$/, '')]);
  let next = plan.nextUrl(doc, ctx.url);
  let page = current;
  while (next) {
    if (!ctx.fetch) {
      warnings.push({ key: 'note.firstPageOnly', vars: { page: current } });
      break;
    }
    if (!sameOrigin(next, ctx.url)) {
      warnings.push({ key: 'note.nextOffSite', vars: { url: next } });
      break;
    }
    if (visited.has(next.replace(/#.*$/, ''))) break; // a loop of next links
    if (byPage.size >= MAX_PAGES) {
      warnings.push({ key: 'note.stoppedAfter', vars: { max: MAX_PAGES } });
      break;
    }
    visited.add(next.replace(/#.*$/, ''));
    page++;
    ctx.onProgress?.({ done: byPage.size, total: null, step: { key: 'note.readingPage', vars: { page } } });
    try {
      const pageDoc = await fetchPage(ctx, doc, next);
      byPage.set(page, plan.read(pageDoc, next));
      next = plan.nextUrl(pageDoc, next);
    } catch (error) {
      warnings.push({ key: 'note.nextUnread', vars: { page, reason: errorText(error) } });
      break;
    }
  }
  const read = [...byPage.keys()].sort((a, b) => a - b);
  return { comments: merge(byPage), pages: { read, total: next ? null : Math.max(...read) }, warnings };
}

/**
 * The href of the page's link to its next page, absolute, or null: by default its rel=next link (<link> in head or
 * <a> in the body); an extractor whose platform marks the link otherwise passes its own selector.
 */
export function nextLinkUrl(doc: Document, pageUrl: string, selector = 'link[rel~="next"][href], a[rel~="next"][href]'): string | null {
  const el = doc.querySelector(selector);
  const href = el?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return null;
  }
}
