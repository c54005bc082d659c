// Reading one block as a comment: its author, its time and the element holding its words (the longest
// content-like element that is neither the byline nor a reply), plus the anchor its permalink points at.
import type { CommentText } from '../text';
import { findAuthor } from './author';
import { descendants, facts } from './scan-cache';
import { findTime } from './time';
import { childMembers, nearestMember, type Cue } from './tree';

export interface Parts {
  author: Element | null;
  authorText: string;
  time: Element | null;
  publishedAt: string | null;
  body: Element | null;
  /** The comment's words as read while scoring, reused when the thread is read against the same blocks. */
  words?: CommentText;
}

const BODY_CANDIDATE: Cue = (e) => e.hasAttribute('class') || e.getAttribute('itemprop') === 'text';
const BODY_CLASS = /(content|body|text|message|entry|comment-?text|copy|markdown|md|prose|bbWrapper)/i;

/** The longest content-like element of the member's own, apart from its author line, its time and its replies. */
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

/** The element's class attribute without layout utility classes (cached). */
export function meaningfulClasses(el: Element): string {
  const f = facts(el);
  f.meaningful ??= f.cls
    .split(/\s+/)
    .filter((t) => t && !UTILITY_TOKEN.test(t))
    .join(' ');
  return f.meaningful;
}

/** Reads one block's author, time and body element; members are the group's blocks, so replies are told apart. */
export function readParts(member: Element, members: Set<Element>, now: Date, dayFirst: boolean): Parts {
  const author = findAuthor(member, members);
  const time = findTime(member, members, now, dayFirst);
  return { author: author.el, authorText: author.text, time: time.el, publishedAt: time.iso, body: findBody(member, members, author.el, time.el) };
}

/** `[id*="comment"], [id*="post"], a[name]`: an element a comment's link can point at. */
export function isAnchor(el: Element): boolean {
  const id = el.getAttribute('id');
  return (!!id && (id.includes('comment') || id.includes('post'))) || (el.localName === 'a' && el.hasAttribute('name'));
}
