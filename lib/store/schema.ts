// The IndexedDB layout of the current schema version, as one typed idb schema.
import type { DBSchema } from 'idb';
import type { CommentRecord, Correction, Settings, ThreadRecord, TriageRecord, TriageStatus } from './types';

export const DEFAULT_DB_NAME = 'threadsift';

/** Bump together with a new step in migrations.ts. */
export const SCHEMA_VERSION = 4;

/** The one key of the single settings record. */
export const SETTINGS_KEY = 'current';

export interface MetaRecord {
  schemaVersion: number;
  createdAt: string;
  /** Versions this database went through, oldest first, for support questions. */
  migratedFrom: number[];
}
export const META_KEY = 'meta';

/**
 * Up to BLOCK_SIZE comments of one thread in one record. Chromium's IndexedDB pays per record
 * (about 0.1 ms to write, 0.03 ms to read), so storing 10,000 comments as 10,000 records costs
 * seconds where 40 blocks cost tens of milliseconds. The comments are kept as one JSON string:
 * Chromium reads a string back as one copy and JSON.parse rebuilds 50,000 comments two to three
 * times faster than structured clone does. Key: [threadUrl, index], index from 0.
 */
export interface CommentBlock {
  threadUrl: string;
  index: number;
  /** How many comments `json` holds. */
  count: number;
  /** Time (ms) of its newest comment (publishedAt, else firstSeenAt): the dashboard reads newest blocks first. */
  newest: number;
  /** JSON of CommentRecord[], in page order. */
  json: string;
}

export interface ThreadsiftDB extends DBSchema {
  threads: { key: string; value: ThreadRecord; indexes: { site: string } };
  /** A thread's comments in blocks of up to BLOCK_SIZE, in page order (see blocks.ts). */
  commentBlocks: { key: [string, number]; value: CommentBlock };
  triage: { key: string; value: TriageRecord; indexes: { status: TriageStatus; threadUrl: string } };
  corrections: { key: string; value: Correction };
  settings: { key: string; value: Settings };
  meta: { key: string; value: MetaRecord };
}

/** Everything a backup holds (meta describes the database itself and is not restored). */
export const DATA_STORES = ['threads', 'commentBlocks', 'triage', 'corrections', 'settings'] as const;
