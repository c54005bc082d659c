// The fallback for platforms nobody wrote an extractor for. A comment thread is a set of repeated blocks
// (same tag and class signature) placed after the post, each carrying an author, a time and some text.
// Navigation, sidebars, related posts and the comment form are never candidates.
// The comments are found without Readability: the post is located by its <article>/<h1>. Readability may still give
// the post's excerpt (page.ts pageExcerpt, on a page with neither a meta description nor an <article>), so the page
// reader's bundle carries it.
import type { Extractor, ExtractContext } from './types';
import type { ExtractResult } from '../thread';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, readEach } from './page';
import { looksLikeForumPosts, showsTopicStart } from './generic-forum';
import { freshPageWalk, someClassMarker } from './markers';
import { classOf, indexTree, nextInWalk } from './walk';

/** Landmarks that never hold the thread. Class/id names are matched token by token (see excludedToken). */
const EXCLUDED_TAGS = new Set(['nav', 'aside']);
const EXCLUDED_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo']);
const EXCLUDED_IDS = new Set(['respond', 'footer', 'header', 'sidebar']);
const EXCLUDED_WORD =
  /sidebar|widget-area|related|recommend|breadcrumb|menu|pagination|comment-respond|site-header|site-footer|popular|most-?read|meistgelesen|trending|newsletter/i;
/**
 * Zones of the site's own items, whatever wrapper or modifier names them: article teasers ("o-Grid_Col-is-besides-
 * other-teasers", "list__item--teaser"), the site's tweets, live blogs, tickers and live coverage ("div.coveragelist"),
 * sliders of headlines.
 */
const OWN_ITEMS_WORD = /teaser|tweet|twitter|live-?blog|live-?event|live-?ticker|news-?ticker|coverage|carousel|swiper|slider|sliding/i;
/**
 * A part of a class token naming an advert zone ("v-A_-paidbox-container", "sponsored-links"). Bare "ad"/"paid"
 * are too vague ("row-ad" and "vhb-paid" wrap whole pages, comments included), and "anzeigen" also means "show".
 */
const ADVERT_PART = /^(adverts?|advertising|advertisement|werbung|sponsored|sponsoring|paidbox|promobox|promotion)$/i;

/**
 * A class token naming a zone to skip. Layout wrappers ("content-sidebar-wrap") and BEM state modifiers
 * ("comment--recommended") name something else, so they do not count.
 */
function excludedToken(token: string): boolean {
  // State and taxonomy terms ("tag-popular", "category-liveticker") name the post's topics, not a zone.
  if (/^(has|is|tag|category|cat|term|topic)-/i.test(token)) return false;
  if (OWN_ITEMS_WORD.test(token)) return true;
  if (token.split(/[-_]+/).some((part) => ADVERT_PART.test(part))) return true;
  if (token.includes('--') || /(wrap|wrapper|layout|container|content)$/i.test(token) || /^(content|main)-/i.test(token)) return false;
  return EXCLUDED_WORD.test(token);
}

function isExcludedZone(el: Element): boolean {
  // <body class="sidebar ..."> describes the page layout, not a zone.
  if (el.localName === 'body' || el.localName === 'html') return false;
  if (EXCLUDED_TAGS.has(el.localName)) return true;
  // The page's footer (an article's own <footer> may hold its comments), and any header: a byline, not a thread.
  if (el.localName === 'header' || (el.localName === 'footer' && !el.closest('article'))) return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  const id = el.getAttribute('id');
  if (id && (EXCLUDED_IDS.has(id.toLowerCase()) || /sidebar|related/i.test(id))) return true;
  const classes = cls(el);
  if (classes) for (const token of classes.split(/\s+/)) if (token && excludedToken(token)) return true;
  return false;
}

/** True when the element or an ancestor is navigation, a sidebar, related posts, a menu, pagination... */
function inExcludedZone(el: Element): boolean {
  const path: Element[] = [];
  let result = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const known = facts(cur).zone;
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(cur);
    if (isExcludedZone(cur)) {
      result = true;
      break;
    }
  }
  for (const p of path) facts(p).zone = result;
  return result;
}
/** Class tokens that describe a block's state, not its kind: dropped from the signature. */
const STATE_TOKEN =
  /^(even|odd|alt|first|last|parent|bg\d|thread-.*|depth-.*|level-.*|bypostauthor|byuser|comment-author-.*|author-comment|highlander-comment|has-.*|is-.*|current|active|selected|hidden|secret|new|unread|read|clearfix|clear|row|col-.*|odd-.*|even-.*|child-of-.*)$/i;
/** Tokens naming the commenter's role ("wc-blog-guest", "wc-blog-administrator"): same kind of block, other author. */
const ROLE_TOKEN = /[-_](guest|subscriber|administrator|admin|editor|contributor|moderator|registered|anonymous|user|member|staff|owner|customer|author)$/i;
const COMMENTISH = /comment|reply|repl|respon|message|post|entry|discussion|kommentar|antwort|review/i;
/**
 * A lone block counts only when its name says comment or review: a lone "entry"/"post" block is the article
 * itself ("div.entry-meta", "div.entry-content"), whose byline and date pass for an author and a time.
 */
const LONE_COMMENT = /comment|kommentar|reply|antwort|respon|review|discussion|reacti/i;
/** Blocks named as the post itself: WordPress' post_class ("hentry", "type-post", "status-publish"). */
const POST_ENTRY_TOKEN = /^(hentry|type-[a-z]+|status-publish)$/i;
/** Blocks named as a part of a post's head: its meta line, header or byline ("entry-meta", "article-header"). */
const POST_PART_TOKEN = /^(meta|metadata|header|head|subhead|byline)$|[-_](meta|metadata|header|head|subhead|byline)$/i;

