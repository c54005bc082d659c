// WordPress export files (WXR: RSS with wp: elements). Readers only need a few fields of each <item> (a post or page)
// and of each <wp:comment> in it, so they read the XML as text: an export's comment bodies are HTML fragments inside
// CDATA sections, which an XML parser gives back just the same, and text search keeps a broken export readable.

/** XML's five named entities and numeric character references, decoded once. */
export const xmlDecode = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&'
      : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));

/**
 * The text of the first `<tag>` element in a chunk of the export: CDATA sections verbatim (WordPress splits one that
 * holds "]]>" into two), the rest XML-decoded. '' when the chunk has no such element.
 */
export function wxrField(chunk: string, tag: string): string {
  const m = chunk.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
  if (!m) return '';
  let out = '';
  let rest = m[1];
  for (;;) {
    const at = rest.indexOf('<![CDATA[');
    if (at < 0) { out += xmlDecode(rest); break; }
    out += xmlDecode(rest.slice(0, at));
    const end = rest.indexOf(']]>', at + 9);
    out += rest.slice(at + 9, end < 0 ? undefined : end);
    if (end < 0) break;
    rest = rest.slice(end + 3);
  }
  return out;
}

/** The inside of every `<tag>` element of a chunk, in order (items of the export, comments of an item). */
export const wxrElements = (xml: string, tag: string) =>
  xml
    .split(`<${tag}>`)
    .slice(1)
    .map((s) => s.split(`</${tag}>`)[0]);
