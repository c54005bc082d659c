// Pingbacks and trackbacks are notices that another page linked to the post, not comments anyone wrote; the blog
// readers leave them out. Where an export keeps no comment type, a pingback shows by its body: WordPress opens it
// with an excerpt marker "[...]" (typed as "[...]", "[…]" or the entity "[&#8230;]").

export interface ExcerptOptions {
  /** The marker may sit inside an opening <p> (bodies saved as HTML paragraphs). */
  inParagraph?: boolean;
  /** The marker may follow a <strong>…</strong> title (the linking page's name, as some themes saved it). */
  afterTitle?: boolean;
}

/** A body that opens (after blanks) with WordPress's pingback excerpt marker. */
export function isPingbackExcerpt(body: string, { inParagraph = false, afterTitle = false }: ExcerptOptions = {}): boolean {
  const opening = (inParagraph ? String.raw`(<p>)?\s*` : '') + (afterTitle ? String.raw`(<strong>[^<]*<\/strong>\s*)?` : '');
  return new RegExp(String.raw`^\s*${opening}(\[\.\.\.\]|\[…\]|\[&#8230;\])`).test(body);
}

/** A comment type field that marks a pingback or trackback (any case). */
export const isPingbackType = (type: unknown) => /^(pingback|trackback)$/i.test(String(type ?? ''));