/** A signature naming a post, or a part of one, and no comment: those blocks are never a thread. */
function namesPostNotComment(signature: string): boolean {
  const tokens = signature.split(/[.<]/);
  // "comment-meta" is a comment's part; "entry-meta" beside "social-comments" is still the post's.
  if (tokens.some((t) => POST_PART_TOKEN.test(t) && !LONE_COMMENT.test(t))) return true;
  return !LONE_COMMENT.test(signature) && tokens.some((t) => POST_ENTRY_TOKEN.test(t));
}

/** A test on one element inside a member; plain JS, because selector engines re-parse selectors on every call. */
type Cue = (el: Element, member: Element) => boolean;

/**
 * What the scan needs to know about one element, worked out once per scan: class attribute (linkedom rebuilds
 * it from its token list on every read) and which cues its own markup passes. Blocks are read several times
 * (sample, full pass, nested groups), so per-element tests are not repeated per reading.
 */
interface Facts {
  cls: string;
  /** Bit i: the element's own part of AUTHOR_CUES[i] holds (see authorMask). */
  author?: number;
  time?: boolean;
  meaningful?: string;
  /** The element or an ancestor is an excluded zone (see inExcludedZone). */
  zone?: boolean;
  /** The element or an ancestor is a link (see insideLink). */
  link?: boolean;
}
/** A Map, not a WeakMap (faster for ~100,000 entries); emptied when the scan ends so no page is kept alive. */
let factsCache = new Map<Element, Facts>();
/** The last element asked about: tests often ask about one element several times in a row. */
let lastFacts: Facts | null = null;
let lastFactsOf: Element | null = null;
function facts(el: Element, knownClass?: string): Facts {
  if (el === lastFactsOf) return lastFacts!;
  let f = factsCache.get(el);
  if (f === undefined) {
    // Every field present from the start: one object shape for all elements.
    f = { cls: knownClass ?? classOf(el), author: undefined, time: undefined, meaningful: undefined, zone: undefined, link: undefined };
    factsCache.set(el, f);
  }
  lastFactsOf = el;
  lastFacts = f;
  return f;
}
function cls(el: Element): string {
  return facts(el).cls;
}
const hasToken = (el: Element, token: string) => ` ${cls(el)} `.includes(` ${token} `);
/** Some ancestor of el, up to and including member, passes the test. */
function within(el: Element, member: Element, test: (a: Element) => boolean): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (test(up)) return true;
    if (up === member) return false;
  }
  return false;
}
const PROFILE_HREF = /\/user|\/u\/|\/people\/|\/profile|member/;

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
const TIME_CLASS = /date|time|ago|when|posted/;
const TIME_CUE: Cue = (e) => {
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
const tagCue = (...tags: string[]): Cue => {
  const set = new Set(tags);
  return (e) => set.has(e.localName);
};
const LEAF_CUE = tagCue('a', 'span', 'small', 'abbr', 'div', 'p', 'em', 'strong', 'dd');
const LINE_CUE = tagCue('p', 'div', 'span', 'td');
const BODY_CANDIDATE: Cue = (e) => e.hasAttribute('class') || e.getAttribute('itemprop') === 'text';

/** The first descendant whose tag is in the set (no selector engine). */
function firstDescendant(root: Element, tags: Set<string>): Element | null {
  for (let el = root.firstElementChild; el; el = nextInWalk(el, root)) if (tags.has(el.localName)) return el;
  return null;
}

/** Descendant elements in document order, by a plain walk (linkedom has no getElementsByTagName('*')). */
function allBelow(root: Element): Element[] {
  const out: Element[] = [];
  for (let el = root.firstElementChild; el; el = nextInWalk(el, root)) out.push(el);
  return out;
}
const BLOCK_TAGS = new Set(['p', 'blockquote']);
const LEAF_BREAKERS = new Set(['div', 'p', 'li', 'a', 'span']);
const LINE_BOXES = new Set(['div', 'p', 'li', 'ul', 'ol', 'table', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Each member's descendants, listed once per scan. */
let descendantsCache = new Map<Element, Element[]>();
/** The body's elements in document order, listed once per scan. */
interface BodyIndex {
  doc: Document;
  elements: Element[];
  /** ends[i]: the index just past element i's last descendant, so its descendants are elements[i + 1 .. ends[i]). */
  ends: number[];
  /** Index of each block that joined a group: its descendants are then a slice, not another walk. */
  blockIndex: Map<Element, number>;
  /** Every element of the document, once asked for (see documentElements). */
  documentWide?: Element[];
  /** classAttrs[i]: elements[i]'s class attribute, when the registry's walk already read it. */
  classAttrs?: string[];
}
let bodyList: BodyIndex | null = null;
function bodyIndex(doc: Document): BodyIndex {
  if (bodyList?.doc !== doc) bodyList = { doc, ...(bodyFromWalk(doc) ?? indexTree(doc.body)), blockIndex: new Map() };
  return bodyList;
}

/** The body's part of the walk the registry took this turn (see freshPageWalk): no second walk, no class re-reads. */
function bodyFromWalk(doc: Document): { elements: Element[]; ends: number[]; classAttrs: string[] } | null {
  const walk = freshPageWalk(doc);
  const body = doc.body;
  if (!walk || !body) return null;
  const at = walk.elements.indexOf(body);
  if (at < 0) return null;
  const from = at + 1;
  const to = walk.ends[at];
  const ends = walk.ends.slice(from, to);
  for (let i = 0; i < ends.length; i++) ends[i] -= from;
  return { elements: walk.elements.slice(from, to), ends, classAttrs: walk.classAttrs.slice(from, to) };
}
function bodyElements(doc: Document): Element[] {
  return bodyIndex(doc).elements;
}

/** Per-element facts are cached for one scan only: a live page changes between scans. */
function beginScan(): void {
  factsCache = new Map();
  lastFactsOf = lastFacts = null;
  descendantsCache = new Map();
  bodyList = null;
}
/** Drops the scan's caches (they hold the page's elements). */
function endScan(): void {
  factsCache = new Map();
  lastFactsOf = lastFacts = null;
  descendantsCache = new Map();
  bodyList = null;
}
function descendants(member: Element): Element[] {
  let list = descendantsCache.get(member);
  if (!list) {
    const i = bodyList?.blockIndex.get(member);
    list = i === undefined ? allBelow(member) : bodyList!.elements.slice(i + 1, bodyList!.ends[i]);
    descendantsCache.set(member, list);
  }
  return list;
}

const BODY_CLASS = /(content|body|text|message|entry|comment-?text|copy|markdown|md|prose|bbWrapper)/i;
const META_CLASS = /(meta|header|footer|action|reply|avatar|vcard|author|byline|info|tools|controls|vote|score|like|share|flag|report|signature)/i;
const STAFF_CLASS = /(?:^|\s)(bypostauthor|by-post-author|author-comment|is-op|op|topic-owner|staff|moderator|admin|owner|post-author)(?:\s|$)/i;
const DATE_TEXT =
  /\b\d{4}[-/.年]\d{1,2}|\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}\b|\b\d{1,2}:\d{2}\b|\bago\b|\bvor\b|\bhace\b|il y a|\bgeleden\b|\bfa$|^há\b|前|\s(her|temu)$|^(yesterday|gestern|ayer|hier|ontem|ieri|gisteren|昨日|昨天)$|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)/i;
/** Elements scanned for blocks: enough for 5,000 comments of ~20 elements each; a 50 MB page stops here. */
const MAX_ELEMENTS = 300_000;
/** A profile's join date ("Joined: 2012-06-15", "Registriert seit"), not the post's time. */
const JOIN_DATE = /joined|registered|registriert|beigetreten|dabei seit|mitglied seit|member since|inscri|membre depuis|registrado|iscritt|lid sinds|dołączy|rejestr/i;

/**
 * Tokens that tell a reply from a root comment ("wc-comment wc-reply", "wc-comment wpdiscuz-root-comment",
 * "comment child-comment"): one kind of block in another place of the tree. Dropped only when a token stays,
 * since some platforms name their comment block just "reply".
 */
const VARIANT_TOKEN = /^(reply|[a-z]+[-_]reply|root|[a-z]+[-_]root[-_]comment|root[-_]comment|child|children|[a-z]+[-_]child|child[-_][a-z]+|nested|toplevel|top-level)$/i;

/** Class attribute -> signature; pages repeat a few class strings thousands of times. */
const signatureOfClass = new Map<string, string>();

function classSignature(el: Element): string {
  const raw = cls(el);
  let known = signatureOfClass.get(raw);
  if (known === undefined) {
    known = signatureOfClassText(raw);
    if (signatureOfClass.size > 5000) signatureOfClass.clear();
    signatureOfClass.set(raw, known);
  }
  return known;
}

function signatureOfClassText(raw: string): string {
  const kept = raw
    .split(/\s+/)
    .filter((c) => c && !/\d/.test(c) && !STATE_TOKEN.test(c) && !ROLE_TOKEN.test(c));
  const kinds = kept.filter((c) => !VARIANT_TOKEN.test(c));
  return (kinds.length ? kinds : kept).sort().join('.');
}

const BLOCK_KINDS = new Set(['div', 'li', 'article', 'section', 'ul', 'ol', 'tr', 'table', 'dl', 'blockquote']);

function signature(el: Element): string | null {
  const tag = el.localName;
  if (!BLOCK_KINDS.has(tag) && !tag.includes('-')) return null;
  const classes = classSignature(el);
  if (classes) return `${tag}.${classes}`;
  if (tag !== 'article' && tag !== 'li') return null;
  // A bare <li>/<article> says little: qualify it by its list, else every menu item joins the comments.
  const parent = el.parentElement;
  const grand = parent?.parentElement;
  const parentSig = parent ? `${parent.localName}.${classSignature(parent)}` : '';
  const grandSig = grand ? `${grand.localName}.${classSignature(grand)}` : '';
  return `${tag}.<${parentSig}<${grandSig}`;
}

/** The element where the post starts: its <article>, else its main heading. */
function postStart(doc: Document): Element | null {
  return (
    doc.querySelector('article h1')?.closest('article') ??
    doc.querySelector('[itemprop="articleBody"], .entry-content, .post-content, .article-content, main h1, h1') ??
    null
  );
}

function nearestMember(el: Element, members: Set<Element>, stopAt: Element): Element | null {
  let cur: Element | null = el;
  while (cur && cur !== stopAt) {
    if (members.has(cur)) return cur;
    cur = cur.parentElement;
  }
  return cur === stopAt ? stopAt : null;
}

/** Hidden by an inline style between el and member (forum profile boxes fold away the join date). */
const styleHidden = (a: Element) => /display:\s*none/i.test(a.getAttribute('style') ?? '');
function foldedAway(el: Element, member: Element): boolean {
  return styleHidden(el) || within(el, member, styleHidden);
}

function ownFirst(member: Element, cue: Cue, members: Set<Element>, accept: (el: Element) => boolean): Element | null {
  for (const found of descendants(member)) {
    if (!cue(found, member) || foldedAway(found, member)) continue;
    if (nearestMember(found.parentElement ?? found, members, member) !== member && found.parentElement !== member) continue;
    if (accept(found)) return found;
  }
  return null;
}

interface Parts {
  author: Element | null;
  authorText: string;
  time: Element | null;
  publishedAt: string | null;
  body: Element | null;
  /** The comment's words as read while scoring, reused when the thread is read against the same blocks. */
  words?: ReturnType<typeof bodyText>;
}

function findAuthor(member: Element, members: Set<Element>): { el: Element | null; text: string } {
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

function findTime(member: Element, members: Set<Element>, now: Date, dayFirst: boolean): { el: Element | null; iso: string | null } {
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
      return t.length >= 4 && t.length <= 60 && !firstDescendant(e, LEAF_BREAKERS) && DATE_TEXT.test(t) && !JOIN_DATE.test(`${t} ${cls(e)}`) && parseAnyDate(t.replace(/^(on|am|le|el|il|op|em|於)\s+/i, ''), now, { dayFirst }) !== null;
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
    return { el: leaf, iso: parseAnyDate(inlineText(leaf).replace(/^(on|am|le|el|il|op|em|於)\s+/i, ''), now, { dayFirst }) };
  }
  const attr =
    parseDateAttribute(el.getAttribute('datetime')) ??
    parseDateAttribute(el.getAttribute('title')) ??
    parseDateAttribute(el.getAttribute('data-time') ?? el.getAttribute('data-timestamp'));
  return { el, iso: attr ?? parseAnyDate(inlineText(el).replace(/^(on|am|le|el|il|op|em|於)\s+/i, ''), now, { dayFirst }) };
}

/** Per member set: each member's nearest member descendants (replies), computed once instead of per body probe. */
const childrenCache = new WeakMap<Set<Element>, Map<Element, Element[]>>();

function childMembers(member: Element, members: Set<Element>): Element[] {
  let map = childrenCache.get(members);
  if (!map) {
    map = new Map();
    for (const m of members) {
      let up = m.parentElement;
      while (up && !members.has(up)) up = up.parentElement;
      if (!up) continue;
      const list = map.get(up);
      if (list) list.push(m);
      else map.set(up, [m]);
    }
    childrenCache.set(members, map);
  }
  return map.get(member) ?? [];
}

function findBody(member: Element, members: Set<Element>, author: Element | null, time: Element | null): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of descendants(member)) {
    if (!BODY_CANDIDATE(el, member)) continue;
    const cls = meaningfulClasses(el);
    if (!BODY_CLASS.test(cls) && el.getAttribute('itemprop') !== 'text') continue;
    // "secondary-text" dates, "reply-text" owner answers, "meta" lines are not the comment's words.
    if (/reply|meta|footer|header|date|time|author|avatar|info|signature/i.test(cls) && !/content|body|message/i.test(cls)) continue;
    if (nearestMember(el.parentElement ?? el, members, member) !== member && el.parentElement !== member) continue;
    if (members.has(el) || (author && (el.contains(author) || author.contains(el)))) continue;
    if (time && (el.contains(time) || time.contains(el))) continue;
    if (childMembers(member, members).some((m) => el.contains(m))) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

/** Layout utility classes (Bootstrap, Tailwind) say nothing about what a block holds: "justify-content-end". */
const UTILITY_TOKEN = /^(d|flex|justify|align|col|row|m[tblrxy]?|p[tblrxy]?|text-(left|right|center|muted|small|[a-z]+-\d+)|float|w|h|order|gap|g[xy]?|offset)(-|$)/i;

function meaningfulClasses(el: Element): string {
  const f = facts(el);
  f.meaningful ??= f.cls
    .split(/\s+/)
    .filter((t) => t && !UTILITY_TOKEN.test(t))
    .join(' ');
  return f.meaningful;
}

function readParts(member: Element, members: Set<Element>, now: Date, dayFirst: boolean): Parts {
  const author = findAuthor(member, members);
  const time = findTime(member, members, now, dayFirst);
  return { author: author.el, authorText: author.text, time: time.el, publishedAt: time.iso, body: findBody(member, members, author.el, time.el) };
}

/** Forum quote boxes that are not <blockquote> ("div.bbcode_quote", "div.quote_container"). */
const QUOTE_BOX = /(?:^|[\s_-])quote(?:[\s_-]|$)/i;
/** Signatures under a post ("div.signature", "div.tapatalkSignatur"): the forum's, not the comment's words. */
const SIGNATURE_BOX = /signatur/i;
const QUOTE_BOX_TAGS = new Set(['div', 'aside', 'section', 'table', 'figure']);

/**
 * The comment's words inside `root`: forum quote boxes go to `quotes`, signatures are dropped.
 * A <blockquote> classed as content (vBulletin's "blockquote.postcontent") holds the post itself, not a quote.
 */
function ownWords(root: Element, skipMore: (el: Element) => boolean) {
  const extraQuotes: string[] = [];
  const skip = (el: Element) => {
    if (skipMore(el)) return true;
    const c = cls(el);
    if (!c) return false;
    if (SIGNATURE_BOX.test(c)) return true;
    if (QUOTE_BOX_TAGS.has(el.localName) && QUOTE_BOX.test(c) && !/(?:^|\s)(quote|bbCodeBlock--quote)(?:\s|$)/.test(c)) {
      const q = commentText(el, { classOf: cls }).text;
      if (q) extraQuotes.push(q);
      return true;
    }
    return false;
  };
  let own = commentText(root, { skip, classOf: cls });
  if (!own.text && own.quotes.length) {
    const post = allBelow(root).find((el) => el.localName === 'blockquote' && /content|message|post|body/i.test(cls(el)) && !QUOTE_BOX.test(cls(el)));
    if (post) {
      extraQuotes.length = 0;
      own = commentText(post, { skip, classOf: cls });
    }
  }
  return extraQuotes.length ? { text: own.text, quotes: [...extraQuotes, ...own.quotes] } : own;
}

function bodyText(member: Element, parts: Parts, members: Set<Element>) {
  if (parts.body) {
    const own = ownWords(parts.body, (el) => members.has(el));
    if (own.text || own.quotes.length) return own;
  }
  return ownWords(member, (el) =>
      members.has(el) ||
      el === parts.author ||
      el === parts.time ||
      (!!parts.author && el.contains(parts.author)) ||
      (!!parts.time && el.contains(parts.time)) ||
      META_CLASS.test(meaningfulClasses(el)) ||
      el.localName === 'img',
  );
}

interface Group {
  signature: string;
  members: Element[];
}

/**
 * Elements that hold a comment form's controls, or sit inside a form with a textarea: never comments.
 * Marked from the few controls and forms the page walk met, instead of probing every element.
 */
function formZones(controls: Element[], forms: Element[]): Set<Element> {
  const marked = new Set<Element>();
  const markUp = (from: Element | null) => {
    for (let up = from; up && !marked.has(up); up = up.parentElement) marked.add(up);
  };
  for (const control of controls) markUp(control);
  for (const form of forms) {
    if (!form.querySelector('textarea')) continue;
    for (const inner of allBelow(form)) marked.add(inner);
  }
  return marked;
}

/** Whether an ancestor is a link (memoised along the path: blocks share their ancestors). */
function insideLink(el: Element): boolean {
  const path: Element[] = [];
  let result = false;
  for (let up = el.parentElement; up; up = up.parentElement) {
    const known = facts(up).link;
    if (known !== undefined) {
      result = known;
      break;
    }
    if (up.localName === 'a' && up.hasAttribute('href')) {
      result = true;
      path.push(up);
      break;
    }
    path.push(up);
  }
  // Noted as "a link at or above": el's own ancestors all share the answer found above them.
  for (const p of path) facts(p).link = result;
  return result;
}

function candidateGroups(doc: Document): Group[] {
  const start = postStart(doc);
  let bodyLength = 0;
  const groups = new Map<string, Element[]>();
  const controls: Element[] = [];
  const forms: Element[] = [];
  // One walk (linkedom's selector engine is slow even for '*'): blocks, plus the comment form's controls.
  const index = bodyIndex(doc);
  const all = index.elements;
  const classAttrs = index.classAttrs;
  const limit = Math.min(all.length, MAX_ELEMENTS);
  // Comments follow the article: only blocks after the post's start (in document order, which is the
  // order of this list) count. Its ancestors come before it, so they drop out too.
  let afterStart = !start;
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const tag = el.localName;
    if (tag === 'textarea' || (tag === 'input' && el.matches('input[type="submit"], input[type="email"]'))) controls.push(el);
    else if (tag === 'form') forms.push(el);
    if (i >= limit) continue;
    if (!afterStart) {
      if (el === start) afterStart = true;
      continue;
    }
    // The class was read by the registry's walk this turn: note it so signature() need not read it again.
    if (classAttrs && (BLOCK_KINDS.has(tag) || tag.includes('-'))) facts(el, classAttrs[i]);
    const sig = signature(el);
    if (!sig) continue;
    const list = groups.get(sig);
    if (list) list.push(el);
    else groups.set(sig, [el]);
    index.blockIndex.set(el, i);
  }
  const formish = formZones(controls, forms);
  const result: Group[] = [];
  for (const [sig, elements] of groups) {
    // A lone block with no comment-like name is never kept, whatever the filters say.
    if (elements.length < 2 && !LONE_COMMENT.test(sig)) continue;
    if (namesPostNotComment(sig)) continue;
    const members = elements.filter((el) => {
      if (inExcludedZone(el)) return false;
      // The comment form, or a block holding one. (wpDiscuz puts a read-only permalink <input> in each comment.)
      if (formish.has(el)) return false;
      // A block inside a link is a teaser for another page ("related articles" cards), never a comment.
      if (insideLink(el)) return false;
      // A wrapper holding most of the page is a layout box. Many blocks of one kind cannot all be that big,
      // so large groups skip the costly text measure.
      if (elements.length > 10) return true;
      bodyLength ||= (doc.body?.textContent ?? '').length || 1;
      return (el.textContent ?? '').length < bodyLength * 0.6;
    });
    if (members.length >= 2 || (members.length === 1 && LONE_COMMENT.test(sig))) result.push({ signature: sig, members });
  }
  return result;
}

