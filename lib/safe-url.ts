// Links built from scraped data: only http(s) URLs become hrefs or tabs (no javascript:, data:, ...). Shared by the
// extension pages and the background, so it lives in lib/.

export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `https://example.org` for a page URL, or null when it is not a web page. */
export function originOf(url: string): string | null {
  const safe = safeHttpUrl(url);
  return safe ? new URL(safe).origin : null;
}
