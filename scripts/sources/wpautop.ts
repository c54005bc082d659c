// WordPress stores a comment as the commenter typed it and adds the paragraph markup only when it shows the comment
// (wpautop). Readers of WordPress exports (WXR files, or Jekyll front matter converted from them) do the same step
// before reading the HTML as text, so that blank lines stay paragraph breaks and single newlines stay line breaks.

export interface WpautopOptions {
  /**
   * Leave <pre> blocks whole, as wpautop does (no <p>/<br> inside code). Off for the exports whose readers were
   * written without it; their texts were labelled as that reading gave them.
   */
  keepPre?: boolean;
}

/** WordPress's wpautop, reduced to what comment bodies need: blank line -> paragraph, single newline -> <br>. */
export function wpautop(raw: string, { keepPre = false }: WpautopOptions = {}): string {
  const pres: string[] = [];
  let text = raw.replace(/\r\n?/g, '\n');
  // A <pre> block becomes a paragraph of its own holding only a placeholder, put back after the split.
  if (keepPre)
    text = text.replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (m) => {
      pres.push(m);
      return `\n\n\u0000${pres.length - 1}\u0000\n\n`;
    });
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const pre = keepPre ? p.match(/^\u0000(\d+)\u0000$/) : null;
      return pre ? pres[Number(pre[1])] : `<p>${p.replace(/\n/g, '<br>\n')}</p>`;
    })
    .join('\n');
}
