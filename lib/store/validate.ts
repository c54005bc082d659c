// Shape checks for records read from files (backups, corrections). A file is hostile until
// proven otherwise: every required field, its type and a sane size is checked, and the first
// problems are reported by path ("comments[12].labels") so the user can see what is wrong.
import { LABELS, type Label } from '../thread';
import type { TriageStatus } from './types';

export const LIMITS = {
  /** Longest comment text kept (characters); 1 MB comments must survive a round trip. */
  text: 4_000_000,
  /** URLs, ids, logins, dates, titles. */
  short: 8_192,
  /** Records of one kind in a file. */
  records: 2_000_000,
  /** Quotes, history entries, warnings per record. */
  list: 10_000,
} as const;

const STATUSES: readonly TriageStatus[] = ['open', 'answered', 'dismissed', 'snoozed'];
const REPLY_STATES = ['unanswered', 'possibly-answered', 'answered'];
const STAFF_REASONS = ['post-author', 'platform-role', 'configured'];

/** Collects problems instead of stopping at the first, but keeps only a few for the message. */
export class Problems {
  readonly list: string[] = [];
  count = 0;
  add(path: string, message: string): void {
    this.count++;
    if (this.list.length < 5) this.list.push(`${path} ${message}`);
  }
  get ok(): boolean {
    return this.count === 0;
  }
  summary(): string {
    const more = this.count > this.list.length ? ` (and ${this.count - this.list.length} more problems)` : '';
    return this.list.join('; ') + more;
  }
}

type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(p: Problems, o: Obj, field: string, path: string, opts: { nullable?: boolean; max?: number; optional?: boolean } = {}): void {
  const value = o[field];
  if (value === undefined && opts.optional) return;
  if (value === null && opts.nullable) return;
  if (typeof value !== 'string') return p.add(`${path}.${field}`, `must be text${opts.nullable ? ' or null' : ''}`);
  if (value.length > (opts.max ?? LIMITS.short)) p.add(`${path}.${field}`, `is too long (${value.length} characters)`);
}

function date(p: Problems, o: Obj, field: string, path: string, nullable = false): void {
  const value = o[field];
  if (value === null && nullable) return;
  if (typeof value !== 'string' || value.length > 64 || !Number.isFinite(Date.parse(value))) {
    p.add(`${path}.${field}`, `must be a date${nullable ? ' or null' : ''}`);
  }
}

function bool(p: Problems, o: Obj, field: string, path: string, optional = false): void {
  const value = o[field];
  if (value === undefined && optional) return;
  if (typeof value !== 'boolean') p.add(`${path}.${field}`, 'must be true or false');
}

function num(p: Problems, o: Obj, field: string, path: string, nullable = false): void {
  const value = o[field];
  if (value === null && nullable) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) p.add(`${path}.${field}`, 'must be a number');
}

function stringList(p: Problems, value: unknown, path: string, optional = false, max: number = LIMITS.short): void {
  if (value === undefined && optional) return;
  if (!Array.isArray(value) || value.length > LIMITS.list) return p.add(path, 'must be a list of texts');
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.length > max) p.add(`${path}[${i}]`, 'must be text');
  });
}

/** A thread's scan notes (ScanNote): a `note.` key and a few text or number values. */
function noteList(p: Problems, value: unknown, path: string): void {
  if (!Array.isArray(value) || value.length > LIMITS.list) return p.add(path, 'must be a list of notes');
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item) || typeof item.key !== 'string' || !/^note\.\w{1,60}$/.test(item.key)) return p.add(at, 'must be a note with a "note." key');
    const vars = item.vars;
    if (!isObject(vars) || Object.keys(vars).length > 20) return p.add(`${at}.vars`, 'must be a record of at most 20 values');
    for (const [name, v] of Object.entries(vars)) {
      const fine = (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= LIMITS.text);
      if (!fine) p.add(`${at}.vars.${name.slice(0, 40)}`, 'must be text or a number');
    }
  });
}

export function checkLabels(p: Problems, value: unknown, path: string, allowEmpty = false): void {
  if (!Array.isArray(value) || (!allowEmpty && value.length === 0) || value.length > LABELS.length) {
    return p.add(path, `must be a list of labels (${LABELS.join(', ')})`);
  }
  for (const label of value) if (!LABELS.includes(label as Label)) p.add(path, `holds an unknown label "${String(label).slice(0, 40)}"`);
}

export function checkList(p: Problems, value: unknown, path: string, each: (p: Problems, item: Obj, path: string) => void): void {
  if (!Array.isArray(value)) return p.add(path, 'must be a list');
  if (value.length > LIMITS.records) return p.add(path, `holds too many records (${value.length})`);
  value.forEach((item, i) => {
    if (!isObject(item)) p.add(`${path}[${i}]`, 'must be a record');
    else each(p, item, `${path}[${i}]`);
  });
}

