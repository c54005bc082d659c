// Threads staff removed while this background runs. A scan reads a page for a while before it saves; one that started
// before staff removed its thread would otherwise save it straight back.
const removedAt = new Map<string, number>();

/** Long past any scan still running: older marks are let go. */
const KEPT_MS = 60 * 60_000;

export function threadRemoved(url: string, at: number = Date.now()): void {
  for (const [old, when] of removedAt) if (at - when > KEPT_MS) removedAt.delete(old);
  removedAt.set(url, at);
}

/** Whether staff removed the thread at `url` at or after `since` (ms). */
export function removedSince(url: string, since: number): boolean {
  const at = removedAt.get(url);
  return at !== undefined && at >= since;
}
