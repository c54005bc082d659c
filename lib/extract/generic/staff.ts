// Whether a comment is by staff: a class naming the post's author or a role ("bypostauthor", "moderator"), or a
// role badge beside the name ("Staff", "Mod").
import { inlineText } from '../text';
import { cls, descendants } from './scan-cache';

const STAFF_CLASS = /(?:^|\s)(bypostauthor|by-post-author|author-comment|is-op|op|topic-owner|staff|moderator|admin|owner|post-author)(?:\s|$)/i;

/** `[class*="badge"], [class*="role"], [class*="flair"]`: a label beside the author's name. */
function isBadge(el: Element): boolean {
  const c = cls(el);
  return c.includes('badge') || c.includes('role') || c.includes('flair');
}

/** The staff flag and its reason, as makeComment takes them. Read from the block's whole class attribute. */
export function staffOf(member: Element): { staff: boolean; staffReason: 'post-author' | 'platform-role' } {
  const classes = member.getAttribute('class') ?? '';
  const badge = descendants(member).some((b) => isBadge(b) && /^(staff|admin|moderator|mod|owner|author|op|team)$/i.test(inlineText(b)));
  return {
    staff: STAFF_CLASS.test(classes) || badge,
    staffReason: STAFF_CLASS.test(classes) && /author|op|owner/i.test(classes) ? 'post-author' : 'platform-role',
  };
}
