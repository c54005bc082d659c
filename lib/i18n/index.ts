// `t(key, vars)`: the UI's one way to show words. Keys are typed from the English catalogue;
// the locale comes from settings ('auto' follows the browser's language).
import { en, type MessageKey, type MessageValue, type Messages } from './en';
import { es } from './es';
import type { ScanNote } from '../thread';

export type { MessageKey } from './en';
export type Locale = 'en' | 'es';

const catalogues: Record<Locale, Messages> = { en, es };
let current: Locale = 'en';

/** 'auto' picks the first supported language of the browser, else English. */
export function resolveLocale(setting: 'auto' | Locale, languages: readonly string[] = browserLanguages()): Locale {
  if (setting !== 'auto') return setting;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export function setLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export type Vars = Record<string, string | number>;

/** A scan's note in the UI's language. A key this version does not know (a newer backup) shows its text, if any. */
export function noteText(note: ScanNote): string {
  const known = typeof note?.key === 'string' && note.key.startsWith('note.') && Object.prototype.hasOwnProperty.call(en, note.key);
  if (known) return t(note.key, note.vars ?? {});
  return typeof note?.vars?.text === 'string' ? note.vars.text : t('note.unknown');
}

export function t(key: MessageKey, vars: Vars = {}): string {
  const value: MessageValue = catalogues[current][key] ?? en[key];
  const template = typeof value === 'string' ? value : pick(value, Number(vars.n ?? 0));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? formatVar(vars[name]) : whole,
  );
}

function pick(plural: { one: string; other: string }, n: number): string {
  return new Intl.PluralRules(current).select(n) === 'one' ? plural.one : plural.other;
}

function formatVar(value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString(current) : value;
}

/** Dates and times in the UI's language. */
export function formatDate(iso: string | null, withTime = false): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(current, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
}

/** "3 days ago" in the UI's language. */
export function formatRelative(iso: string | null, now: Date = new Date()): string {
  if (!iso) return '';
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(current, { numeric: 'auto' });
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}

/** A number in the UI's language: "5,000" in English, "5000" and "12.345" in Spanish (as `t` formats `{n}`). */
export function formatNumber(n: number): string {
  return n.toLocaleString(current);
}

/**
 * A count's words without its number, for a number shown apart (in big type above them): "comentarios" for
 * `count.comments` and 5000. The plural is chosen for `n`; the number is never formatted, so no locale can leave it in.
 */
export function countWords(key: MessageKey, n: number): string {
  const value: MessageValue = catalogues[current][key] ?? en[key];
  const template = typeof value === 'string' ? value : pick(value, n);
  return template.replace('{n}', '').replace(/\s{2,}/g, ' ').trim();
}

/** A short number for tight spaces such as a chart axis: "3K", "12K" in English, "3 mil" in Spanish; below 1,000 as is. */
export function formatCompactNumber(n: number): string {
  return Math.abs(n) < 1000 ? formatNumber(n) : new Intl.NumberFormat(current, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
