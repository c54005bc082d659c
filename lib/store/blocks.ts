// How comments are laid out on disk: each thread's comments in blocks of BLOCK_SIZE, in page
// order, plus the key ranges that select one thread's blocks and triage records.
import type { CommentRecord, TriageRecord } from './types';
import type { CommentBlock } from './schema';

/**
 * Comments per block. Measured in Chromium: reading 50,000 comments costs about the same with
 * 128 to 1,000 per block and several times more below 64; smaller blocks keep one thread's
 * rewrite and the first read of the dashboard small.
 */
export const BLOCK_SIZE = 250;

/** One thread's comments (already in the order to keep) as the blocks that replace its old ones. */
export function toBlocks(threadUrl: string, comments: readonly CommentRecord[], size: number = BLOCK_SIZE): CommentBlock[] {
  const blocks: CommentBlock[] = [];
  for (let start = 0; start < comments.length; start += size) {
    const slice = comments.slice(start, start + size);
    let newest = 0;
    for (const comment of slice) newest = Math.max(newest, commentTime(comment));
    // Throws (and so aborts the scan) on what JSON cannot hold, e.g. a cyclic or BigInt field.
    blocks.push({ threadUrl, index: blocks.length, count: slice.length, newest, json: JSON.stringify(slice) });
  }
  return blocks;
}

/** The time the queue sorts a comment by: when it was posted, else when Threadsift first saw it (ms, 0 if unknown). */
export function commentTime(comment: Pick<CommentRecord, 'publishedAt' | 'firstSeenAt'>): number {
  const time = Date.parse(comment.publishedAt ?? comment.firstSeenAt);
  return Number.isFinite(time) ? time : 0;
}

/** The comments one block holds. */
export function readBlock(block: CommentBlock): CommentRecord[] {
  return JSON.parse(block.json) as CommentRecord[];
}

/** Groups comments by thread, keeping their order within each thread, and blocks each group. */
export function blocksOf(comments: readonly CommentRecord[], size: number = BLOCK_SIZE): CommentBlock[] {
  const byThread = new Map<string, CommentRecord[]>();
  for (const comment of comments) {
    const list = byThread.get(comment.threadUrl);
    if (list) list.push(comment);
    else byThread.set(comment.threadUrl, [comment]);
  }
  return [...byThread].flatMap(([url, list]) => toBlocks(url, list, size));
}

/** Every comment of some blocks, in block order. */
export function commentsOf(blocks: readonly CommentBlock[]): CommentRecord[] {
  const out: CommentRecord[] = [];
  for (const block of blocks) for (const comment of readBlock(block)) out.push(comment);
  return out;
}

/** All blocks of one thread: keys [url, 0] .. [url, +Infinity]. */
export function threadBlocks(threadUrl: string): IDBKeyRange {
  return IDBKeyRange.bound([threadUrl, 0], [threadUrl, Infinity]);
}

/** Thread URLs carry no fragment, so the first '#' of a comment key ends its thread URL. */
export function threadUrlOfKey(key: string): string {
  const hash = key.indexOf('#');
  return hash < 0 ? key : key.slice(0, hash);
}

/** The triage record a comment has before staff decide anything (not stored until they do). */
export function defaultTriage(key: string, threadUrl: string, at: string): TriageRecord {
  return { key, threadUrl, status: 'open', snoozeUntil: null, note: '', assignee: null, labelOverride: null, draft: '', updatedAt: at };
}

/** True when a stored record says nothing the default for its comment would not. */
export function isDefaultTriage(triage: TriageRecord, comment: CommentRecord | undefined): boolean {
  if (!comment) return false;
  const plain = defaultTriage(comment.key, comment.threadUrl, comment.firstSeenAt);
  return (
    triage.key === plain.key && triage.threadUrl === plain.threadUrl && triage.status === plain.status &&
    triage.snoozeUntil === plain.snoozeUntil && triage.note === plain.note && triage.assignee === plain.assignee &&
    triage.labelOverride === plain.labelOverride && triage.draft === plain.draft && triage.updatedAt === plain.updatedAt
  );
}
