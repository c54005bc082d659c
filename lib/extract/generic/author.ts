// Reading one comment's author: the element that best matches a list of cues, strongest first (microdata name,
// "fn", "username", an author link...), and its text without "By ", "says:" and the like.
import { inlineText } from '../text';
import { PROFILE_HREF } from './links';
import { cls, descendants, facts } from './scan-cache';
import { DATE_TEXT } from './time';
import { HEADINGS, firstDescendant, nearestMember, within } from './tree';

/** An author cue: a test on the element itself (given its class attribute) and, for some, on an ancestor inside the member. */
interface AuthorCue {
  own: (el: Element, cls: string) => boolean;
  ancestor?: (a: Element) => boolean;
}
/** Earlier cues are stronger evidence of the author's name. */
const AUTHOR_CUES: AuthorCue[] = [
  { own: (e) => e.getAttribute('itemprop') === 'name', ancestor: (a) => a.getAttribute('itemprop') === 'author' },
  { own: (_, c) => ` ${c} `.includes(' fn ') },
  { own: (_, c) => c.includes('username') },
  { own: (_, c) => c.includes('user-name') },
  { own: (e) => e.localName === 'a' && (e.getAttribute('data-hovercard-url') ?? '').includes('/users/') },
  { own: (e) => e.localName === 'a', ancestor: (a) => cls(a).includes('author') },
  { own: (_, c) => c.includes('author') },
  { own: (e) => e.localName === 'a', ancestor: (a) => cls(a).includes('user') },
  // Drupal's field classes ("field--name-node-title") say "name" for every field: only the field's own name counts.
  { own: (_, c) => c.includes('name') && (!c.includes('-name-') || c.replace(/field-{1,2}name-/g, '').includes('name')) },
  { own: (_, c) => c.includes('poster') },
  { own: (_, c) => c.includes('nick') },
  { own: (e) => e.localName === 'a' && (PROFILE_HREF.test(e.getAttribute('href') ?? '') || /(?:^|\s)author(?:\s|$)/.test(e.getAttribute('rel') ?? '')) },
  { own: (e) => e.localName === 'cite' },
  // "<div class=metas><b>Par Bruno Gobin,</b> le mercredi 15 mai 2019 à 08h07": the bold name in a byline.
  { own: (e) => e.localName === 'b' || e.localName === 'strong', ancestor: (a) => /meta|byline|posted|header/i.test(cls(a)) },
];

/** Which cues the element's own markup passes, as bits (cached: the ancestor half is checked per member). */
function authorMask(el: Element): number {
  const f = facts(el);
  if (f.author === undefined) {
    let mask = 0;
    for (let i = 0; i < AUTHOR_CUES.length; i++) if (AUTHOR_CUES[i].own(el, f.cls)) mask |= 1 << i;
    f.author = mask;
  }
  return f.author;
}

/** The first author cue below `limit` that el passes inside member, or `limit`. */
function authorRank(el: Element, member: Element, mask: number, limit: number): number {
  for (let i = 0; i < limit; i++) {
    if (!(mask & (1 << i))) continue;
    const ancestor = AUTHOR_CUES[i].ancestor;
    if (!ancestor || within(el, member, ancestor)) return i;
  }
  return limit;
}
/** "Par ", "By ", "Von "... before a name, and the comma or colon after it. */
const BYLINE_WORDS = /^(par|by|von|por|di|door|przez|od|av|af)\s+|[,:]$/gi;
const BLOCK_TAGS = new Set(['p', 'blockquote']);

/** The comment's author element and name; a name is short, not a number, not a date, not a paragraph. */
export function findAuthor(member: Element, members: Set<Element>): { el: Element | null; text: string } {
  // One walk: the earliest cue in AUTHOR_CUES wins, and for that cue the first element in page order.
  let el: Element | null = null;
  let rank = AUTHOR_CUES.length;
  for (const found of descendants(member)) {
    const mask = authorMask(found);
    if (!mask) continue;
    // Same cue inside the element already chosen ("div.username_container > a.username"): the inner one is the name.
    const limit = el && el.contains(found) ? rank + 1 : rank;
    const cue = authorRank(found, member, mask, limit);
    if (cue >= limit) continue;
    if (nearestMember(found.parentElement ?? found, members, member) !== member && found.parentElement !== member) continue;
    const t = inlineText(found);
    if (!(t.length > 0 && t.length <= 60 && !/^#?\d+$/.test(t) && !DATE_TEXT.test(t) && !firstDescendant(found, BLOCK_TAGS))) continue;
    el = found;
    rank = cue;
    if (rank === 0) break;
  }
  if (!el) return { el: null, text: '' };
  // "<a class=author><h4>name</h4><h5>Guest</h5></a>": the name is the first heading, the rest a status label.
  const heading = firstDescendant(el, HEADINGS);
  if (heading && inlineText(heading)) return { el, text: inlineText(heading) };
  return { el, text: inlineText(el).replace(/\s*(says|sagt|dit|dice|diz|wrote|schrieb)\s*:?$/i, '').replace(BYLINE_WORDS, '').trim() };
}