export function checkThread(p: Problems, o: Obj, path: string): void {
  str(p, o, 'url', path);
  str(p, o, 'title', path);
  str(p, o, 'platform', path);
  str(p, o, 'author', path, { nullable: true });
  str(p, o, 'excerpt', path, { optional: true, max: LIMITS.text });
  str(p, o, 'lang', path, { optional: true });
  num(p, o, 'commentCountClaimed', path, true);
  noteList(p, o.warnings, `${path}.warnings`);
  str(p, o, 'site', path);
  num(p, o, 'commentCountRead', path);
  date(p, o, 'firstScannedAt', path);
  date(p, o, 'lastScannedAt', path);
  date(p, o, 'lastVisitedAt', path, true);
  bool(p, o, 'tracked', path);
}

export function checkComment(p: Problems, o: Obj, path: string): void {
  str(p, o, 'key', path);
  str(p, o, 'threadUrl', path);
  str(p, o, 'site', path);
  str(p, o, 'id', path);
  if (typeof o.key === 'string' && o.key !== `${String(o.threadUrl)}#${String(o.id)}`) p.add(`${path}.key`, 'does not match threadUrl#id');
  str(p, o, 'author', path);
  str(p, o, 'authorName', path, { optional: true });
  date(p, o, 'publishedAt', path, true);
  str(p, o, 'text', path, { max: LIMITS.text });
  stringList(p, o.quotes, `${path}.quotes`, true, LIMITS.text);
  str(p, o, 'permalink', path);
  str(p, o, 'parentId', path, { nullable: true });
  bool(p, o, 'staff', path);
  if (o.staffReason !== undefined && !STAFF_REASONS.includes(o.staffReason as string)) p.add(`${path}.staffReason`, 'is not a known reason');
  str(p, o, 'lang', path, { optional: true });
  bool(p, o, 'deleted', path, true);
  bool(p, o, 'hidden', path, true);
  checkLabels(p, o.labels, `${path}.labels`);
  if (!isObject(o.scores) || LABELS.some((l) => typeof (o.scores as Obj)[l] !== 'number')) p.add(`${path}.scores`, 'must give a number per label');
  if (!isObject(o.cues) || Object.values(o.cues).some((cue) => typeof cue !== 'string' || cue.length > LIMITS.text)) p.add(`${path}.cues`, 'must map labels to texts');
  if (o.learnt !== undefined && o.learnt !== 'correction' && o.learnt !== 'similar') p.add(`${path}.learnt`, 'must be "correction" or "similar"');
  if (o.reply !== null) {
    if (!isObject(o.reply) || !REPLY_STATES.includes(o.reply.state as string)) p.add(`${path}.reply`, 'must be null or a reply state');
    else str(p, o.reply, 'by', `${path}.reply`, { nullable: true });
  }
  bool(p, o, 'followUp', path);
  date(p, o, 'firstSeenAt', path);
  date(p, o, 'lastSeenAt', path);
  date(p, o, 'goneSince', path, true);
  checkList(p, o.history, `${path}.history`, (p2, h, hp) => {
    str(p2, h, 'text', hp, { max: LIMITS.text });
    date(p2, h, 'seenUntil', hp);
  });
}

export function checkTriage(p: Problems, o: Obj, path: string): void {
  str(p, o, 'key', path);
  str(p, o, 'threadUrl', path);
  if (!STATUSES.includes(o.status as TriageStatus)) p.add(`${path}.status`, `must be one of ${STATUSES.join(', ')}`);
  date(p, o, 'snoozeUntil', path, true);
  str(p, o, 'note', path, { max: LIMITS.text });
  str(p, o, 'assignee', path, { nullable: true });
  if (o.labelOverride !== null) checkLabels(p, o.labelOverride, `${path}.labelOverride`);
  str(p, o, 'draft', path, { max: LIMITS.text });
  date(p, o, 'updatedAt', path);
}

/** The v1 staff fields that lived inside a comment (see migrations.ts). */
export function checkV1CommentState(p: Problems, o: Obj, path: string): void {
  if (!STATUSES.includes(o.status as TriageStatus)) p.add(`${path}.status`, `must be one of ${STATUSES.join(', ')}`);
  date(p, o, 'snoozeUntil', path, true);
  str(p, o, 'note', path, { max: LIMITS.text });
}

export function checkCorrection(p: Problems, o: Obj, path: string): void {
  str(p, o, 'id', path);
  str(p, o, 'text', path, { max: LIMITS.text });
  checkLabels(p, o.labels, `${path}.labels`);
  str(p, o, 'site', path);
  date(p, o, 'createdAt', path);
}

export function checkSettings(p: Problems, o: Obj, path: string): void {
  if (!isObject(o.staffAccounts)) p.add(`${path}.staffAccounts`, 'must map sites to logins');
  else for (const [site, logins] of Object.entries(o.staffAccounts)) stringList(p, logins, `${path}.staffAccounts[${JSON.stringify(site.slice(0, 80))}]`);
  if (!['system', 'light', 'dark'].includes(o.theme as string)) p.add(`${path}.theme`, 'must be system, light or dark');
  if (!['auto', 'en', 'es'].includes(o.locale as string)) p.add(`${path}.locale`, 'must be auto, en or es');
  num(p, o, 'recheckMinutes', path);
  num(p, o, 'labelThreshold', path);
  checkList(p, o.savedReplies, `${path}.savedReplies`, (p2, r, rp) => {
    str(p2, r, 'id', rp);
    str(p2, r, 'title', rp);
    str(p2, r, 'body', rp, { max: LIMITS.text });
  });
}
