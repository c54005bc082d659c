// The last step of nearly every reader: lay plain text out in lines the way a reader sees it. What each reader does to
// one line differs (which blanks it squeezes, whether no-break spaces count), so that is left to the caller; what is
// the same everywhere is the frame: clean line by line, at most one blank line in a row, nothing blank at either end.

/** `line` applied to every line, then runs of blank lines cut to one and the whole trimmed. */
export function tidyLines(text: string, line: (l: string) => string): string {
  return text.split('\n').map(line).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** A line with every run of spaces, tabs and no-break spaces made one space, and trimmed (text copied out of a page). */
export const squeezeLine = (l: string) => l.replace(/[ \t\u00a0]+/g, ' ').trim();

/**
 * Quoted text as the readers keep it: every line prefixed "> ", a blank line a bare ">" (no trailing space), so a
 * quote stays visibly a quote in the plain text.
 */
export const quoteLines = (text: string) =>
  text
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
