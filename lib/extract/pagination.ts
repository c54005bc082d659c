// Threads spread over several pages (WordPress comment pages, phpBB topic pages): read the others when the
// caller lets us fetch, else say plainly which page was read.
import type { ScrapedComment } from '../thread';
import type { ExtractContext } from './types';
import { parseFetched } from './page';

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
  warnings: string[];
}

const MAX_PAGES = 200;

export async function readAllPages(doc: Document, ctx: ExtractContext, plan: PagingPlan): Promise<PagingResult> {
  const byPage = new Map<number, ScrapedComment[]>();
  const warnings: string[] = [];
  const total = Math.min(plan.total, MAX_PAGES);
  if (ctx.fetch) {
    for (let page = 1; page <= total; page++) {
      if (page === plan.current) continue;
      ctx.onProgress?.({ done: byPage.size + 1, total, message: `Reading comment page ${page} of ${total}` });
      const url = plan.urlFor(page);
      try {
        const response = await ctx.fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const pageDoc = await parseFetched(await response.text(), url, ctx, doc);
        if (!pageDoc) throw new Error('unreadable page');
        byPage.set(page, plan.read(pageDoc, url));
      } catch (error) {
        warnings.push(`Could not read page ${page} of ${total} (${error instanceof Error ? error.message : String(error)}).`);
      }
    }
  }
  const read = [plan.current, ...byPage.keys()].sort((a, b) => a - b);
  if (read.length < plan.total) {
    warnings.unshift(
      read.length === 1
        ? `Read page ${plan.current} of ${plan.total} of the comments only.`
        : `Read pages ${read.join(', ')} of ${plan.total} of the comments.`,
    );
  }
  return {
    comments: (currentPage) => {
      byPage.set(plan.current, currentPage);
      const seen = new Set<string>();
      const all: ScrapedComment[] = [];
      for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
        for (const c of byPage.get(page)!) {
          if (seen.has(c.id)) continue; // a comment shown on two pages counts once
          seen.add(c.id);
          all.push(c);
        }
      }
      return all;
    },
    pages: { read, total: plan.total },
    warnings,
  };
}