interface Scored {
  group: Group;
  members: Element[];
  parts: Map<Element, Parts>;
  score: number;
}

/**
 * A link to another page: not a fragment (permalink, reply anchor), not a script action, and not a name
 * linking to its profile (a reply's author line, nested in the comment it answers).
 */
function linksElsewhere(a: Element): boolean {
  if (a.localName !== 'a') return false;
  const href = a.getAttribute('href');
  if (!href || href.includes('#') || /^\s*javascript:/i.test(href)) return false;
  return !PROFILE_LINK_CLASS.test(cls(a)) && !PROFILE_HREF.test(href) && !/(?:^|\s)author(?:\s|$)/.test(a.getAttribute('rel') ?? '');
}
const PROFILE_LINK_CLASS = /author|user|name|nick|poster|profile|avatar/i;

/** Part of the author line or the time: a name or a date that links to a profile or a permalink. */
function inByline(el: Element, p: Parts): boolean {
  return !!(p.author && (p.author.contains(el) || el.contains(p.author))) || !!(p.time && (p.time.contains(el) || el.contains(p.time)));
}

/**
 * A teaser for another page, not a comment: its words are mostly the text of links to other pages (a headline
 * with a date), or it carries a heading or a title that links elsewhere ("<h3><a href=/other-article>...</a></h3>",
 * "<div class=field--name-node-title><a href=/news/x>"), or it is a whole article (its own main heading and figure)
 * or a list of dated items.
 * Author and time links (profiles, permalinks) do not count.
 */
