// Blocks that read as comments but are not: lists of headlines for other pages, whole articles in a list, page
// furniture repeated per item, lists of dated items. A group made mostly of them is not a thread.
import { inlineText } from '../text';
import type { Parts } from './comment-parts';
import { linksElsewhere } from './links';
import { cls, descendants, facts } from './scan-cache';
import { LONE_COMMENT } from './signature';
import { DATE_TEXT, TIME_CUE } from './time';
import { HEADINGS, firstDescendant, nearestMember, within } from './tree';

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
export function mostlyHeadlines(qualifying: Element[], parts: Map<Element, Parts>, members: Set<Element>): boolean {
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
export function mostlyRepeated(qualifying: Element[], parts: Map<Element, Parts>): boolean {
  if (qualifying.length < 2) return false;
  const texts = new Set<string>();
  for (const m of qualifying) texts.add(parts.get(m)!.words?.text ?? '');
  return texts.size * 2 <= qualifying.length;
}

/**
 * A lone block with two dated items inside is a list of comments (or of anything), not one comment. Given the
 * group's blocks, times inside other blocks (replies) are theirs, not this one's.
 */
export function holdsSeveralTimes(member: Element, members?: Set<Element>): boolean {
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
