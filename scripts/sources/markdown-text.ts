// Pieces the Markdown readers share. Each reader follows its own renderer (kramdown for the Jekyll blogs, turndown's
// output for fluiggers, pandoc's for YaCy), so block structure and most inline rules stay in the reader; what is the
// same is the way code and escapes are kept out of the inline rewriting, and kramdown's emphasis.

/**
 * Placeholders for pieces the later inline rules must not touch (code spans, escaped characters): put() gives a token
 * that no rule matches, restore() puts the pieces back in one pass.
 */
export class Stash {
  private kept: string[] = [];
  put(text: string): string {
    this.kept.push(text);
    return `\u0000${this.kept.length - 1}\u0000`;
  }
  restore(s: string): string {
    return s.replace(/\u0000(\d+)\u0000/g, (_m, k: string) => this.kept[Number(k)]);
  }
}

/** A code span as CommonMark and pandoc read it: a run of backticks, closed by a run of the same length. Groups: the
 * run, the code. */
export const CODE_SPAN = /(`+)([\s\S]*?[^`])\1(?!`)/g;

/** Text made safe to stand in HTML that is parsed again. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** kramdown's strong (**x**, __x__) and emphasis (*x*, _x_; not inside words) as HTML tags. */
export function emphasisToHtml(s: string): string {
  return s
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/__(?=\S)([\s\S]*?\S)__(?!\w)/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_])_(?!\w)/g, '$1<em>$2</em>');
}
