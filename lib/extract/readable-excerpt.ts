// The post's excerpt when the page has neither a meta description nor an <article>: Readability
// finds the main text. It works on a clone (it rewrites the DOM it reads) and is skipped on very
// large pages, where cloning would cost more than an excerpt is worth.
import { Readability } from '@mozilla/readability';

const MAX_ELEMENTS = 20_000;

export function readabilityExcerpt(doc: Document): string | undefined {
  try {
    if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return undefined;
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    const text = (article?.excerpt || article?.textContent || '').replace(/\s+/g, ' ').trim();
    return text || undefined;
  } catch {
    return undefined;
  }
}
