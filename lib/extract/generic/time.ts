// Reading one comment's time: an element marked as a time (<time>, datetime, a date-like class), else a short
// leaf whose text reads as a date, else a short line mixing name and date. Also the date-text test other
// readers use to tell a date from a name.
import { parseAnyDate, parseDateAttribute } from '../dates';
import { inlineText } from '../text';
import { linksElsewhere } from './links';
import { cls, descendants, facts } from './scan-cache';
import { firstDescendant, nearestMember, within, type Cue } from './tree';

/** Text that reads as a date or time, in the languages the pages seen so far use: a name never matches it. */
export const DATE_TEXT =
  /\b\d{4}[-/.年]\d{1,2}|\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}\b|\b\d{1,2}:\d{2}\b|\bago\b|\bvor\b|\bhace\b|il y a|\bgeleden\b|\bfa$|^há\b|前|\s(her|temu)$|^(yesterday|gestern|ayer|hier|ontem|ieri|gisteren|昨日|昨天)$|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)/i;
/** A profile's join date ("Joined: 2012-06-15", "Registriert seit"), not the post's time. */
const JOIN_DATE = /joined|registered|registriert|beigetreten|dabei seit|mitglied seit|member since|inscri|membre depuis|registrado|iscritt|lid sinds|dołączy|rejestr/i;
const TIME_CLASS = /date|time|ago|when|posted/;
/** Marked up as a time: <time>, a datetime/data-time attribute, <abbr title>, or a date-like class. */
export const TIME_CUE: Cue = (e) => {
  const f = facts(e);
  f.time ??=
    e.localName === 'time' ||
    e.hasAttribute('datetime') ||
    (e.localName === 'abbr' && e.hasAttribute('title')) ||
    e.hasAttribute('data-time') ||
    e.hasAttribute('data-timestamp') ||
    TIME_CLASS.test(f.cls);
  return f.time;
};
/** The word before a date ("on", "am", "le"...), dropped before parsing it. */
const DATE_PREFIX = /^(on|am|le|el|il|op|em|於)\s+/i;
const tagCue = (...tags: string[]): Cue => {
  const set = new Set(tags);
  return (e) => set.has(e.localName);
};
const LEAF_CUE = tagCue('a', 'span', 'small', 'abbr', 'div', 'p', 'em', 'strong', 'dd');
const LINE_CUE = tagCue('p', 'div', 'span', 'td');
const LEAF_BREAKERS = new Set(['div', 'p', 'li', 'a', 'span']);
const LINE_BOXES = new Set(['div', 'p', 'li', 'ul', 'ol', 'table', 'dl']);

/** Hidden by an inline style between el and member (forum profile boxes fold away the join date). */
const styleHidden = (a: Element) => /display:\s*none/i.test(a.getAttribute('style') ?? '');
function foldedAway(el: Element, member: Element): boolean {
  return styleHidden(el) || within(el, member, styleHidden);
}

/** The first element in the member's own markup (not a reply's, not folded away) that passes the cue and `accept`. */
function ownFirst(member: Element, cue: Cue, members: Set<Element>, accept: (el: Element) => boolean): Element | null {
  for (const found of descendants(member)) {
    if (!cue(found, member) || foldedAway(found, member)) continue;
    if (nearestMember(found.parentElement ?? found, members, member) !== member && found.parentElement !== member) continue;
    if (accept(found)) return found;
  }
  return null;
}

/** The comment's time element and its ISO time; `dayFirst` reads 03/04 as 3 April (pages not in English). */
export function findTime(member: Element, members: Set<Element>, now: Date, dayFirst: boolean): { el: Element | null; iso: string | null } {
  const el = ownFirst(member, TIME_CUE, members, (e) => {
    const t = inlineText(e);
    return (t.length <= 80 && (DATE_TEXT.test(t) || e.hasAttribute('datetime') || e.hasAttribute('data-time'))) || e.hasAttribute('datetime');
  });
  if (!el) {
    // No time-like class: any short own leaf whose text reads as a date ("10. Februar 2019 um 18:05 Uhr").
    const leaf = ownFirst(member, LEAF_CUE, members, (e) => {
      const t = inlineText(e);
      // A link to another page reading "hier" is "click here" on a German page, not the French "yesterday".
      if (!/\d/.test(t) && linksElsewhere(e)) return false;
      return t.length >= 4 && t.length <= 60 && !firstDescendant(e, LEAF_BREAKERS) && DATE_TEXT.test(t) && !JOIN_DATE.test(`${t} ${cls(e)}`) && parseAnyDate(t.replace(DATE_PREFIX, ''), now, { dayFirst }) !== null;
    });
    // Last resort: a short line mixing name and date ("by einstein1969 » 08 Dec 2013 10:17").
    const line =
      leaf ??
      ownFirst(member, LINE_CUE, members, (e) => {
        const t = inlineText(e);
        // A line, not a box of lines (a profile box holds a join date among its rows).
        return t.length <= 100 && DATE_TEXT.test(t) && !firstDescendant(e, LINE_BOXES) && parseAnyDate((t.split('»').pop() ?? t).trim(), now, { dayFirst }) !== null;
      });
    if (!line) return { el: null, iso: null };
    if (!leaf) return { el: line, iso: parseAnyDate((inlineText(line).split('»').pop() ?? '').trim(), now, { dayFirst }) };
    return { el: leaf, iso: parseAnyDate(inlineText(leaf).replace(DATE_PREFIX, ''), now, { dayFirst }) };
  }
  const attr =
    parseDateAttribute(el.getAttribute('datetime')) ??
    parseDateAttribute(el.getAttribute('title')) ??
    parseDateAttribute(el.getAttribute('data-time') ?? el.getAttribute('data-timestamp'));
  return { el, iso: attr ?? parseAnyDate(inlineText(el).replace(DATE_PREFIX, ''), now, { dayFirst }) };
}
