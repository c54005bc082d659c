// A comment's own words: the body element's text, or the whole block's without its byline, time, controls and
// replies. Forum quote boxes go with the quotes and signatures are dropped, so neither passes for the comment.
import { commentText, type CommentText } from '../text';
import { meaningfulClasses, type Parts } from './comment-parts';
import { cls } from './scan-cache';
import { allBelow } from './tree';

/** Parts of a block that are not its words: byline, controls, votes, signature. */
const META_CLASS = /(meta|header|footer|action|reply|avatar|vcard|author|byline|info|tools|controls|vote|score|like|share|flag|report|signature)/i;
/** Forum quote boxes that are not <blockquote> ("div.bbcode_quote", "div.quote_container"). */
const QUOTE_BOX = /(?:^|[\s_-])quote(?:[\s_-]|$)/i;
/** Signatures under a post ("div.signature", "div.tapatalkSignatur"): the forum's, not the comment's words. */
const SIGNATURE_BOX = /signatur/i;
const QUOTE_BOX_TAGS = new Set(['div', 'aside', 'section', 'table', 'figure']);

/**
 * The comment's words inside `root`: forum quote boxes go to `quotes`, signatures are dropped.
 * A <blockquote> classed as content (vBulletin's "blockquote.postcontent") holds the post itself, not a quote.
 */
function ownWords(root: Element, skipMore: (el: Element) => boolean): CommentText {
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

/** The comment's words: from its body element, else from the whole block minus its byline, time, meta and replies. */
export function bodyText(member: Element, parts: Parts, members: Set<Element>): CommentText {
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
