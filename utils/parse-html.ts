// A DOM parser wherever the background runs: Firefox's event page and extension pages have
// DOMParser; Chrome's service worker does not, so it falls back to linkedom (loaded on demand).
export async function parseHtml(html: string): Promise<Document> {
  if (typeof DOMParser !== 'undefined') return new DOMParser().parseFromString(html, 'text/html');
  const { DOMParser: LinkedomParser } = await import('linkedom');
  return new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;
}
