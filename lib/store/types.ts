// The stored records and the one typed API over IndexedDB. Only lib/store touches IndexedDB;
// the background and the extension pages (dashboard, popup, options) all go through `TriageStore`.
import type { AnalysedComment, Label, ScrapedThread } from '../thread';
import type { CommentBlock } from './schema';

export type TriageStatus = 'open' | 'answered' | 'dismissed' | 'snoozed';

/** A thread as stored. Key: `url`. */
export interface ThreadRecord extends ScrapedThread {
  /** Hostname of `url`, for the site filter and per-site settings. */
  site: string;
  commentCountRead: number;
  firstScannedAt: string;
  lastScannedAt: string;
  /** When staff last opened this thread in the dashboard; comments first seen later are "new". */
  lastVisitedAt: string | null;
  /** Re-checked in the background on a schedule. */
  tracked: boolean;
}

/** What the page said, as of the last scan. A re-scan rewrites it; staff state lives in TriageRecord. */
export interface CommentRecord extends AnalysedComment {
  /** `${threadUrl}#${id}`: the store key, shared with TriageRecord. */
  key: string;
  threadUrl: string;
  site: string;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Set when a re-scan no longer finds the comment on the page; never deleted for it. */
  goneSince: string | null;
  /** Earlier texts, oldest first, when the comment was edited between scans. */
  history: Array<{ text: string; seenUntil: string }>;
}

/** Staff decisions about one comment. A scan never writes here. Key: same `key` as the comment. */
export interface TriageRecord {
  key: string;
  threadUrl: string;
  status: TriageStatus;
  /** ISO date; with status 'snoozed' the item reopens after it. */
  snoozeUntil: string | null;
  note: string;
  assignee: string | null;
  /** Labels staff set by hand; they win over the classifier's. */
  labelOverride: Label[] | null;
  /** Reply draft typed in the dashboard. */
  draft: string;
  updatedAt: string;
}

/** A change to some of a triage record's fields (never its key). */
export type TriagePatch = Partial<Omit<TriageRecord, 'key' | 'threadUrl'>>;

/** One field a triage change writes. */
export type TriageField = keyof TriagePatch;

/** One thread as removeThread took it away, for Undo. */
export interface RemovedThread {
  thread: ThreadRecord;
  blocks: CommentBlock[];
  triage: TriageRecord[];
}

/** A comment joined with its triage state: one row of the dashboard queue. */
export interface QueueItem {
  comment: CommentRecord;
  triage: TriageRecord;
  /** labelOverride ?? comment.labels */
  labels: Label[];
}

export interface LoadItemsOptions {
  /** How many items the first screen needs (default 50). */
  firstCount?: number;
  onFirst?(items: QueueItem[]): void;
  /** Lets the caller stop a load it no longer needs (the page reloaded the data meanwhile). */
  signal?: AbortSignal;
}

/** A staff relabelling, kept so the classifier can learn and so it can be exported. */
export interface Correction {
  /** Content hash of the text: one correction per text. */
  id: string;
  text: string;
  labels: Label[];
  site: string;
  createdAt: string;
}

export interface SavedReply {
  id: string;
  title: string;
  body: string;
}

export interface Settings {
  /** Staff logins per site (hostname -> logins). */
  staffAccounts: Record<string, string[]>;
  theme: 'system' | 'light' | 'dark';
  locale: 'auto' | 'en' | 'es';
  /** Re-check interval for tracked threads, in minutes. */
  recheckMinutes: number;
  /** Minimum score for a label to be shown (classifier setting). */
  labelThreshold: number;
  savedReplies: SavedReply[];
}

/** What a scan found: `counts` are of readers' comments (staff's own are in `total` only). */
export interface ScanSummary {
  threadUrl: string;
  total: number;
  added: number;
  edited: number;
  gone: number;
  counts: Record<Label, number>;
  /** Unanswered follow-ups in this thread after the merge. */
  openFollowUps: number;
  /** Of those, the ones this scan found first (what a tracked re-check tells staff about). */
  newOpenFollowUps: number;
  /** Items staff had closed that opened again: their writer edited in a new question or report. */
  reopened: number;
}

