// Links built from scraped data: only http(s) URLs become hrefs or tabs (no javascript:, data:, ...); and the site a
// URL belongs to. Shared by the extension pages, the background, the page reader and the CLI, so it lives in lib/.

/** Whether a link is written as an absolute http(s) URL (not javascript:, data:, file: ...); a test, no parse. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The link as a normalised http(s) URL, or null for anything else or anything unparsable. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The site a thread belongs to, its hostname (`forum.example.org`), which keys per-site settings; '' when unparsable. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** `https://example.org` for a page URL, or null when it is not a web page. */
export function originOf(url: string): string | null {
  const safe = safeHttpUrl(url);
  return safe ? new URL(safe).origin : null;
}

/**
 * The host permission that lets Threadsift read a page's site: `http://127.0.0.1/*` for `http://127.0.0.1:8080/t/1`.
 * Never with the port: Firefox takes no port in a match pattern (one with a port never matches, so a granted site
 * would read as not granted, and a self-hosted forum on :8080 could never be allowed there), and in Chrome a pattern
 * without one covers every port of the host. Null for anything but an http(s) URL.
 */
export function hostPermission(url: string): string | null {
  const safe = safeHttpUrl(url);
  if (!safe) return null;
  const { protocol, hostname } = new URL(safe);
  return `${protocol}//${hostname}/*`;
}
