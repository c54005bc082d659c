// Every schema version Threadsift has shipped, as steps from the one before. A database (or a
// backup file) from any earlier version is brought up to SCHEMA_VERSION by running the steps
// after its version in order, inside the one versionchange transaction the browser gives us:
// if a step fails, the browser rolls the whole upgrade back and the old database stays as it was.
//
// v1 (first release): staff state (status, snoozeUntil, note) lived inside each comment record,
//     with a `status` index on comments.
// v2: staff state moved to its own `triage` store, so a re-scan that rewrites a
//     comment can never touch a decision; triage gained assignee, labelOverride and draft.
// v3: comments moved from one record each (`comments`, four indexes) into
//     `commentBlocks` of up to BLOCK_SIZE per thread, because Chromium's IndexedDB costs per
//     record: 10,000 comments took 1.5-2 s to save and 50,000 1.5-3 s to read. Triage records
//     are written only once staff decide something (a missing one reads as open), so v2's
//     records that merely restate that default are dropped; every other one is kept.
//     Backup files keep the v2 shape (flat comments and triage), so no backup step is needed.
// v4 (current): a thread's scan notes (`warnings`) are message keys and values (ScanNote) instead of English
//     sentences, so each reader sees them in the UI's language. Older sentences are kept as they were, in a note
//     that shows its text (`note.text`). Backup files get the same step.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { ScanNote } from '../thread';
import type { CommentRecord, TriageRecord, TriageStatus } from './types';
import { META_KEY, type MetaRecord } from './schema';
import { blocksOf, isDefaultTriage } from './blocks';

type AnyDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** A comment as schema v1 stored it. */
export interface V1CommentRecord extends CommentRecord {
  status: TriageStatus;
  snoozeUntil: string | null;
  note: string;
}

interface Migration {
  version: number;
  description: string;
  upgrade(db: AnyDatabase, tx: UpgradeTransaction): Promise<void>;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'threads, comments with their staff state, corrections, settings, meta',
    async upgrade(db) {
      const threads = db.createObjectStore('threads', { keyPath: 'url' });
      threads.createIndex('site', 'site');
      const comments = db.createObjectStore('comments', { keyPath: 'key' });
      comments.createIndex('threadUrl', 'threadUrl');
      comments.createIndex('site', 'site');
      comments.createIndex('labels', 'labels', { multiEntry: true });
      comments.createIndex('publishedAt', 'publishedAt');
      comments.createIndex('status', 'status');
      db.createObjectStore('corrections', { keyPath: 'id' });
      db.createObjectStore('settings');
      db.createObjectStore('meta');
    },
  },
  {
    version: 2,
    description: 'staff state moved out of comments into the triage store',
    async upgrade(db, tx) {
      const triage = db.createObjectStore('triage', { keyPath: 'key' });
      triage.createIndex('status', 'status');
      triage.createIndex('threadUrl', 'threadUrl');
      const comments = tx.objectStore('comments');
      let cursor = await comments.openCursor();
      while (cursor) {
        const split = splitV1Comment(cursor.value as V1CommentRecord);
        triage.put(split.triage);
        cursor.update(split.comment);
        cursor = await cursor.continue();
      }
      comments.deleteIndex('status');
    },
  },
  {
    version: 3,
    description: 'comments stored in blocks per thread instead of one record each',
    async upgrade(db, tx) {
      const blocks = db.createObjectStore('commentBlocks', { keyPath: ['threadUrl', 'index'] });
      // Key order keeps each thread's comments together; their order within a thread is kept.
      const comments = (await tx.objectStore('comments').getAll()) as CommentRecord[];
      await Promise.all(blocksOf(comments).map((block) => blocks.put(block)));
      db.deleteObjectStore('comments');
      // Records that only restate the default read back identically without being stored.
      const commentByKey = new Map(comments.map((c) => [c.key, c]));
      let cursor = await tx.objectStore('triage').openCursor();
      while (cursor) {
        if (isDefaultTriage(cursor.value as TriageRecord, commentByKey.get(cursor.key as string))) await cursor.delete();
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 4,
    description: "a thread's scan notes kept as message keys and values instead of English sentences",
    async upgrade(_db, tx) {
      let cursor = await tx.objectStore('threads').openCursor();
      while (cursor) {
        const thread = cursor.value as Record<string, unknown>;
        const upgraded = withNotes(thread);
        if (upgraded !== thread) await cursor.update(upgraded);
        cursor = await cursor.continue();
      }
    },
  },
];

export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Runs the steps after `oldVersion` up to `targetVersion`, then records the version in meta. */
export async function migrate(
  db: AnyDatabase,
  tx: UpgradeTransaction,
  oldVersion: number,
  targetVersion: number,
  now: Date = new Date(),
): Promise<void> {
  for (const step of MIGRATIONS) {
    if (step.version > oldVersion && step.version <= targetVersion) await step.upgrade(db, tx);
  }
  const meta = tx.objectStore('meta');
  const previous = (await meta.get(META_KEY)) as MetaRecord | undefined;
  const record: MetaRecord = {
    schemaVersion: targetVersion,
    createdAt: previous?.createdAt ?? now.toISOString(),
    migratedFrom: oldVersion > 0 ? [...(previous?.migratedFrom ?? []), oldVersion] : [],
  };
  await meta.put(record, META_KEY);
}

/** v1 -> v2 for one record; shared by the database upgrade and by restoring a v1 backup. */
export function splitV1Comment(v1: V1CommentRecord): { comment: CommentRecord; triage: TriageRecord } {
  const { status, snoozeUntil, note, ...comment } = v1;
  return {
    comment,
    triage: {
      key: v1.key,
      threadUrl: v1.threadUrl,
      status,
      snoozeUntil: snoozeUntil ?? null,
      note: note ?? '',
      assignee: null,
      labelOverride: null,
      draft: '',
      updatedAt: v1.lastSeenAt,
    },
  };
}

/**
 * v3 -> v4 for one thread record: its English sentences become notes that show them as they are. Anything else is left
 * for validation to judge (this also runs on backup files before they are checked).
 */
export function withNotes<T>(thread: T): T {
  if (typeof thread !== 'object' || thread === null) return thread;
  const warnings = (thread as { warnings?: unknown }).warnings;
  if (!Array.isArray(warnings) || !warnings.some((w) => typeof w === 'string')) return thread;
  const notes = warnings.map((w): unknown => (typeof w === 'string' ? ({ key: 'note.text', vars: { text: w } } satisfies ScanNote) : w));
  return { ...thread, warnings: notes };
}

/** The data arrays of a backup file, in the shape of its schema version. */
export interface BackupData {
  schemaVersion: number;
  comments: unknown[];
  triage?: unknown[];
}

/** Brings the arrays of an older backup to the current shape (validated for that version first). */
export function migrateBackupData(data: BackupData): BackupData {
  let current = data;
  if (current.schemaVersion === 1) {
    const split = (current.comments as V1CommentRecord[]).map(splitV1Comment);
    current = { ...current, schemaVersion: 2, comments: split.map((s) => s.comment), triage: split.map((s) => s.triage) };
  }
  return current;
}
