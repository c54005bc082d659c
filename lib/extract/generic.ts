// The fallback for platforms nobody wrote an extractor for. A comment thread is a set of repeated blocks
// (same tag and class signature) placed after the post, each carrying an author, a time and some text.
// Navigation, sidebars, related posts and the comment form are never candidates.
// No Readability here: the post is located by its <article>/<h1>, which keeps the content script lean.
import type { Extractor, ExtractContext } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, makeComment, readEach } from './page';

const EXCLUDED_ZONE =
  'nav, aside, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], #respond, .comment-respond, ' +
  '[id*="sidebar"], [class*="sidebar"], .widget-area, [class*="related"], [id*="related"], [class*="recommend"], ' +
  '[class*="breadcrumb"], [class*="menu"], [class*="pagination"], header.site-header, footer.site-footer, #footer, #header';
/** Class tokens that describe a block's state, not its kind: dropped from the signature. */
const STATE_TOKEN =
  /^(even|odd|alt|first|last|parent|bg\d|thread-.*|depth-.*|level-.*|bypostauthor|byuser|comment-author-.*|author-comment|highlander-comment|has-.*|is-.*|current|active|selected|hidden|secret|new|unread|read|clearfix|clear|row|col-.*|odd-.*|even-.*|child-of-.*)$/i;
const COMMENTISH = /comment|reply|repl|respon|message|post|entry|discussion|kommentar|antwort|review/i;

const AUTHOR_CUES = [
  '[itemprop="author"] [itemprop="name"]',
  '.fn',
  '[class*="username"]',
  '[class*="user-name"]',
  'a[data-hovercard-url*="/users/"]',
  '[class*="author"] a',
  '[class*="author"]',
  '[class*="user"] a',
  '[class*="name"]',
  '[class*="poster"]',
  '[class*="nick"]',
  'a[href*="/user"], a[href*="/u/"], a[href*="/people/"], a[href*="/profile"], a[href*="member"], a[rel~="author"]',
  'cite',
];
const TIME_CUES = 'time, [datetime], abbr[title], [data-time], [data-timestamp], [class*="date"], [class*="time"], [class*="ago"], [class*="when"], [class*="posted"]';
const BODY_CLASS = /(content|body|text|message|entry|comment-?text|copy|markdown|md|prose|bbWrapper)/i;
const META_CLASS = /(meta|header|footer|action|reply|avatar|vcard|author|byline|info|tools|controls|vote|score|like|share|flag|report|signature)/i;
const STAFF_CLASS = /(?:^|\s)(bypostauthor|by-post-author|author-comment|is-op|op|topic-owner|staff|moderator|admin|owner|post-author)(?:\s|$)/i;
const DATE_TEXT =
  /\b\d{4}[-/.年]\d{1,2}|\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}\b|\b\d{1,2}:\d{2}\b|\bago\b|\bvor\b|\bhace\b|il y a|\bgeleden\b|\bfa$|^há\b|前|^(yesterday|gestern|ayer|hier|ontem|ieri|gisteren|昨日|昨天)$|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)/i;
const MAX_ELEMENTS = 60_000;

function signature(el: Element): string | null {
  const tag = el.localName;
  const classes = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c && !/\d/.test(c) && !STATE_TOKEN.test(c))
    .sort();
  if (!classes.length && tag !== 'article' && tag !== 'li') return null;
  if (!['div', 'li', 'article', 'section', 'ul', 'ol', 'tr', 'table', 'dl', 'blockquote'].includes(tag) && !tag.includes('-')) return null;
  return `${tag}.${classes.join('.')}`;
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

