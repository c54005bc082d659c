// Staff close a comment on the text they read. When its writer later edits in a question or a report that text did
// not hold ("EDIT: now the export fails too, any idea?"), that decision does not cover it: the scan reopens the item.
// A typo fix, or an edit that leaves the comment's question where it was, keeps the decision.
import type { Label } from '../thread';
import { ACTIONABLE } from '../thread';
import type { CommentRecord } from './types';

/** Words, case folded; in scripts written without spaces each character counts as one. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** A cue cut short ends in "…", maybe inside a word: that part-word is left out. */
function cueWords(cue: string): string[] {
  const words = wordsOf(cue);
  return cue.endsWith('…') ? words.slice(0, -1) : words;
}

/** A typo fixed inside the question brings one new word; a question or report added brings more, or is all new. */
const NEW_WORDS = 2;

/**
 * Whether the edit from `before` to the comment's text brought an actionable label's cue (the sentence the
 * classifier read it in) whose words the earlier text did not hold. Labels are the ones staff see (their own, if they set
 * some). Staff's own comments never reopen.
 */
export function editAddsAsk(before: string, comment: Pick<CommentRecord, 'text' | 'cues' | 'staff'>, labels: readonly Label[]): boolean {
  if (comment.staff || before === comment.text) return false;
  let earlier: Set<string> | null = null;
  for (const label of labels) {
    if (!ACTIONABLE.includes(label)) continue;
    const cue = comment.cues?.[label];
    if (!cue) continue;
    const words = cueWords(cue);
    if (!words.length) continue;
    earlier ??= new Set(wordsOf(before));
    const fresh = words.filter((word) => !earlier!.has(word)).length;
    if (fresh >= Math.min(NEW_WORDS, words.length)) return true;
  }
  return false;
}