function isHeadline(member: Element, p: Parts, members: Set<Element>): boolean {
  // A list holding several dated items ("ul.timeline" of article cards) is a list of the site's items, not a comment.
  if ((member.localName === 'ul' || member.localName === 'ol') && holdsSeveralTimes(member, members)) return true;
  // Links naming the block's own id ("/reviews/581cf18...", "?p=123"): its permalink, not another page.
  const ownIds: string[] = [];
  for (const el of [member, ...descendants(member)]) {
    const id = el.getAttribute('id');
    if (id && /\d{3}/.test(id)) ownIds.push(id.replace(/^\D+/, ''));
  }
  const elsewhere = (a: Element) => linksElsewhere(a) && !ownIds.some((id) => (a.getAttribute('href') ?? '').includes(id));
  let linked = 0;
  let mainHeading = false;
  let figure = false;
  for (const el of descendants(member)) {
    const tag = el.localName;
    if (tag === 'a') {
      if (!elsewhere(el) || inByline(el, p) || nearestMember(el, members, member) !== member) continue;
      if (p.body && !p.body.contains(el)) {
        if (isTitleLink(el, member)) return true;
        continue;
      }
      linked += (el.textContent ?? '').replace(/\s+/g, '').length;
    } else if (HEADINGS.has(tag)) {
      if (inByline(el, p) || nearestMember(el, members, member) !== member) continue;
      const link = firstDescendant(el, ANCHOR_TAG);
      if ((link && elsewhere(link)) || within(el, member, elsewhere)) return true;
      if (tag === 'h1' || tag === 'h2') mainHeading = true;
    } else if (tag === 'figure' || tag === 'picture') {
      if (nearestMember(el, members, member) === member) figure = true;
    }
  }
  // A whole article in a list of articles: comments carry no main heading and figure of their own.
  if (mainHeading && figure) return true;
  // The words themselves sit inside a link: a card for another page ("<a href=/story><figure>...<p>").
  if (p.body && within(p.body, member, elsewhere)) return true;
  if (!linked) return false;
  const words = (p.words?.text ?? '').replace(/\s+/g, '').length;
  return linked >= words * HEADLINE_LINK_SHARE;
}
const ANCHOR_TAG = new Set(['a']);
/** A class token naming a title ("field--name-node-title", "header-500", "c-card__headline"). */
const TITLE_TOKEN = /(^|[-_])(title|headline|heading|header|hed)([-_\d]|$)/i;