function ownFirst(member: Element, selector: string, members: Set<Element>, accept: (el: Element) => boolean): Element | null {
  for (const found of Array.from(member.querySelectorAll(selector))) {
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
}

function findAuthor(member: Element, members: Set<Element>): { el: Element | null; text: string } {
  for (const cue of AUTHOR_CUES) {
    const el = ownFirst(member, cue, members, (e) => {
      const t = inlineText(e);
      return t.length > 0 && t.length <= 60 && !/^#?\d+$/.test(t) && !DATE_TEXT.test(t) && !e.querySelector('p, div p, blockquote');
    });
    if (el) return { el, text: inlineText(el).replace(/\s*(says|sagt|dit|dice|diz|wrote|schrieb)\s*:?$/i, '') };
  }
  return { el: null, text: '' };
}

function findTime(member: Element, members: Set<Element>, now: Date, dayFirst: boolean): { el: Element | null; iso: string | null } {
  const el = ownFirst(member, TIME_CUES, members, (e) => {
    const t = inlineText(e);
    return (t.length <= 80 && (DATE_TEXT.test(t) || e.hasAttribute('datetime') || e.hasAttribute('data-time'))) || e.hasAttribute('datetime');
  });
  if (!el) {
    // No time-like class: any short own leaf whose text reads as a date ("10. Februar 2019 um 18:05 Uhr").
    const leaf = ownFirst(member, 'a, span, small, abbr, div, p, em, strong', members, (e) => {
      const t = inlineText(e);
      return t.length >= 4 && t.length <= 60 && !e.querySelector('div, p, li, a, span') && DATE_TEXT.test(t) && parseAnyDate(t.replace(/^(on|am|le|el|il|op|em|於)\s+/i, ''), now, { dayFirst }) !== null;
    });
    // Last resort: a short line mixing name and date ("by einstein1969 » 08 Dec 2013 10:17").
    const line =
      leaf ??
      ownFirst(member, 'p, div, span, td', members, (e) => {
        const t = inlineText(e);
        return t.length <= 100 && DATE_TEXT.test(t) && parseAnyDate((t.split('»').pop() ?? t).trim(), now, { dayFirst }) !== null;
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

function findBody(member: Element, members: Set<Element>, author: Element | null, time: Element | null): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of Array.from(member.querySelectorAll('[class], [itemprop="text"]'))) {
    const cls = el.getAttribute('class') ?? '';
    if (!BODY_CLASS.test(cls) && el.getAttribute('itemprop') !== 'text') continue;
    // "secondary-text" dates, "reply-text" owner answers, "meta" lines are not the comment's words.
    if (/reply|meta|footer|header|date|time|author|avatar|info|signature/i.test(cls) && !/content|body|message/i.test(cls)) continue;
    if (nearestMember(el.parentElement ?? el, members, member) !== member && el.parentElement !== member) continue;
    if (members.has(el) || (author && (el.contains(author) || author.contains(el)))) continue;
    if (time && (el.contains(time) || time.contains(el))) continue;
    if (Array.from(members).some((m) => m !== member && el.contains(m))) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

export function readParts(member: Element, members: Set<Element>, now: Date, dayFirst: boolean): Parts {
  const author = findAuthor(member, members);
  const time = findTime(member, members, now, dayFirst);
  return { author: author.el, authorText: author.text, time: time.el, publishedAt: time.iso, body: findBody(member, members, author.el, time.el) };
}

function bodyText(member: Element, parts: Parts, members: Set<Element>) {
  if (parts.body) return commentText(parts.body, { skip: (el) => members.has(el) });
  return commentText(member, {
    skip: (el) =>
      members.has(el) ||
      el === parts.author ||
      el === parts.time ||
      (!!parts.author && el.contains(parts.author)) ||
      (!!parts.time && el.contains(parts.time)) ||
      META_CLASS.test(el.getAttribute('class') ?? '') ||
      el.localName === 'img',
  });
}

interface Group {
  signature: string;
  members: Element[];
}

export function candidateGroups(doc: Document): Group[] {
  const start = postStart(doc);
  const bodyLength = (doc.body?.textContent ?? '').length || 1;
  const groups = new Map<string, Element[]>();
  const all = doc.body ? doc.body.querySelectorAll('*') : [];
  const limit = Math.min(all.length, MAX_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const el = all[i];
    const sig = signature(el);
    if (!sig) continue;
    const list = groups.get(sig);
    if (list) list.push(el);
    else groups.set(sig, [el]);
  }
  const result: Group[] = [];
  for (const [sig, elements] of groups) {
    const members = elements.filter((el) => {
      if (el.closest(EXCLUDED_ZONE)) return false;
      if (el.querySelector('textarea, input[type="text"], input[type="submit"]')) return false;
      const form = el.closest('form');
      if (form && form.querySelector('textarea')) return false;
      if (start) {
        if (el.contains(start)) return false;
        // Must come after the start of the post (comments follow the article).
        if (!(start.compareDocumentPosition(el) & 4) && !start.contains(el)) return false;
      }
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
  for (const member of group.members) {
    const p = readParts(member, set, now, dayFirst);
    // A comment without an author element (guest names as bare text, private comments) still counts
    // when it has a recognisable body.
    if ((!p.author && !p.body) || !p.time) continue;
    const text = bodyText(member, p, set).text;
    if (!text || text.length < 1) continue;
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
    const dayFirst = !/^en/i.test(doc.documentElement?.getAttribute('lang') ?? 'en');
    let best: Scored | null = null;
    for (const group of candidateGroups(doc)) {
      const scored = scoreGroup(group, ctx.now, dayFirst);
      if (scored && (!best || scored.score > best.score)) best = scored;
    }
    if (!best) return finishResult(doc, ctx, [], { platform: 'generic' });
    const members = new Set(best.members);
    const idOf = new Map<Element, string>();
    const comments = readEach(best.members, (member) => {
      const parts = best!.parts.get(member)!;
      const anchorEl = member.id ? member : member.querySelector('[id*="comment"], [id*="post"], a[name]');
      const anchor = anchorEl?.id || anchorEl?.getAttribute('name') || null;
      const body = bodyText(member, parts, members);
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
    return finishResult(doc, ctx, comments, {
      platform: 'generic',
      author: inlineText(doc.querySelector('article [rel~="author"], [itemprop="author"] [itemprop="name"], .byline a, .author a')) || null,
      commentCountClaimed: claimedCount(doc),
    });
  },
};
