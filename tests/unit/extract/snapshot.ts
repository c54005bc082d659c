// The parts of an extraction the fixture snapshots pin down.
import type { ExtractResult } from '../../../lib/thread';

export function snapshotOf(result: ExtractResult) {
  return {
    platform: result.thread.platform,
    author: result.thread.author,
    commentCountClaimed: result.thread.commentCountClaimed,
    count: result.comments.length,
    comments: result.comments.map((c) => ({
      id: c.id,
      author: c.author,
      authorName: c.authorName ?? null,
      publishedAt: c.publishedAt,
      parentId: c.parentId,
      staff: c.staff,
      text80: c.text.slice(0, 80),
    })),
  };
}
