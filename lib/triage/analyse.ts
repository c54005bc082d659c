// Derives, for one scanned thread, who is staff, the reply state of each question or bug report,
// and which of them are follow-ups. Pure: the classifier is passed in.
//
// Decisions (documented in the README's triage notes):
// - A staff member's own question or bug report is never "open": its `reply` is null and it is
//   never a follow-up (staff do not need to answer themselves).
// - "After" means later publishedAt when both comments have one and they differ, else later in
//   document order.
// - The thread's opening post (first comment, top level, written by the thread's author, as on
//   Discourse where post #1 is the announcement) does not make later questions follow-ups: a
//   follow-up is someone writing again after staff *replied*. On forums and issue trackers it is classified as
//   opening the thread (it asks or reports) unless its author answers for the site (an announcement).
// - Deleted or hidden staff comments answer nothing.
import type { AnalysedComment, Classification, ReplyState, ScrapedComment, ScrapedThread } from '../thread';
import { ACTIONABLE } from '../thread';
import type { CommentContext } from '../classify';

export interface AnalyseOptions {
  /** Logins treated as staff on this site (compared case-insensitively). */
  staffLogins?: string[];
}

export type Classify = (text: string, lang?: string, context?: CommentContext) => Classification;

/**
 * Platforms whose post is an article (a blog post, an iNaturalist blog or journal post): its author answers the
 * comments. Elsewhere (forums, issue trackers, Q&A, link aggregators) the post author opened a topic and asks.
 */
const ARTICLE_PLATFORMS = new Set(['wordpress', 'blogger', 'pixnet', 'disqus', 'inaturalist', 'generic']);
/** Issue trackers: every thread opens with a report or a request. */
const ISSUE_PLATFORMS = new Set(['github']);

/** Staff by role or by the user's setting, or the author of an article: someone whose comments answer for the site. */
export function answersForTheSite(comment: ScrapedComment, staff: boolean, platform: string): boolean {
  if (!staff) return false;
  if (!comment.staff) return true; // made staff by the user's setting
  return comment.staffReason !== 'post-author' || ARTICLE_PLATFORMS.has(platform);
}

interface Node {
  comment: ScrapedComment;
  index: number;
  time: number | null;
  staff: boolean;
  normText: string;
}

export function analyseThread(
  thread: ScrapedThread,
  comments: ScrapedComment[],
  classify: Classify,
  options: AnalyseOptions = {},
): AnalysedComment[] {
  const staffLogins = new Set((options.staffLogins ?? []).map((login) => login.trim().toLowerCase()).filter(Boolean));
  const nodes: Node[] = comments.map((comment, index) => ({
    comment,
    index,
    time: parseTime(comment.publishedAt),
    staff: comment.staff || staffLogins.has(comment.author.trim().toLowerCase()),
    normText: normalise(comment.text),
  }));
  const byId = new Map(nodes.map((node) => [node.comment.id, node]));
  const flat = comments.every((comment) => comment.parentId === null || !byId.has(comment.parentId));
  const answerers = nodes.filter((node) => node.staff && !node.comment.deleted && !node.comment.hidden);
  const opening = openingPost(thread, nodes);
  const staffRepliers = answerers.filter((node) => node !== opening);

  return nodes.map((node) => {
    // The post that opens an issue reports or asks whoever files it, a maintainer too; on a forum, staff opening a
    // topic announce. (Development issue threads: Bitcoin Core GUI 0.795 -> 0.825, where members file most issues;
    // Fail2Ban 0.699 -> 0.688; the other three unchanged.)
    const answerer = !(node === opening && ISSUE_PLATFORMS.has(thread.platform)) && answersForTheSite(node.comment, node.staff, thread.platform);
    const classification = classify(node.comment.text, node.comment.lang ?? thread.lang, {
      staff: node.staff,
      answerer,
      opensThread: node === opening && !answerer && !ARTICLE_PLATFORMS.has(thread.platform),
      article: ARTICLE_PLATFORMS.has(thread.platform),
    });
    const actionable = classification.labels.some((label) => ACTIONABLE.includes(label));
    const awaitsStaff = !node.staff && actionable;
    const staffFields: Partial<Pick<ScrapedComment, 'staff' | 'staffReason'>> =
      node.staff && !node.comment.staff ? { staff: true, staffReason: 'configured' } : {};
    return {
      ...node.comment,
      ...staffFields,
      labels: classification.labels,
      scores: classification.scores,
      cues: classification.cues,
      ...(classification.learnt ? { learnt: classification.learnt } : {}),
      reply: awaitsStaff ? replyState(node, answerers, byId, flat) : null,
      followUp: awaitsStaff && staffRepliers.some((staffNode) => isAfter(node, staffNode)),
    };
  });
}

