// Zones of the page that never hold the thread: navigation, sidebars, footers, related posts, menus, adverts and
// the site's own teasers and tickers. A block inside one is never a comment, whatever it looks like.
import { cls, facts } from './scan-cache';

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
export function inExcludedZone(el: Element): boolean {
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
