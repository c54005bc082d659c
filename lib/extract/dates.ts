// Turning what pages show as a comment's time into ISO 8601.
// Zoned inputs (ISO with offset, epoch ms, relative times) come out in UTC ("...Z").
// Absolute dates without a zone ("08 Dec 2013 10:17") keep their wall-clock time and carry no offset,
// because the site's zone is unknown and guessing would shift them.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validIso(date: Date): string | null {
  const t = date.getTime();
  return Number.isFinite(t) && t > 0 ? date.toISOString() : null;
}

/** Epoch milliseconds (or seconds, when the value is too small to be ms) -> ISO. */
export function fromEpoch(value: number | string): string | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0) return null;
  return validIso(new Date(n < 1e11 ? n * 1000 : n));
}

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A datetime/title/data attribute value: ISO 8601 (with or without zone) or epoch digits. */
export function parseDateAttribute(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{10,13}$/.test(v)) return fromEpoch(v);
  if (ISO_LIKE.test(v)) {
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(v);
    if (!zoned) {
      const m = v.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/);
      if (!m) return null;
      return naiveIso(+m[1], +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
    }
    return validIso(new Date(v.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
  }
  return null;
}

function naiveIso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): string | null {
  if (y < 1990 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

// Month names by their first letters (enough to tell them apart in en, es, fr, de, pt, it, nl, pl).
// Polish: "12 października 2019", "3 lis 2020" is left out ("lis" is too short to trust).
const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|ene|gen|janv|jän|jaan|sty)/, 1],
  [/^(feb|fév|fev|febr|lut)/, 2],
  [/^(mar|mär|maa|mrt)/, 3],
  [/^(apr|abr|avr|kwi)/, 4],
  [/^(may|mai|mei|mag|mayo|maio|maj)/, 5],
  [/^(jun|juin|giu|czer)/, 6],
  [/^(jul|juil|lug|lip)/, 7],
  [/^(aug|ago|aoû|aou|sierp)/, 8],
  [/^(sep|set|wrz)/, 9],
  [/^(oct|okt|out|ott|paź|paz)/, 10],
  [/^(nov|listop)/, 11],
  [/^(dec|dic|déc|dez|gru)/, 12],
];

function monthFromWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length < 3) return null;
  // "mar" is both March and (es) "martes"; a full weekday name never reaches here in practice.
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
}

function timeOfDay(text: string): { h: number; m: number; s: number } {
  const m = text.match(/(午前|午後|上午|下午)?\s*(\d{1,2})[:h.](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i);
  if (!m) return { h: 0, m: 0, s: 0 };
  let h = +m[2];
  const marker = (m[5] || m[1] || '').toLowerCase();
  if (/^p|午後|下午/.test(marker) && h < 12) h += 12;
  if (/^a|午前|上午/.test(marker) && h === 12) h = 0;
  return { h, m: +m[3], s: m[4] ? +m[4] : 0 };
}

/**
 * Absolute dates as sites print them: "August 3, 2019 at 4:11 am", "10. Februar 2019 um 18:05 Uhr",
 * "08 Dec 2013 10:17", "於 2013/12/28 10:28", "2013年12月28日", "Jun 20th at 2:41 am" (year from `fallbackYear`).
 * `dayFirst` decides "03/04/2019" (true for most locales but en-US).
 */
export function parseAbsoluteDate(text: string, opts: { fallbackYear?: number; dayFirst?: boolean } = {}): string | null {
  const t = text.replace(/\u00a0/g, ' ').trim();
  if (!t || t.length > 120) return null;
  const attr = parseDateAttribute(t);
  if (attr) return attr;
  let y: number | undefined, mo: number | undefined, d: number | undefined;
  let rest = t;
  let m = t.match(/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/);
  if (m) {
    [y, mo, d] = [+m[1], +m[2], +m[3]];
    rest = t.slice((m.index ?? 0) + m[0].length);
  } else if ((m = t.match(/(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})\b/))) {
    const a = +m[1], b = +m[2];
    y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const dayFirst = opts.dayFirst ?? true;
    // A number above 12 can only be the day; otherwise the locale decides.
    [d, mo] = a > 12 ? [a, b] : b > 12 ? [b, a] : dayFirst ? [a, b] : [b, a];
    rest = t.slice((m.index ?? 0) + m[0].length);
  } else {
    // Words: find a month name and the numbers around it.
    // "12 de marzo de 2020", "3 di marzo": the linking words carry nothing.
    const words = t.split(/[\s,]+/).filter((w) => !/^(de|del|di|van)$/i.test(w));
    for (let i = 0; i < words.length; i++) {
      const month = monthFromWord(words[i].replace(/[.,]$/, ''));
      if (month === null) continue;
      const before = words[i - 1]?.match(/^(\d{1,2})(?:\.|st|nd|rd|th|er|º)?$/i);
      const after = words[i + 1]?.match(/^(\d{1,2})(?:st|nd|rd|th)?,?$/i);
      if (before) d = +before[1];
      else if (after) d = +after[1];
      else continue;
      mo = month;
      const yearWord = words.slice(i + 1, i + 4).find((w) => /^\d{4},?$/.test(w));
      if (yearWord) y = parseInt(yearWord, 10);
      rest = words.slice(i + (after ? 2 : 1)).join(' ').replace(/^\d{4},?/, '');
      break;
    }
    if (mo === undefined || d === undefined) return null;
    y = y ?? opts.fallbackYear;
    if (y === undefined) return null;
  }
  const { h, m: mi, s } = timeOfDay(rest);
  return naiveIso(y!, mo!, d!, h, mi, s);
}

