// A comment body is an HTML fragment, not a page. linkedom parses it as the body of a page, inside one div that the
// readers then walk as the comment's root (its text, its children), whatever the fragment's own first element is.
import { parseHTML } from 'linkedom';

/** The div holding `html`, parsed as the body of a page. */
export function htmlFragment(html: string): any {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root')!;
}
