// The IndexedDB layout of the current schema version, as one typed idb schema.
import type { DBSchema } from 'idb';
import type { CommentRecord, Correction, Settings, ThreadRecord, TriageRecord, TriageStatus } from './types';

export const DEFAULT_DB_NAME = 'threadsift';

/** Bump together with a new step in migrations.ts. */
export const SCHEMA_VERSION = 2;

/** The one key of the single settings record. */
export const SETTINGS_KEY = 'current';

export interface MetaRecord {
  schemaVersion: number;
  createdAt: string;
  /** Versions this database went through, oldest first, for support questions. */
  migratedFrom: number[];
}
export const META_KEY = 'meta';

export interface ThreadsiftDB extends DBSchema {
  threads: { key: string; value: ThreadRecord; indexes: { site: string } };
  comments: {
    key: string;
    value: CommentRecord;
    indexes: { threadUrl: string; site: string; labels: string; publishedAt: string };
  };
  triage: { key: string; value: TriageRecord; indexes: { status: TriageStatus; threadUrl: string } };
  corrections: { key: string; value: Correction };
  settings: { key: string; value: Settings };
  meta: { key: string; value: MetaRecord };
}

export const ALL_STORES = ['threads', 'comments', 'triage', 'corrections', 'settings', 'meta'] as const;
/** Everything a backup holds (meta describes the database itself and is not restored). */
export const DATA_STORES = ['threads', 'comments', 'triage', 'corrections', 'settings'] as const;
