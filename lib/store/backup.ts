// Reading a backup file back in: strict validation first, then the migration path for files
// written by an older schema. Nothing here touches the database, so a bad file changes nothing.
import type { Backup, CommentRecord, Correction, Settings, ThreadRecord, TriageRecord } from './types';
import { SCHEMA_VERSION } from './schema';
import { migrateBackupData, withNotes } from './migrations';
import {
  Problems, checkComment, checkCorrection, checkList, checkSettings, checkThread, checkTriage, checkV1CommentState, isObject,
} from './validate';

export const BACKUP_FORMAT = 'threadsift-backup';

/** A backup file that cannot be restored. The message is meant for the user. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

/** Accepts a parsed object or the file's text; returns a backup in the current schema or throws BackupError. */
export function parseBackup(input: unknown): Backup {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      // A backup starts with "{" and ends with "}": one that stops short was cut off (a download broken off, a copy
      // not finished), which says more than "not JSON".
      const text = input.trim();
      if (text.startsWith('{') && !text.endsWith('}')) {
        throw new BackupError('This backup file is incomplete: it stops before its end (cut off while downloading or copying). Use a complete copy.', { cause: error });
      }
      throw new BackupError('This file is not a Threadsift backup: it is not valid JSON.', { cause: error });
    }
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupError('This file is not a Threadsift backup (its format tag is missing or different).');
  }
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError('This backup has no valid schema version, so it cannot be read safely.');
  }
  if (version > SCHEMA_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Threadsift (schema ${version}; this one reads up to ${SCHEMA_VERSION}). Update Threadsift, then restore it.`,
    );
  }

  const problems = new Problems();
  if (typeof value.exportedAt !== 'string' || !Number.isFinite(Date.parse(value.exportedAt))) problems.add('exportedAt', 'must be a date');
  const threads = version < 4 && Array.isArray(value.threads) ? value.threads.map(withNotes) : value.threads;
  checkList(problems, threads, 'threads', checkThread);
  checkList(problems, value.corrections, 'corrections', checkCorrection);
  if (!isObject(value.settings)) problems.add('settings', 'must be a record');
  else checkSettings(problems, value.settings, 'settings');
  if (version === 1) checkList(problems, value.comments, 'comments', checkV1CommentState);
  if (!problems.ok) throw invalid(problems);

  const data = migrateBackupData({ schemaVersion: version, comments: value.comments as unknown[], triage: value.triage as unknown[] });
  checkList(problems, data.comments, 'comments', checkComment);
  checkList(problems, data.triage, 'triage', checkTriage);
  if (!problems.ok) throw invalid(problems);

  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: value.exportedAt as string,
    threads: threads as ThreadRecord[],
    comments: data.comments as CommentRecord[],
    triage: data.triage as TriageRecord[],
    corrections: value.corrections as Correction[],
    settings: value.settings as unknown as Settings,
  };
  checkConsistency(problems, backup);
  if (!problems.ok) throw invalid(problems);
  return backup;
}

/** Keys must be unique and every comment and triage record must belong to a thread in the file. */
function checkConsistency(problems: Problems, backup: Backup): void {
  const threadUrls = unique(problems, backup.threads.map((t) => t.url), 'threads', 'url');
  const commentKeys = unique(problems, backup.comments.map((c) => c.key), 'comments', 'key');
  unique(problems, backup.triage.map((t) => t.key), 'triage', 'key');
  unique(problems, backup.corrections.map((c) => c.id), 'corrections', 'id');
  backup.comments.forEach((c, i) => {
    if (!threadUrls.has(c.threadUrl)) problems.add(`comments[${i}].threadUrl`, 'names a thread that is not in the file');
  });
  backup.triage.forEach((t, i) => {
    if (!commentKeys.has(t.key)) problems.add(`triage[${i}].key`, 'names a comment that is not in the file');
  });
}

function unique(problems: Problems, keys: string[], list: string, field: string): Set<string> {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) problems.add(`${list}[${i}].${field}`, 'appears twice');
    seen.add(key);
  });
  return seen;
}

function invalid(problems: Problems): BackupError {
  return new BackupError(`This backup is damaged or incomplete, so nothing was restored: ${problems.summary()}.`);
}