function replyState(question: Node, answerers: Node[], byId: Map<string, Node>, flat: boolean): ReplyState {
  const candidates = answerers.filter((node) => node !== question).sort(compareOrder);
  const answering = candidates.find(
    (staff) =>
      isDescendant(staff, question, byId) ||
      quotesText(staff.comment, question.normText) ||
      (isAfter(staff, question) && mentionsAuthor(staff.comment.text, question.comment)),
  );
  if (answering) return { state: 'answered', by: answering.comment.id };

  const root = rootOf(question, byId);
  const possibly = candidates.find((staff) => isAfter(staff, question) && (flat || rootOf(staff, byId) === root));
  if (possibly) return { state: 'possibly-answered', by: possibly.comment.id };
  return { state: 'unanswered', by: null };
}

/** The first comment when it is a top-level post by the thread's author (e.g. Discourse post #1). */
function openingPost(thread: ScrapedThread, nodes: Node[]): Node | null {
  const first = nodes[0];
  if (!first || !thread.author || first.comment.parentId !== null) return null;
  return first.comment.author.trim().toLowerCase() === thread.author.trim().toLowerCase() ? first : null;
}

function parseTime(value: string | null): number | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : null;
}

function compareOrder(a: Node, b: Node): number {
  if (a.time !== null && b.time !== null && a.time !== b.time) return a.time - b.time;
  return a.index - b.index;
}

function isAfter(a: Node, b: Node): boolean {
  return compareOrder(a, b) > 0;
}

function isDescendant(node: Node, ancestor: Node, byId: Map<string, Node>): boolean {
  const seen = new Set<Node>();
  let current = node.comment.parentId ? byId.get(node.comment.parentId) : undefined;
  while (current && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = current.comment.parentId ? byId.get(current.comment.parentId) : undefined;
  }
  return false;
}

function rootOf(node: Node, byId: Map<string, Node>): Node {
  const seen = new Set<Node>([node]);
  let current = node;
  for (;;) {
    const parent = current.comment.parentId ? byId.get(current.comment.parentId) : undefined;
    if (!parent || seen.has(parent)) return current;
    seen.add(parent);
    current = parent;
  }
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Quotes are often trimmed: a quote counts when it holds most of a short text or a long stretch of a long one. */
const MIN_QUOTED_CHARS = 30;
/** A quote holding the whole text counts only when the text is more than a word or two ("why?"). */
const MIN_WHOLE_CHARS = 8;

function quotesText(staff: ScrapedComment, normText: string): boolean {
  if (!staff.quotes?.length || normText.length === 0) return false;
  return staff.quotes.some((raw) => {
    const quote = normalise(raw).replace(/^["'…]+|["'…]+$/g, '').replace(/(\.\.\.|…)$/, '').trim();
    if (quote.length === 0) return false;
    if (normText.length >= MIN_WHOLE_CHARS && quote.includes(normText)) return true;
    const needed = Math.min(MIN_QUOTED_CHARS, Math.ceil(normText.length * 0.6));
    if (quote.length >= needed && normText.includes(quote)) return true;
    // A quote stitched from several sentences: any one long sentence of it found in the text.
    return quote
      .split(/(?<=[.!?])\s+|\s*(?:\.\.\.|…)\s*/)
      .some((part) => part.length >= MIN_QUOTED_CHARS && normText.includes(part));
  });
}

/** Names shorter than this are too likely to be ordinary words ("Al", "Jo") when written without @. */
const MIN_BARE_NAME = 3;

function mentionsAuthor(text: string, author: ScrapedComment): boolean {
  const login = author.author.trim();
  if (login && new RegExp(`(^|[^\\w@])@${escapeRegExp(login)}(?![\\w-])`, 'iu').test(text)) return true;
  const names = new Set([author.authorName?.trim(), login].filter((name): name is string => !!name && name.length >= MIN_BARE_NAME));
  for (const name of names) {
    if (new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, 'iu').test(text)) return true;
  }
  return false;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
