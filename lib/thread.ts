// The core types every part of Threadsift shares: what an extractor reads off a page,
// what the classifier adds, and what triage derives. Pure types, no runtime code but constants.
import type { ScanNoteKey } from './i18n/en';

export type Label = 'thanks' | 'question' | 'bug' | 'other';
export const LABELS: readonly Label[] = ['thanks', 'question', 'bug', 'other'] as const;

/** Labels that put a comment in the triage queue. */
export const ACTIONABLE: readonly Label[] = ['question', 'bug'] as const;

/** One comment as an extractor reads it off the page. */
export interface ScrapedComment {
  /** Stable across re-scans: the platform's id, else a content hash (see lib/extract/ids.ts). */
  id: string;
  /** Login exactly as the platform knows it (iNaturalist: the real login, not the truncated label). */
  author: string;
  /** Display name when the platform shows one that differs from the login. */
  authorName?: string;
  /** ISO 8601, or null when the page gives no usable time. */
  publishedAt: string | null;
  /** The commenter's own words, UI chrome removed, quoted text removed (see `quotes`). */
  text: string;
  /** Text the commenter quoted from others, kept apart from their own words. */
  quotes?: string[];
  /** A link that opens this comment on its page: an anchor, else a `#:~:text=` fragment. */
  permalink: string;
  /** Id of the comment this one replies to, or null for a top-level comment. */
  parentId: string | null;
  /** True when the page marks the author as staff/moderator/admin or as the post author. */
  staff: boolean;
  /** Why `staff` is true: 'post-author', 'platform-role' or 'configured' (set by the user per site). */
  staffReason?: 'post-author' | 'platform-role' | 'configured';
  /** BCP 47 language tag when known (page language or detected). */
  lang?: string;
  /** The platform shows the comment as deleted or hidden by moderators. */
  deleted?: boolean;
  hidden?: boolean;
  /** Q&A sites (Stack Exchange): this answer is the one the asker accepted. */
  accepted?: boolean;
}

/** The thread (post/topic/issue) a set of comments belongs to. */
export interface ScrapedThread {
  /** Canonical URL without fragment; also the thread's key in the store. */
  url: string;
  title: string;
  /** Extractor id, e.g. 'wordpress', 'discourse', 'inaturalist', 'generic'. */
  platform: string;
  /** Login of the post author, or null when unknown. */
  author: string | null;
  /** A short excerpt of the post itself. */
  excerpt?: string;
  /** Page language (html[lang]) when known. */
  lang?: string;
  /** The count the page itself claims ("74 comments"), or null when it states none. */
  commentCountClaimed: number | null;
  /** When the thread spans pages: which were read. */
  pages?: { read: number[]; total: number | null };
  /** Notes for the user: gaps between claimed and read counts, pages not read, ... */
  warnings: ScanNote[];
}

/**
 * A note from the scan, kept as a message key and its values rather than a sentence, so each reader sees it in the
 * UI's language (the store keeps it; staff may switch language later). `noteText` in lib/i18n says it.
 */
export interface ScanNote {
  key: ScanNoteKey;
  vars: Record<string, string | number>;
}

export interface ExtractResult {
  thread: ScrapedThread;
  comments: ScrapedComment[];
}

/** What the classifier says about one text. */
export interface Classification {
  /** Ordered most confident first; never empty ('other' when nothing else applies). */
  labels: Label[];
  /**
   * Score per label in [0, 1]: the labels given score at the classifier's threshold (0.5) or above, the others below
   * it, and the first label scores highest.
   */
  scores: Record<Label, number>;
  /** The sentence or phrase behind each label, shown to staff as the reason. */
  cues: Partial<Record<Label, string>>;
  /**
   * Set when the labels are staff's own: 'correction' for the very text staff relabelled, 'similar' for a comment
   * worded almost like one (shown as the reason instead of the cue).
   */
  learnt?: 'correction' | 'similar';
}

export type ReplyStateKind = 'unanswered' | 'possibly-answered' | 'answered';
export interface ReplyState {
  state: ReplyStateKind;
  /** Id of the staff comment that answered (or possibly answered), else null. */
  by: string | null;
}

/** A comment with everything Threadsift derives about it. */
export interface AnalysedComment extends ScrapedComment, Classification {
  /** For questions and bug reports only; null otherwise. */
  reply: ReplyState | null;
  /** A question or bug report posted after a staff reply in the same thread. */
  followUp: boolean;
}

export interface AnalysedThread {
  thread: ScrapedThread;
  comments: AnalysedComment[];
}

/**
 * The JSON format shared by `npm run scan -- --format json` and the extension's JSON export.
 * Documented in the README; change it only together with that documentation.
 */
export interface ThreadExport {
  thread: {
    url: string;
    title: string;
    platform: string;
    author: string | null;
    /** Comments read from the thread: by this scan (CLI), or by its last scan (the dashboard's export). */
    commentCount: number;
    /** Comments in this export's `comments`: the dashboard exports a thread's open questions only. */
    exportedCount: number;
  };
  comments: Array<{
    id: string;
    author: string;
    publishedAt: string | null;
    text: string;
    permalink: string;
    parentId: string | null;
    staff: boolean;
    labels: Label[];
    scores: Record<Label, number>;
    reply: ReplyState | null;
    followUp: boolean;
  }>;
}