/**
 * A link outside the words, styled or wrapped as a title, reading as one (three words or more): the headline of
 * a card for another page. A commenter's name and a "Reply"/"Edit" link are shorter, and sit in the byline; a
 * comment's own header ("social-comment-header") and a commenter's site (rel="external nofollow") are not teasers.
 */
function isTitleLink(a: Element, member: Element): boolean {
  if (/external|nofollow|ugc/i.test(a.getAttribute('rel') ?? '')) return false;
  // Its own words: an icon link's tooltip ("Website dieses Benutzers besuchen") is no headline.
  if ((a.textContent ?? '').trim().split(/\s+/).length < 3) return false;
  const titled = (el: Element) => cls(el).split(/\s+/).some((t) => TITLE_TOKEN.test(t) && !LONE_COMMENT.test(t));
  return titled(a) || within(a, member, (up) => up !== member && titled(up));
}
/** Share of a block's words in links above which it reads as a list of links, not as someone's comment. */
const HEADLINE_LINK_SHARE = 0.6;

/**
 * Most blocks are teasers: a list of headlines (related articles, "most read", the site's news), not a thread.
 * Big groups are judged on an even sample, as in scoreGroup.
 */
function mostlyHeadlines(qualifying: Element[], parts: Map<Element, Parts>, members: Set<Element>): boolean {
  const SAMPLE = 24;
  const step = Math.max(1, qualifying.length / SAMPLE);
  let seen = 0;
  let headlines = 0;
  for (let i = 0; i < qualifying.length && seen < SAMPLE; i = Math.floor(++seen * step)) {
    if (isHeadline(qualifying[i], parts.get(qualifying[i])!, members)) headlines++;
  }
  return headlines * 2 >= seen;
}

