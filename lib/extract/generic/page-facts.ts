// What the page says about the thread outside the comments: the post's author, and the comment count it
// claims (so a scan can tell when it read fewer comments than the page has).
import { countIn } from '../page';
import { someClassMarker } from '../markers';
import { inlineText } from '../text';
import { cls, documentElements } from './scan-cache';

const COUNT_HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);
/** `h1, h2, h3, h4, .comments-title, [class*="comment-count"], [class*="comments-count"]`: where a page states its count. */
function isCountHeading(el: Element): boolean {
  if (COUNT_HEADINGS.has(el.localName)) return true;
  const c = cls(el);
  return c.includes('comment-count') || c.includes('comments-count') || (c.includes('comments-title') && c.split(/\s+/).includes('comments-title'));
}

const PAGE_AUTHOR = 'article [rel~="author"], [itemprop="author"] [itemprop="name"], .byline a, .author a';
const AUTHOR_BOX = /(?:^|\s)(author|byline)(?:\s|$)/i;

/**
 * doc.querySelector(PAGE_AUTHOR), without running the selector over every element (slow in linkedom):
 * only elements that could match (a rel or itemprop naming it, a link below an author/byline box) are asked.
 */
export function pageAuthor(doc: Document): Element | null {
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

export function claimedCount(doc: Document): number | null {
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
