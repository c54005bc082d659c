// A block's signature: its tag and the class tokens that say what kind of block it is, without the ones that
// say its state, its author's role or its place in the tree. Comments of one thread share a signature, so
// blocks are grouped by it; the names also tell a comment from the post itself.
import { cls } from './scan-cache';

/** Class tokens that describe a block's state, not its kind: dropped from the signature. */
const STATE_TOKEN =
  /^(even|odd|alt|first|last|parent|bg\d|thread-.*|depth-.*|level-.*|bypostauthor|byuser|comment-author-.*|author-comment|highlander-comment|has-.*|is-.*|current|active|selected|hidden|secret|new|unread|read|clearfix|clear|row|col-.*|odd-.*|even-.*|child-of-.*)$/i;
/** Tokens naming the commenter's role ("wc-blog-guest", "wc-blog-administrator"): same kind of block, other author. */
const ROLE_TOKEN = /[-_](guest|subscriber|administrator|admin|editor|contributor|moderator|registered|anonymous|user|member|staff|owner|customer|author)$/i;
/** A signature that says comment, reply, post...: a small bonus when scoring, never a requirement. */
export const COMMENTISH = /comment|reply|repl|respon|message|post|entry|discussion|kommentar|antwort|review/i;
/**
 * A lone block counts only when its name says comment or review: a lone "entry"/"post" block is the article
 * itself ("div.entry-meta", "div.entry-content"), whose byline and date pass for an author and a time.
 */
export const LONE_COMMENT = /comment|kommentar|reply|antwort|respon|review|discussion|reacti/i;
/** Blocks named as the post itself: WordPress' post_class ("hentry", "type-post", "status-publish"). */
const POST_ENTRY_TOKEN = /^(hentry|type-[a-z]+|status-publish)$/i;
/** Blocks named as a part of a post's head: its meta line, header or byline ("entry-meta", "article-header"). */
const POST_PART_TOKEN = /^(meta|metadata|header|head|subhead|byline)$|[-_](meta|metadata|header|head|subhead|byline)$/i;

/** A signature naming a post, or a part of one, and no comment: those blocks are never a thread. */
export function namesPostNotComment(signature: string): boolean {
  const tokens = signature.split(/[.<]/);
  // "comment-meta" is a comment's part; "entry-meta" beside "social-comments" is still the post's.
  if (tokens.some((t) => POST_PART_TOKEN.test(t) && !LONE_COMMENT.test(t))) return true;
  return !LONE_COMMENT.test(signature) && tokens.some((t) => POST_ENTRY_TOKEN.test(t));
}

/**
 * Tokens that tell a reply from a root comment ("wc-comment wc-reply", "wc-comment wpdiscuz-root-comment",
 * "comment child-comment"): one kind of block in another place of the tree. Dropped only when a token stays,
 * since some platforms name their comment block just "reply".
 */
const VARIANT_TOKEN = /^(reply|[a-z]+[-_]reply|root|[a-z]+[-_]root[-_]comment|root[-_]comment|child|children|[a-z]+[-_]child|child[-_][a-z]+|nested|toplevel|top-level)$/i;

/** Class attribute -> signature; pages repeat a few class strings thousands of times. */
const signatureOfClass = new Map<string, string>();

/** The kind-naming class tokens of an element, sorted and joined with dots (cached per class attribute). */
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

export const BLOCK_KINDS = new Set(['div', 'li', 'article', 'section', 'ul', 'ol', 'tr', 'table', 'dl', 'blockquote']);

/** "div.comment", "li.<ol.commentlist<div.comments"...; null for an element that cannot be a comment block. */
export function signature(el: Element): string | null {
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
