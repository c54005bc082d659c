// Forum topics read by the generic extractor. On page 1 the first post opens the topic: it is the thread's
// post, not a comment on it (as phpBB, Discourse and GitHub issues are read). Later pages hold only replies.
import { inlineText } from './text';

/** Paragraph text before the first post beyond this: an article sits above, so the posts comment on it. */
const ARTICLE_TEXT = 600;

/**
 * Blocks named as forum posts ("li.postbit", "div.post") with no article above them. taz names its article
 * comments "bb_message_N", so the name alone does not make a forum.
 */
export function looksLikeForumPosts(doc: Document, signature: string, first: Element): boolean {
  const names = `${signature} ${first.id}`;
  if (!/post|message|beitrag|topic|thread/i.test(names) || /comment|kommentar|review|reply/i.test(names)) return false;
  let before = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (!(p.compareDocumentPosition(first) & 4)) break;
    if (p.closest('nav, aside, header, footer, form')) continue;
    before += (p.textContent ?? '').trim().length;
    if (before > ARTICLE_TEXT) return false;
  }
  return true;
}

/** "#661", "Beitrag #1", "Post #3": the post's number in the topic. */
const POST_NUMBER = /^(?:(?:beitrag|post|message|réponse|mensaje|messaggio|bericht|wpis)\s*)?#\s?(\d+)$/i;
/** "Seite 34 von 40", "Page 2 of 5", "Strona 3 z 9". */
const PAGE_OF = /\b(?:seite|page|pagina|página|strona|pagine)\s+(\d+)\s+(?:von|of|de|di|sur|z|van)\s+\d+/i;

function postNumber(post: Element): number | null {
  for (let el = post.firstElementChild ? post.querySelectorAll('*') : null, i = 0; el && i < el.length; i++) {
    const node = el[i];
    if (node.firstElementChild && node.localName !== 'a') continue;
    const m = inlineText(node).match(POST_NUMBER);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * Whether the first post shown is the topic's opening post: its number says so ("#1" vs "#661"),
 * else the pagination names the current page, else the URL does ("-34.html", "page-3", "?page=3").
 */
export function showsTopicStart(doc: Document, firstPost: Element, url: string): boolean {
  const n = postNumber(firstPost);
  if (n !== null) return n === 1;
  for (const pager of Array.from(doc.querySelectorAll('[class*="pag"], [id*="pag"]'))) {
    const m = inlineText(pager).match(PAGE_OF);
    if (m) return Number(m[1]) === 1;
  }
  const path = url.split('#')[0];
  const m = path.match(/[?&](?:page|p)=(\d+)|\/page[-/](\d+)|-(\d+)\.html$|\/p(\d+)(?:$|[/?])/i);
  if (m) return Number(m[1] ?? m[2] ?? m[3] ?? m[4]) <= 1;
  return true;
}