/**
 * Most blocks read the same ("Par Le", the team's name, "Updated: ..."): page furniture repeated per item, not
 * people writing. Distinct comments rarely say the very same thing.
 */
function mostlyRepeated(qualifying: Element[], parts: Map<Element, Parts>): boolean {
  if (qualifying.length < 2) return false;
  const texts = new Set<string>();
  for (const m of qualifying) texts.add(parts.get(m)!.words?.text ?? '');
  return texts.size * 2 <= qualifying.length;
}

/**
 * A lone block with two dated items inside is a list of comments (or of anything), not one comment. Given the
 * group's blocks, times inside other blocks (replies) are theirs, not this one's.
 */
function holdsSeveralTimes(member: Element, members?: Set<Element>): boolean {
  let seen = 0;
  for (const el of descendants(member)) {
    if (!TIME_CUE(el, member)) continue;
    if (members && nearestMember(el, members, member) !== member) continue;
    if (!el.hasAttribute('datetime') && !DATE_TEXT.test(inlineText(el))) continue;
    // A time inside a time already counted ("<span class=date><time>") is the same one.
    if (seen && within(el, member, (a) => facts(a).time === true)) continue;
    if (++seen > 1) return true;
  }
  return false;
}

function scoreGroup(group: Group, now: Date, dayFirst: boolean): Scored | null {
  const set = new Set(group.members);
  const parts = new Map<Element, Parts>();
  const qualifying: Element[] = [];
  const qualifies = (member: Element): Parts | null => {
    const p = readParts(member, set, now, dayFirst);
    if ((!p.author && !p.body) || !p.time) return null;
    return bodyText(member, p, set).text ? p : null;
  };
  // Big groups (5,000 comments, or 5,000 of their inner wrappers) are first judged on an even sample:
  // one that is clearly not comments is dropped without reading every block.
  const SAMPLE = 24;
  if (group.members.length > SAMPLE * 2) {
    const step = group.members.length / SAMPLE;
    let hits = 0;
    for (let i = 0; i < SAMPLE; i++) if (qualifies(group.members[Math.floor(i * step)])) hits++;
    if (hits < SAMPLE * 0.5) return null;
  }
  for (const member of group.members) {
    const p = readParts(member, set, now, dayFirst);
    // A comment without an author element (guest names as bare text, private comments) still counts
    // when it has a recognisable body.
    if ((!p.author && !p.body) || !p.time) continue;
    p.words = bodyText(member, p, set);
    if (!p.words.text) continue;
    parts.set(member, p);
    qualifying.push(member);
  }
  if (!qualifying.length) return null;
  if (qualifying.length < group.members.length * 0.6) return null;
  if (mostlyHeadlines(qualifying, parts, set) || mostlyRepeated(qualifying, parts)) return null;
  if (qualifying.length === 1 && (!LONE_COMMENT.test(group.signature) || holdsSeveralTimes(qualifying[0]))) return null;
  const depth = (el: Element) => {
    let d = 0;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) d++;
    return d;
  };
  const score = qualifying.length * 10 + (COMMENTISH.test(group.signature) ? 3 : 0) - depth(qualifying[0]) * 0.01;
  return { group, members: qualifying, parts, score };
}

