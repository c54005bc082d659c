// The fallback for platforms nobody wrote an extractor for. A comment thread is a set of repeated blocks
// (same tag and class signature) placed after the post, each carrying an author, a time and some text.
// Navigation, sidebars, related posts and the comment form are never candidates.
// No Readability here: the post is located by its <article>/<h1>, which keeps the content script lean.
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, readEach } from './page';
import { looksLikeForumPosts, showsTopicStart } from './generic-forum';

/** Landmarks that never hold the thread. Class/id names are matched token by token (see excludedToken). */
const EXCLUDED_TAGS = new Set(['nav', 'aside']);
const EXCLUDED_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo']);
const EXCLUDED_IDS = new Set(['respond', 'footer', 'header', 'sidebar']);
const EXCLUDED_WORD = /sidebar|widget-area|related|recommend|breadcrumb|menu|pagination|comment-respond|site-header|site-footer/i;
/**
 * A class token naming a zone to skip. Layout wrappers ("content-sidebar-wrap") and BEM state modifiers
 * ("comment--recommended") name something else, so they do not count.
 */
function excludedToken(token: string): boolean {
  if (token.includes('--') || /(wrap|wrapper|layout|container|content)$/i.test(token) || /^(content|main|has|is)-/i.test(token)) return false;
  return EXCLUDED_WORD.test(token);
}

