// Comment ids and links that survive re-scans.
// Platform ids are used whenever the page has one; otherwise a hash of author + text, which a re-scan of the
// same comment reproduces (order-independent, unlike an index). Canonical URLs give threads a stable key.
import { isHttpUrl } from '../safe-url';

/** 53-bit FNV-1a style hash (two 32-bit lanes) of a string, in base 36. Not cryptographic: an id, not a secret. */
export function contentHash(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ input.length;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  const high = (h2 >>> 0) & 0x1fffff; // 21 bits
  return (high * 0x100000000 + (h1 >>> 0)).toString(36);
}

/** Id for a comment without a platform id: stable for the same author and words. */
export function contentId(author: string, text: string): string {
  return `h-${contentHash(`${author}\u0000${text.replace(/\s+/g, ' ').trim()}`)}`;
}

/** Makes ids unique within one thread: a repeated id (a verbatim double post) gets "~2", "~3" in page order. */
export function dedupeIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1) item.id = `${item.id}~${n}`;
  }
  return items;
}

/** The URL without its fragment (a saved page's URL is passed by the caller). */
export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}


function parseUrl(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** The host without a leading "www.": www.example.com and example.com are one site. */
const siteHost = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '');

/** The site's home page: "/" with no query ("/?p=123" is a post on WordPress sites with plain links). */
const isHomePage = (url: URL) => url.pathname === '/' && !url.search;

/**
 * Parent hosts that are not one site, so a page on a subdomain may not name them: hosting platforms whose
 * subdomains belong to unrelated people (alice.github.io must not declare a github.io URL its thread), and the
 * generic second levels of country domains (foo.co.uk is not part of co.uk). A short list of the common ones,
 * not the whole public suffix list (a dependency to keep current); hosts without a dot are never a parent either.
 */
const SHARED_PARENTS = new Set([
  'github.io', 'gitlab.io', 'blogspot.com', 'wordpress.com', 'tumblr.com', 'netlify.app', 'vercel.app',
  'pages.dev', 'neocities.org', 'herokuapp.com', 'substack.com', 'medium.com',
]);
/** co.uk, com.au, co.jp, com.br, org.uk, ac.uk...: a generic second level under a two-letter country domain. */
const COUNTRY_SECOND_LEVEL = /^(?:ac|co|com|edu|gov|net|org)\.[a-z]{2}$/;

const isSharedParent = (host: string) => !host.includes('.') || SHARED_PARENTS.has(host) || COUNTRY_SECOND_LEVEL.test(host);

/** After an AMP cache's prefix: "s/" for https, the original's host, its path. */
const AMP_CACHE_PATH = /^\/(s\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/.*)?$/i;

/**
 * The original page an AMP cache URL serves, or null for any other URL:
 * example-com.cdn.ampproject.org/c/s/example.com/post/amp/ and www.google.com/amp/s/example.com/post/amp/ both
 * serve https://example.com/post/amp/.
 */
function ampCacheOriginal(page: URL): URL | null {
  const host = siteHost(page);
  const prefix = host.endsWith('.cdn.ampproject.org') ? '/c' : host === 'google.com' ? '/amp' : null;
  if (!prefix || !page.pathname.startsWith(`${prefix}/`)) return null;
  const match = AMP_CACHE_PATH.exec(page.pathname.slice(prefix.length));
  return match ? parseUrl(`${match[1] ? 'https' : 'http'}://${match[2]}${match[3] ?? '/'}${page.search}`) : null;
}

/**
 * Whether a web page's declared canonical URL names the same thread:
 * - on the same site: the same host without "www.", or a parent of the page's host (old.reddit.com and
 *   m.example.com name www.reddit.com and example.com) unless that parent is shared (see SHARED_PARENTS).
 *   http and https count as one site: many sites still declare http canonicals after moving to https. Another
 *   site's URL (a cross-post, a syndicated copy, a mirror) would merge this page's comments into that thread.
 *   An AMP cache page counts as the original it serves, whose site its canonical names.
 * - not the site's home page unless the page is one: every page declaring "/" is a common SEO mistake.
 */
function canonicalFits(canonical: URL, page: URL): boolean {
  const site = ampCacheOriginal(page) ?? page;
  return onSiteOf(canonical, site) && (!isHomePage(canonical) || isHomePage(site));
}

/** The same host without "www.", or a parent of the page's host that is not shared (see canonicalFits). */
function onSiteOf(url: URL, page: URL): boolean {
  const host = siteHost(url);
  const pageHost = siteHost(page);
  return host === pageHost || (pageHost.endsWith(`.${host}`) && !isSharedParent(host));
}

/**
 * Whether a thread address belongs to the page it was read on, by the rule its canonical link must meet (an AMP cache
 * page counts as the original it serves).
 */
export function threadOnPageSite(threadUrl: string, pageUrl: string): boolean {
  const thread = parseUrl(threadUrl);
  const page = parseUrl(pageUrl);
  if (!thread || !page) return false;
  return onSiteOf(thread, ampCacheOriginal(page) ?? page);
}

/**
 * The thread's URL: link[rel=canonical], else og:url, else the page URL without its fragment.
 * On a web page (http or https) a declared URL counts only when it fits the page (see canonicalFits); the first that
 * fits is used. Saved pages opened from file:, about: or blob: take the first http(s) URL they declare, whatever its
 * site: that is the address the page was saved from.
 */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  const head = doc.head ?? doc;
  const canonical = Array.from(head.querySelectorAll('link')).find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const og = Array.from(head.querySelectorAll('meta')).find((m) => m.getAttribute('property') === 'og:url');
  const candidates = [canonical?.getAttribute('href'), og?.getAttribute('content')];
  const page = isHttpUrl(pageUrl) ? parseUrl(pageUrl) : null;
  for (const href of candidates) {
    if (!href) continue;
    const abs = parseUrl(href.trim(), pageUrl || 'about:blank');
    if (!abs || !isHttpUrl(abs.href)) continue;
    if (page && !canonicalFits(abs, page)) continue;
    return withoutHash(abs.href);
  }
  return withoutHash(pageUrl);
}

/** A link to an element id on the page. */
export function anchorLink(pageUrl: string, anchor: string): string {
  return `${withoutHash(pageUrl)}#${encodeURIComponent(anchor).replace(/%3A/gi, ':')}`;
}

/** Text fragment characters that must be escaped inside `#:~:text=` (plus what encodeURIComponent escapes). */
function encodeFragmentText(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** A `#:~:text=start,end` link that scrolls to the comment's words when no anchor exists. */
export function textFragmentLink(pageUrl: string, text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const base = withoutHash(pageUrl);
  if (!words.length) return base;
  const all = words.join(' ');
  if (words.length <= 8 && all.length <= 60) return `${base}#:~:text=${encodeFragmentText(all)}`;
  // Scripts without spaces (zh, ja) give one long "word": cut by characters instead.
  const start = words.length >= 8 ? words.slice(0, 4).join(' ') : Array.from(all).slice(0, 12).join('');
  const end = words.length >= 8 ? words.slice(-4).join(' ') : Array.from(all).slice(-12).join('');
  return `${base}#:~:text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}
