// Text from the input, made safe to show: the commands quote it in messages and write it to files people open in a
// terminal or an editor, where a raw control character can clear the screen, retitle the window or hide a line.

/**
 * C0 and C1 controls and DEL, plus the invisible characters that reorder or hide text (zero-width marks, bidi
 * overrides and isolates, the BOM): in a message they would either act on the terminal or not show at all.
 */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** `text` with each unshowable character written as a \uXXXX escape, as JSON would write it. */
export function escapeUnshowable(text: string): string {
  return text.replace(UNSHOWABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** C0 and C1 controls other than tab and newline, and DEL: what a terminal may run as a command. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` without terminal controls (tab and newline kept): for output formats that have no escape for them. */
export function stripTerminalControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '');
}

const REPLACEMENT = '\ufffd';
/** U+FFFD as UTF-8 bytes: a replacement character the input itself holds, not one the decoder put in. */
const REPLACEMENT_BYTES = Buffer.from(REPLACEMENT, 'utf8');

function occurrences(haystack: string | Buffer, needle: string | Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle as never); at >= 0; at = haystack.indexOf(needle as never, at + needle.length)) count++;
  return count;
}

/**
 * How many replacement characters the decoder put in `text` for bytes of `bytes` that are not UTF-8. `before` is
 * the end of the bytes decoded before (two bytes are enough), so that a U+FFFD the input holds across two reads is
 * not counted as one put in.
 */
export function replacementsIn(text: string, bytes: Buffer, before: Buffer = Buffer.alloc(0)): number {
  if (!text.includes(REPLACEMENT)) return 0;
  const held = occurrences(before.length ? Buffer.concat([before, bytes]) : bytes, REPLACEMENT_BYTES);
  return Math.max(0, occurrences(text, REPLACEMENT) - held);
}