function isExcludedZone(el: Element): boolean {
  // <body class="sidebar ..."> describes the page layout, not a zone.
  if (el.localName === 'body' || el.localName === 'html') return false;
  if (EXCLUDED_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  const id = el.getAttribute('id');
  if (id && (EXCLUDED_IDS.has(id.toLowerCase()) || /sidebar|related/i.test(id))) return true;
  const cls = el.getAttribute('class');
  if (cls) for (const token of cls.split(/\s+/)) if (token && excludedToken(token)) return true;
  return false;
}

/** True when the element or an ancestor is navigation, a sidebar, related posts, a menu, pagination... */
function inExcludedZone(el: Element, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let result = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const known = memo.get(cur);
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
  for (const p of path) memo.set(p, result);
  return result;
}
/** Class tokens that describe a block's state, not its kind: dropped from the signature. */
const STATE_TOKEN =
  /^(even|odd|alt|first|last|parent|bg\d|thread-.*|depth-.*|level-.*|bypostauthor|byuser|comment-author-.*|author-comment|highlander-comment|has-.*|is-.*|current|active|selected|hidden|secret|new|unread|read|clearfix|clear|row|col-.*|odd-.*|even-.*|child-of-.*)$/i;
/** Tokens naming the commenter's role ("wc-blog-guest", "wc-blog-administrator"): same kind of block, other author. */
const ROLE_TOKEN = /[-_](guest|subscriber|administrator|admin|editor|contributor|moderator|registered|anonymous|user|member|staff|owner|customer|author)$/i;
const COMMENTISH = /comment|reply|repl|respon|message|post|entry|discussion|kommentar|antwort|review/i;

/** A test on one element inside a member; plain JS, because selector engines re-parse selectors on every call. */
type Cue = (el: Element, member: Element) => boolean;
/** Each element's class attribute, read once per scan (linkedom rebuilds it from its token list on every read). */
let classCache = new WeakMap<Element, string>();
function cls(el: Element): string {
  let c = classCache.get(el);
  if (c === undefined) {
    c = el.getAttribute('class') ?? '';
    classCache.set(el, c);
  }
  return c;
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

const AUTHOR_CUES: Cue[] = [
  (e, m) => e.getAttribute('itemprop') === 'name' && within(e, m, (a) => a.getAttribute('itemprop') === 'author'),
  (e) => hasToken(e, 'fn'),
  (e) => cls(e).includes('username'),
  (e) => cls(e).includes('user-name'),
  (e) => e.localName === 'a' && (e.getAttribute('data-hovercard-url') ?? '').includes('/users/'),
  (e, m) => e.localName === 'a' && within(e, m, (a) => cls(a).includes('author')),
  (e) => cls(e).includes('author'),
  (e, m) => e.localName === 'a' && within(e, m, (a) => cls(a).includes('user')),
  (e) => cls(e).includes('name'),
  (e) => cls(e).includes('poster'),
  (e) => cls(e).includes('nick'),
  (e) => e.localName === 'a' && (PROFILE_HREF.test(e.getAttribute('href') ?? '') || /(?:^|\s)author(?:\s|$)/.test(e.getAttribute('rel') ?? '')),
  (e) => e.localName === 'cite',
  // "<div class=metas><b>Par Bruno Gobin,</b> le mercredi 15 mai 2019 à 08h07": the bold name in a byline.
  (e, m) => (e.localName === 'b' || e.localName === 'strong') && within(e, m, (a) => /meta|byline|posted|header/i.test(cls(a))),
];
/** "Par ", "By ", "Von "... before a name, and the comma or colon after it. */
const BYLINE_WORDS = /^(par|by|von|por|di|door|przez|od|av|af)\s+|[,:]$/gi;
const TIME_CLASS = /date|time|ago|when|posted/;
const TIME_CUE: Cue = (e) =>
  e.localName === 'time' ||
  e.hasAttribute('datetime') ||
  (e.localName === 'abbr' && e.hasAttribute('title')) ||
  e.hasAttribute('data-time') ||
  e.hasAttribute('data-timestamp') ||
  TIME_CLASS.test(cls(e));
const tagCue = (...tags: string[]): Cue => {
  const set = new Set(tags);
  return (e) => set.has(e.localName);
};
const LEAF_CUE = tagCue('a', 'span', 'small', 'abbr', 'div', 'p', 'em', 'strong', 'dd');
const LINE_CUE = tagCue('p', 'div', 'span', 'td');
const BODY_CANDIDATE: Cue = (e) => e.hasAttribute('class') || e.getAttribute('itemprop') === 'text';

/** The first descendant whose tag is in the set (no selector engine). */
function firstDescendant(el: Element, tags: Set<string>): Element | null {
  for (const d of allBelow(el)) if (tags.has(d.localName)) return d;
  return null;
}

/** Descendant elements in document order, by a plain walk (linkedom has no getElementsByTagName('*')). */
function allBelow(root: Element): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}
const BLOCK_TAGS = new Set(['p', 'blockquote']);
const LEAF_BREAKERS = new Set(['div', 'p', 'li', 'a', 'span']);
const LINE_BOXES = new Set(['div', 'p', 'li', 'ul', 'ol', 'table', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Each member's descendants, listed once per scan. */
let descendantsCache = new WeakMap<Element, Element[]>();

/** Per-element facts are cached for one scan only: a live page changes between scans. */
function beginScan(): void {
  classCache = new WeakMap();
  descendantsCache = new WeakMap();
}
function descendants(member: Element): Element[] {
  let list = descendantsCache.get(member);
  if (!list) {
    list = allBelow(member);
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
    let cue = 0;
    // Same cue inside the element already chosen ("div.username_container > a.username"): the inner one is the name.
    const limit = el && el.contains(found) ? rank + 1 : rank;
    while (cue < limit && !AUTHOR_CUES[cue](found, member)) cue++;
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
  return cls(el)
    .split(/\s+/)
    .filter((t) => t && !UTILITY_TOKEN.test(t))
    .join(' ');
}

export function readParts(member: Element, members: Set<Element>, now: Date, dayFirst: boolean): Parts {
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
      const q = commentText(el).text;
      if (q) extraQuotes.push(q);
      return true;
    }
    return false;
  };
  let own = commentText(root, { skip });
  if (!own.text && own.quotes.length) {
    const post = allBelow(root).find((el) => el.localName === 'blockquote' && /content|message|post|body/i.test(cls(el)) && !QUOTE_BOX.test(cls(el)));
    if (post) {
      extraQuotes.length = 0;
      own = commentText(post, { skip });
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
 * Marked once from the few controls on the page instead of probing every element.
 */
function formZones(doc: Document): Set<Element> {
  const marked = new Set<Element>();
  const markUp = (from: Element | null) => {
    for (let up = from; up && !marked.has(up); up = up.parentElement) marked.add(up);
  };
  for (const control of Array.from(doc.querySelectorAll('textarea, input[type="submit"], input[type="email"]'))) markUp(control);
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    if (!form.querySelector('textarea')) continue;
    for (const inner of allBelow(form)) marked.add(inner);
  }
  return marked;
}

function insideLink(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.localName === 'a' && up.hasAttribute('href')) return true;
  return false;
}

export function candidateGroups(doc: Document): Group[] {
  const start = postStart(doc);
  let bodyLength = 0;
  const groups = new Map<string, Element[]>();
  const zoneMemo = new Map<Element, boolean>();
  const formish = formZones(doc);
  const all = doc.body ? doc.body.querySelectorAll('*') : [];
  const limit = Math.min(all.length, MAX_ELEMENTS);
  // Comments follow the article: only blocks after the post's start (in document order, which is the
  // order of this list) count. Its ancestors come before it, so they drop out too.
  let afterStart = !start;
  for (let i = 0; i < limit; i++) {
    const el = all[i];
    if (!afterStart) {
      if (el === start) afterStart = true;
      continue;
    }
    const sig = signature(el);
    if (!sig) continue;
    const list = groups.get(sig);
    if (list) list.push(el);
    else groups.set(sig, [el]);
  }
  const result: Group[] = [];
  for (const [sig, elements] of groups) {
    const members = elements.filter((el) => {
      if (inExcludedZone(el, zoneMemo)) return false;
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
    if (members.length >= 2 || (members.length === 1 && COMMENTISH.test(sig))) result.push({ signature: sig, members });
  }
  return result;
}

interface Scored {
  group: Group;
  members: Element[];
  parts: Map<Element, Parts>;
  score: number;
}

export function scoreGroup(group: Group, now: Date, dayFirst: boolean): Scored | null {
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
  if (qualifying.length === 1 && !COMMENTISH.test(group.signature)) return null;
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

function claimedCount(doc: Document): number | null {
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4, .comments-title, [class*="comment-count"], [class*="comments-count"]'))) {
    const t = inlineText(h);
    if (t.length > 80) continue;
    const m = t.match(/(\d[\d.,]*)\s*(comments?|kommentare?|ergänzungen|commentaires?|comentarios?|comentários?|commenti|reacties|responses|replies|antworten|réponses|respuestas|コメント|评论|評論|留言)/i)
      ?? t.match(/(comments?|kommentare|commentaires|comentarios|commenti|reacties|コメント|评论|留言)\s*[(:（]\s*(\d+)/i);
    if (m) return countIn(m[0]);
  }
  return null;
}

export const generic: Extractor = {
  id: 'generic',
  canExtract(doc) {
    return !!doc.body;
  },
  async extract(doc, ctx: ExtractContext) {
    beginScan();
    const dayFirst = !/^en/i.test(doc.documentElement?.getAttribute('lang') ?? 'en');
    let best: Scored | null = null;
    const scoredGroups: Scored[] = [];
    for (const group of candidateGroups(doc)) {
      const scored = scoreGroup(group, ctx.now, dayFirst);
      if (!scored) continue;
      scoredGroups.push(scored);
      if (!best || scored.score > best.score) best = scored;
    }
    if (!best) return finishResult(doc, ctx, [], { platform: 'generic' });
    const merged = mergeKindred(best, scoredGroups);
    // Texts read while scoring skipped that group's blocks; after a merge, other blocks nest inside.
    const wordsStillValid = merged === best;
    best = merged;
    const members = new Set(best.members);
    const idOf = new Map<Element, string>();
    const comments = readEach(best.members, (member) => {
      const parts = best!.parts.get(member)!;
      const anchorEl = member.id ? member : member.querySelector('[id*="comment"], [id*="post"], a[name]');
      const anchor = anchorEl?.id || anchorEl?.getAttribute('name') || null;
      const body = (wordsStillValid && parts.words) || bodyText(member, parts, members);
      let parent: Element | null = member.parentElement;
      while (parent && !members.has(parent)) parent = parent.parentElement;
      const cls = member.getAttribute('class') ?? '';
      const badge = Array.from(member.querySelectorAll('[class*="badge"], [class*="role"], [class*="flair"]')).some((b) =>
        /^(staff|admin|moderator|mod|owner|author|op|team)$/i.test(inlineText(b)),
      );
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
      author: topic?.author ?? (inlineText(doc.querySelector('article [rel~="author"], [itemprop="author"] [itemprop="name"], .byline a, .author a')) || null),
      excerpt: topic?.text.slice(0, 280),
      commentCountClaimed: claimedCount(doc),
    });
  },
};
