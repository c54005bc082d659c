// The store's public surface: open it, read backups, filter the queue.
export { openStore, commentKey, siteOf, type OpenStoreOptions } from './store';
export { BackupError, BACKUP_FORMAT, parseBackup } from './backup';
export { SCHEMA_VERSION, DEFAULT_DB_NAME } from './schema';
export { DEFAULT_SETTINGS } from './defaults';
export { effectiveStatus, needsAttention, isOpenFollowUp } from './status';
export type * from './types';