/** One JSON file holding the whole database. */
export interface Backup {
  format: 'threadsift-backup';
  schemaVersion: number;
  exportedAt: string;
  threads: ThreadRecord[];
  comments: CommentRecord[];
  triage: TriageRecord[];
  corrections: Correction[];
  settings: Settings;
}

export interface TriageStore {
  /** Merge one scan into the store in a single transaction: all of it lands, or none. */
  saveScan(thread: ScrapedThread, comments: AnalysedComment[], now?: Date): Promise<ScanSummary>;
  getThread(url: string): Promise<ThreadRecord | undefined>;
  listThreads(): Promise<ThreadRecord[]>;
  setTracked(url: string, tracked: boolean): Promise<void>;
  markVisited(url: string, at?: Date): Promise<void>;
  /** Every comment with its triage state (the dashboard filters in memory). */
  listItems(filter?: { threadUrl?: string }): Promise<QueueItem[]>;
  /** How many comments are stored, read from the blocks' counts without decoding a comment. */
  countComments(): Promise<number>;
  /** Deletes one thread with its comments and staff decisions; returns them for Undo (null: no such thread). */
  removeThread(url: string): Promise<RemovedThread | null>;
  /** Undo of removeThread; false (and nothing written) where the thread was scanned again since. */
  restoreThread(removed: RemovedThread): Promise<boolean>;
  /**
   * Every item, like listItems(), loaded so a page stays responsive: `onFirst` gets the newest
   * `firstCount` items that need attention (the dashboard's first screen, exactly) as soon as
   * they are known, then the rest is decoded in slices that let input and painting through.
   */
  loadItems?(options?: LoadItemsOptions): Promise<QueueItem[]>;
  /** Apply a patch to many items; returns their previous states for undo. */
  updateTriage(keys: string[], patch: TriagePatch): Promise<TriageRecord[]>;
  /**
   * Undo: put back `fields` (the patch's field names) from states returned by updateTriage, onto
   * the records as they are now, so a note or draft saved since the change stays. Records whose
   * comment is gone (the data was cleared or replaced since) are skipped; returns how many were put back.
   */
  restoreTriage(previous: TriageRecord[], fields: readonly TriageField[]): Promise<number>;
  addCorrection(correction: Omit<Correction, 'id' | 'createdAt'>): Promise<Correction>;
  /** The correction kept for this exact text, if any. */
  getCorrection(text: string): Promise<Correction | undefined>;
  /**
   * Undo of a relabel: put back the text's correction from before it, or delete the one it added
   * (`previous` undefined), but only while the stored one is still `added`, as addCorrection returned
   * it. A newer correction for the text is left alone. Returns whether anything changed.
   */
  restoreCorrection(added: Correction, previous: Correction | undefined): Promise<boolean>;
  listCorrections(): Promise<Correction[]>;
  replaceCorrections(corrections: Correction[]): Promise<void>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  exportBackup(): Promise<Backup>;
  /** Validates first; a corrupt or foreign file throws BackupError and nothing is changed. */
  restoreBackup(backup: unknown): Promise<void>;
  /** Removes everything. To offer an undo, use replaceAll(null), which returns the data it removed. */
  clearAll(): Promise<void>;
  /**
   * Replaces everything with the backup `next` (validated first, as restoreBackup does), or clears
   * everything when `next` is null, and returns the data from just before as a Backup. The copy
   * and the change are one transaction: an exportBackup() taken before a separate change would
   * miss a write landing in between, which the change then removes, so it would be in neither.
   * No copy, no change: when the current data cannot be read, nothing is changed and the error
   * has `copyFailed: true`.
   */
  replaceAll(next: unknown | null): Promise<Backup>;
  close(): void;
}
