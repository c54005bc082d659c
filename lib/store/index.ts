// The store's public surface: open it, read backups and corrections files, filter the queue.
export { openStore, commentKey, type OpenStoreOptions } from './store';
export { BackupError, BACKUP_FORMAT, parseBackup } from './backup';
export { SCHEMA_VERSION, DEFAULT_DB_NAME } from './schema';
export { DEFAULT_SETTINGS } from './defaults';
export { effectiveStatus, withEffectiveStatus, needsAttention, isOpenFollowUp } from './status';
export { filterQueue, sortQueue, searchQueue, prepareQueue, type QueueFilter, type QueueSort } from './queue';
export { exportCorrections, parseCorrections, mergeCorrections, CorrectionsFileError, CORRECTIONS_FORMAT } from './learning';
export type * from './types';