/**
 * One thread can use several signatures: root comments and replies ("wc-comment wpdiscuz-root-comment" vs
 * "wc-comment wc-reply"), members and guests ("li.member" vs "li.guest"). Other qualifying groups of the same
 * tag join the winner when their blocks sit beside its blocks (same parent) or nest inside/around them.
 */
function mergeKindred(best: Scored, others: Scored[]): Scored {
  const tag = best.members[0].localName;
  let members = new Set(best.members);
  const parts = new Map(best.parts);
  let grew = true;
  while (grew) {
    grew = false;
    const parents = new Set(Array.from(members, (m) => m.parentElement));
    for (const other of others) {
      if (other === best || other.members[0].localName !== tag || other.members.some((m) => members.has(m))) continue;
      const taken = new Set<Element | null>();
      for (const b of members) taken.add(parts.get(b)?.author ?? null).add(parts.get(b)?.time ?? null);
      taken.delete(null);
      const related = other.members.every((m) => {
        const mAuthor = other.parts.get(m)?.author ?? other.parts.get(m)?.time;
        // Reading an author line or time the thread already holds: the same comment seen through a wrapper.
        if (!mAuthor || taken.has(mAuthor) || taken.has(other.parts.get(m)?.time ?? null)) return false;
        if (parents.has(m.parentElement)) return true;
        return Array.from(members).some((b) => {
          const bAuthor = parts.get(b)?.author ?? parts.get(b)?.time;
          if (!mAuthor || !bAuthor || mAuthor === bAuthor) return false;
          // A reply nests inside a comment (or a comment around its replies) with an author line of its own;
          // a wrapper inside one comment shares that comment's author line.
          const bTime = parts.get(b)?.time;
          if (b.contains(m)) return !m.contains(bAuthor) && !(bTime && m.contains(bTime));
          if (m.contains(b)) return !b.contains(mAuthor);
          return false;
        });
      });
      if (!related) continue;
      for (const m of other.members) {
        members.add(m);
        parts.set(m, other.parts.get(m)!);
      }
      grew = true;
    }
  }
  if (members.size === best.members.length) return best;
  const ordered = Array.from(members).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  // Parts were read against each group's own member set: re-read them against the merged set.
  members = new Set(ordered);
  return { ...best, members: ordered, parts };
}

/** `[id*="comment"], [id*="post"], a[name]`: an element a comment's link can point at. */
function isAnchor(el: Element): boolean {
  const id = el.getAttribute('id');
  return (!!id && (id.includes('comment') || id.includes('post'))) || (el.localName === 'a' && el.hasAttribute('name'));
}
/** `[class*="badge"], [class*="role"], [class*="flair"]`: a label beside the author's name. */
function isBadge(el: Element): boolean {
  const c = cls(el);
  return c.includes('badge') || c.includes('role') || c.includes('flair');
}

const COUNT_HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);
/** `h1, h2, h3, h4, .comments-title, [class*="comment-count"], [class*="comments-count"]`: where a page states its count. */
function isCountHeading(el: Element): boolean {
  if (COUNT_HEADINGS.has(el.localName)) return true;
  const c = cls(el);
  return c.includes('comment-count') || c.includes('comments-count') || (c.includes('comments-title') && c.split(/\s+/).includes('comments-title'));
}

/**
 * Scores the groups, most promising first (a group scores at most 10 per block, +3 for a comment-like name).
 * Once no unscored group can beat the best, only groups of the winner's tag are still scored: they may join
 * it (mergeKindred); the rest cannot change the outcome. Returned in the candidates' order, as if all were scored.
 */
function scoreCandidates(groups: Group[], now: Date, dayFirst: boolean): Scored[] {
  const ceiling = (g: Group) => g.members.length * 10 + (COMMENTISH.test(g.signature) ? 3 : 0);
  const order = groups.map((_, i) => i).sort((a, b) => ceiling(groups[b]) - ceiling(groups[a]) || a - b);
  const scored: (Scored | null)[] = new Array(groups.length).fill(null);
  let best: Scored | null = null;
  let next = 0;
  for (; next < order.length; next++) {
    const i = order[next];
    if (best && ceiling(groups[i]) <= best.score) break;
    scored[i] = scoreGroup(groups[i], now, dayFirst);
    const s = scored[i];
    if (s && (!best || s.score > best.score || (s.score === best.score && i < groups.indexOf(best.group)))) best = s;
  }
  if (best) {
    const tag = best.members[0].localName;
    for (; next < order.length; next++) {
      const i = order[next];
      if (groups[i].members[0].localName === tag) scored[i] = scoreGroup(groups[i], now, dayFirst);
    }
  }
  return scored.filter((s): s is Scored => s !== null);
}

