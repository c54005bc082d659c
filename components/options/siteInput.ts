// Reading what the user types as a site, and listing the sites of the scanned threads: pure helpers of the
// Staff and Sites sections.
import type { ThreadRecord } from '../../lib/store/types';
import { originOf } from '../../lib/safe-url';

/** "https://Forum.Example.org/t/1" or "forum.example.org" -> "forum.example.org" */
export function normaliseSite(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return '';
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return trimmed;
  }
}

/** "disqus.com" or a pasted URL -> the https origin to ask for; null when it is not a site. */
export function originFromInput(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Each http(s) origin among the threads, with how many of its threads are tracked: most tracked first. */
export function siteOrigins(threads: ThreadRecord[]): Array<{ origin: string; tracked: number }> {
  const map = new Map<string, number>();
  for (const thread of threads) {
    // A thread URL that is not http(s), or does not parse, has no site to grant.
    const origin = originOf(thread.url);
    if (!origin) continue;
    map.set(origin, (map.get(origin) ?? 0) + (thread.tracked ? 1 : 0));
  }
  return [...map].map(([origin, tracked]) => ({ origin, tracked })).sort((a, b) => b.tracked - a.tracked || a.origin.localeCompare(b.origin));
}
