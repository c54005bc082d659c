// Links in a block: one to another page makes a block look like a teaser; a name linking to its profile or a
// permalink does not.
import { cls } from './scan-cache';

/** A link to someone's profile page. */
export const PROFILE_HREF = /\/user|\/u\/|\/people\/|\/profile|member/;

/**
 * A link to another page: not a fragment (permalink, reply anchor), not a script action, and not a name
 * linking to its profile (a reply's author line, nested in the comment it answers).
 */
export function linksElsewhere(a: Element): boolean {
  if (a.localName !== 'a') return false;
  const href = a.getAttribute('href');
  if (!href || href.includes('#') || /^\s*javascript:/i.test(href)) return false;
  return !PROFILE_LINK_CLASS.test(cls(a)) && !PROFILE_HREF.test(href) && !/(?:^|\s)author(?:\s|$)/.test(a.getAttribute('rel') ?? '');
}
const PROFILE_LINK_CLASS = /author|user|name|nick|poster|profile|avatar/i;