// Relative times. Units are matched on whole words (Latin scripts) or substrings (CJK).
type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const UNIT_WORDS: Array<[Unit, RegExp]> = [
  ['year', /^(years?|yrs?|y|años?|anos?|ans?|années?|jahre?n?|jahr|anni|anno|jaar|jaren|lata?|lat|rok|roku)$/],
  ['month', /^(months?|mo|mes|meses|mês|mois|monate?n?|monat|mesi|mese|maanden?|miesiące?|miesięcy|miesiąc)$/],
  ['week', /^(weeks?|wks?|w|semanas?|semaines?|wochen?|settimane?|weken|week|tygodni[ea]?|tydzień)$/],
  ['day', /^(days?|d|días?|dias?|jours?|tage?n?|tag|giorni|giorno|dagen|dag|dni|dzień)$/],
  ['hour', /^(hours?|hrs?|h|horas?|heures?|stunden?|ore|ora|uur|uren|godzin[ya]?|godz)$/],
  ['minute', /^(minutes?|mins?|m|minutos?|minuten?|minuti|minuto|minut[ya]?|min)$/],
  ['second', /^(seconds?|secs?|s|segundos?|secondes?|sekunden?|secondi|secondo|seconden|sekund[ya]?)$/],
];
const CJK_UNITS: Array<[Unit, RegExp]> = [
  ['year', /年/],
  ['month', /(ヶ月|か月|カ月|个月|個月|月)/],
  ['week', /(週間|週|周|星期)/],
  ['day', /(日|天)/],
  ['hour', /(時間|小时|小時|钟头|鐘頭)/],
  ['minute', /(分钟|分鐘|分)/],
  ['second', /秒/],
];
const ONE_WORDS = /^(a|an|one|un|una|uno|une|ein|eine|einer|einem|einen|um|uma|een|één)$/;
// "50 Minuten 46 Sekunden her" (de, wpDiscuz), "3 dni temu" (pl): the marker closes the phrase.
const AGO = /(?:^|[\s,])(ago|hace|vor|il y a|há|ha|fa|geleden|atrás)(?=$|[\s,.])|前|\s(her|temu)$/i;
const YESTERDAY = /^(yesterday|ayer|hier|gestern|ontem|ieri|gisteren|昨日|昨天)/i;
const JUST_NOW = /^(just now|now|ahora mismo|à l'instant|gerade eben|jetzt|agora|adesso|ora|zojuist|たった今|刚刚|剛剛)$/i;

function shift(now: Date, unit: Unit, n: number): Date {
  const d = new Date(now.getTime());
  const ms: Partial<Record<Unit, number>> = { second: 1e3, minute: 6e4, hour: 36e5, day: 864e5, week: 6048e5 };
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - n);
  else if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - n);
  else d.setTime(d.getTime() - n * (ms[unit] as number));
  return d;
}

/** "about 2 years ago", "hace alrededor de 2 años", "vor 3 Tagen", "il y a 2 jours", "3日前" ... against `now`. */
export function parseRelativeTime(text: string, now: Date): string | null {
  const t = text.replace(/\u00a0/g, ' ').trim().toLowerCase();
  if (!t || t.length > 80) return null;
  if (YESTERDAY.test(t)) return validIso(shift(now, 'day', 1));
  if (JUST_NOW.test(t)) return validIso(now);
  if (!AGO.test(t)) return null;
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(t);
  if (cjk) {
    const m = t.match(/(\d+)\s*([^\d\s]+)/);
    if (!m) return null;
    for (const [unit, re] of CJK_UNITS) if (re.test(m[2])) return validIso(shift(now, unit, +m[1]));
    return null;
  }
  const words = t.split(/[\s,]+/).map((w) => w.replace(/[.!]+$/, ''));
  // "1 Stunde 51 Minuten her", "2 hours 5 minutes ago": every number-unit pair in a row counts.
  let at: Date | null = null;
  for (let i = 1; i < words.length; i++) {
    const unit = UNIT_WORDS.find(([, re]) => re.test(words[i]))?.[0];
    const q = words[i - 1];
    const n = unit ? (/^\d+$/.test(q) ? +q : ONE_WORDS.test(q) ? 1 : NaN) : NaN;
    if (unit && Number.isFinite(n)) {
      at = shift(at ?? now, unit, n);
      i++;
    } else if (at) break;
  }
  return at ? validIso(at) : null;
}

/** Best effort over one time-like text: attribute-style, then absolute, then relative. */
export function parseAnyDate(text: string | null | undefined, now: Date, opts: { fallbackYear?: number; dayFirst?: boolean } = {}): string | null {
  if (!text) return null;
  return parseDateAttribute(text) ?? parseRelativeTime(text, now) ?? parseAbsoluteDate(text, { fallbackYear: opts.fallbackYear ?? now.getUTCFullYear(), dayFirst: opts.dayFirst });
}