/** Every element in document order, as `doc.querySelectorAll('*')` lists them; the body's part is the scan's list. */
function documentElements(doc: Document): Element[] {
  const index = bodyIndex(doc);
  if (index.documentWide) return index.documentWide;
  const root = doc.documentElement;
  const out: Element[] = root ? [root] : [];
  for (let top = root?.firstElementChild ?? null; top; top = top.nextElementSibling) {
    out.push(top);
    for (const el of top === doc.body ? index.elements : allBelow(top)) out.push(el);
  }
  index.documentWide = out;
  return out;
}

const PAGE_AUTHOR = 'article [rel~="author"], [itemprop="author"] [itemprop="name"], .byline a, .author a';
const AUTHOR_BOX = /(?:^|\s)(author|byline)(?:\s|$)/i;

/**
 * doc.querySelector(PAGE_AUTHOR), without running the selector over every element (slow in linkedom):
 * only elements that could match (a rel or itemprop naming it, a link below an author/byline box) are asked.
 */
function pageAuthor(doc: Document): Element | null {
  const boxAbove = new Map<Element, boolean>();
  const inBox = (el: Element): boolean => {
    const path: Element[] = [];
    let result = false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const known = boxAbove.get(up);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(up);
      if (AUTHOR_BOX.test(cls(up))) {
        result = true;
        break;
      }
    }
    for (const p of path) boxAbove.set(p, result);
    return result;
  };
  // Whether any class could make an author/byline box, from the page's class tokens noted at scan start.
  const boxes = someClassMarker(doc, (t) => /^(author|byline)$/i.test(t));
  for (const el of documentElements(doc)) {
    const plausible =
      /author/i.test(el.getAttribute('rel') ?? '') || /name/i.test(el.getAttribute('itemprop') ?? '') || (boxes && el.localName === 'a' && inBox(el));
    if (plausible && el.matches(PAGE_AUTHOR)) return el;
  }
  return null;
}

function claimedCount(doc: Document): number | null {
  // Class reads are slow in linkedom: the page's class tokens (noted at scan start) say whether any class can match.
  const classCue = someClassMarker(doc, (t) => t.includes('comment-count') || t.includes('comments-count') || t === 'comments-title');
  const headings = documentElements(doc).filter((el) => COUNT_HEADINGS.has(el.localName) || (classCue && isCountHeading(el)));
  for (const h of headings) {
    const t = inlineText(h);
    if (t.length > 80) continue;
    const m = t.match(/(\d[\d.,]*)\s*(comments?|kommentare?|ergänzungen|commentaires?|comentarios?|comentários?|commenti|reacties|responses|replies|antworten|réponses|respuestas|コメント|评论|評論|留言)/i)
      ?? t.match(/(comments?|kommentare|commentaires|comentarios|commenti|reacties|コメント|评论|留言)\s*[(:（]\s*(\d+)/i);
    if (m) return countIn(m[0]);
  }
  return null;
}

function readThread(doc: Document, ctx: ExtractContext): ExtractResult {
  const dayFirst = !/^en/i.test(doc.documentElement?.getAttribute('lang') ?? 'en');
  const scoredGroups = scoreCandidates(candidateGroups(doc), ctx.now, dayFirst);
  let best: Scored | null = null;
  for (const scored of scoredGroups) if (!best || scored.score > best.score) best = scored;
  if (!best) return finishResult(doc, ctx, [], { platform: 'generic' });
  const merged = mergeKindred(best, scoredGroups);
  // Texts read while scoring skipped that group's blocks; after a merge, other blocks nest inside.
  const wordsStillValid = merged === best;
  best = merged;
  const members = new Set(best.members);
  const idOf = new Map<Element, string>();
  const comments = readEach(best.members, (member) => {
    const parts = best!.parts.get(member)!;
    const anchorEl = member.id ? member : descendants(member).find(isAnchor);
    const anchor = anchorEl?.id || anchorEl?.getAttribute('name') || null;
    const body = (wordsStillValid && parts.words) || bodyText(member, parts, members);
    let parent: Element | null = member.parentElement;
    while (parent && !members.has(parent)) parent = parent.parentElement;
    const cls = member.getAttribute('class') ?? '';
    const badge = descendants(member).some((b) => isBadge(b) && /^(staff|admin|moderator|mod|owner|author|op|team)$/i.test(inlineText(b)));
    const comment = makeComment(ctx.url, {
      id: anchor && /\d/.test(anchor) ? anchor : null,
      anchor: anchor && /\d/.test(anchor) ? anchor : null,
      author: parts.authorText,
      publishedAt: parts.publishedAt,
      body,
      parentId: parent ? idOf.get(parent) ?? null : null,
      staff: STAFF_CLASS.test(cls) || badge,
      staffReason: STAFF_CLASS.test(cls) && /author|op|owner/i.test(cls) ? 'post-author' : 'platform-role',
    });
    idOf.set(member, comment.id);
    return comment;
  });
  // A forum topic's page 1 opens with the topic itself: its author is the thread's author (staff as post author).
  const topic =
    looksLikeForumPosts(doc, best.group.signature, best.members[0]) && showsTopicStart(doc, best.members[0], ctx.url) ? comments.shift() : undefined;
  if (topic) {
    for (const c of comments) {
      if (c.parentId === topic.id) c.parentId = null;
      if (c.author === topic.author && !c.staff) {
        c.staff = true;
        c.staffReason = 'post-author';
      }
    }
  }
  return finishResult(doc, ctx, comments, {
    platform: 'generic',
    author: topic?.author ?? (inlineText(pageAuthor(doc)) || null),
    excerpt: topic?.text.slice(0, 280),
    commentCountClaimed: claimedCount(doc),
  });
}

export const generic: Extractor = {
  id: 'generic',
  canExtract(doc) {
    return !!doc.body;
  },
  async extract(doc, ctx: ExtractContext) {
    beginScan();
    try {
      return readThread(doc, ctx);
    } finally {
      endScan();
    }
  },
};
