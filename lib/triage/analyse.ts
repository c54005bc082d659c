// Derives, for one scanned thread, who is staff, the reply state of each question or bug report,
// and which of them are follow-ups. Pure: the classifier is passed in.
//
// Decisions (the rules live here; the README's JSON format table, `reply` and `followUp`, gives only their outcome):
// - A staff member's own question or bug report is never "open": its `reply` is null and it is
//   never a follow-up (staff do not need to answer themselves).
// - "After" means later publishedAt when both comments have one and they differ, else later in
//   document order.
// - The thread's opening post (first comment, top level, written by the thread's author, as on
//   Discourse where post #1 is the announcement) does not make later questions follow-ups: a
//   follow-up is someone writing again after staff *replied*. On forums and issue trackers it is classified as
//   opening the thread (it asks or reports) unless its author answers for the site (an announcement).
// - Deleted or hidden staff comments answer nothing.
// - Who answers for the site (answersForTheSite) is who triage calls staff: on a forum or an issue tracker the topic's
//   opener is a user like any other, so their questions await staff and their replies answer no one, though the
//   extractor marks them as the post's author (the classifier still hears that they opened the thread).
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
function answersForTheSite(comment: ScrapedComment, staff: boolean, platform: string, configured = false): boolean {
  if (!staff) return false;
  if (configured || !comment.staff) return true; // made staff by the user's setting
  return comment.staffReason !== 'post-author' || ARTICLE_PLATFORMS.has(platform);
}

interface Node {
  comment: ScrapedComment;
  index: number;
  time: number | null;
  staff: boolean;
  /** On the user's list of staff logins for the site. */
  configured: boolean;
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
    configured: staffLogins.has(comment.author.trim().toLowerCase()),
    normText: normalise(comment.text),
  }));
  const byId = new Map(nodes.map((node) => [node.comment.id, node]));
  const flat = comments.every((comment) => comment.parentId === null || !byId.has(comment.parentId));
  const speaksForSite = new Set(nodes.filter((node) => answersForTheSite(node.comment, node.staff, thread.platform, node.configured)));
  const answerers = nodes.filter((node) => speaksForSite.has(node) && !node.comment.deleted && !node.comment.hidden);
  const opening = openingPost(thread, nodes);
  const staffRepliers = answerers.filter((node) => node !== opening);
  const addressees = addresseesOf(nodes, answerers);

  return nodes.map((node) => {
    // The post that opens an issue reports or asks whoever files it, a maintainer too; on a forum, staff opening a
    // topic announce. (Development issue threads: Bitcoin Core GUI 0.795 -> 0.825, where members file most issues;
    // Fail2Ban 0.699 -> 0.688; the other three unchanged.)
    const answerer = !(node === opening && ISSUE_PLATFORMS.has(thread.platform)) && speaksForSite.has(node);
    const classification = classify(node.comment.text, node.comment.lang ?? thread.lang, {
      staff: node.staff,
      answerer,
      opensThread: node === opening && !answerer && !ARTICLE_PLATFORMS.has(thread.platform),
      article: ARTICLE_PLATFORMS.has(thread.platform),
    });
    const actionable = classification.labels.some((label) => ACTIONABLE.includes(label));
    const awaitsStaff = !speaksForSite.has(node) && actionable;
    const staffFields: Partial<Pick<ScrapedComment, 'staff' | 'staffReason'>> = !speaksForSite.has(node)
      ? { staff: false, staffReason: undefined }
      : !node.comment.staff || (node.configured && node.comment.staffReason === 'post-author')
        ? { staff: true, staffReason: 'configured' }
        : {};
    return {
      ...node.comment,
      ...staffFields,
      labels: classification.labels,
      scores: classification.scores,
      cues: classification.cues,
      ...(classification.learnt ? { learnt: classification.learnt } : {}),
      reply: awaitsStaff ? replyState(node, answerers, addressees, byId, flat) : null,
      followUp: awaitsStaff && staffRepliers.some((staffNode) => isAfter(node, staffNode)),
    };
  });
}

function replyState(question: Node, answerers: Node[], addressees: Addressees, byId: Map<string, Node>, flat: boolean): ReplyState {
  const candidates = answerers.filter((node) => node !== question).sort(compareOrder);
  // Quoting or naming the question answers it only from a later comment: an earlier staff comment that quoted the same
  // words ("Any update on this?") answered someone else.
  const answering = candidates.find(
    (staff) =>
      isDescendant(staff, question, byId) ||
      (isAfter(staff, question) && (quotesText(staff.comment, question.normText) || mentionsAuthor(staff.comment.text, question.comment))),
  );
  if (answering) return { state: 'answered', by: answering.comment.id };

  const root = rootOf(question, byId);
  // In the same branch (every comment of a flat thread is), a later staff comment may have answered it, unless it is
  // plainly addressed to someone else: it names or quotes another commenter ("Thanks Kenji, glad you like it!").
  const possibly = candidates.find(
    (staff) => isAfter(staff, question) && (flat || rootOf(staff, byId) === root) && !addressesSomeoneElse(staff, question, addressees),
  );
  if (possibly) return { state: 'possibly-answered', by: possibly.comment.id };
  return { state: 'unanswered', by: null };
}

/** The staff comment names or quotes a commenter other than the question's author, and not the question's author. */
function addressesSomeoneElse(staff: Node, question: Node, addressees: Addressees): boolean {
  const addressed = addressees(staff);
  return addressed.size > 0 && !addressed.has(authorKey(question.comment));
}

/** The authors (see authorKey) of the commenters' comments a staff comment names or quotes. */
type Addressees = (staff: Node) => Set<string>;

const authorKey = (comment: ScrapedComment) => comment.author.trim().toLowerCase();

/**
 * Whom each staff comment addresses, worked out once per staff comment and on demand. Naming depends only on a
 * writer's login and display name, so each writer is tried once, not each of their comments: a thread of thousands of
 * comments would otherwise try every comment for every question against every later staff comment.
 */
function addresseesOf(nodes: Node[], answerers: Node[]): Addressees {
  const speakers = new Set(answerers);
  const commenters = nodes.filter((node) => !speakers.has(node));
  const writers = new Map<string, ScrapedComment>();
  for (const { comment } of commenters) writers.set(`${comment.author}\u0000${comment.authorName ?? ''}`, comment);
  const cache = new Map<Node, Set<string>>();
  return (staff) => {
    let addressed = cache.get(staff);
    if (addressed) return addressed;
    addressed = new Set();
    for (const writer of writers.values()) if (mentionsAuthor(staff.comment.text, writer)) addressed.add(authorKey(writer));
    if (staff.comment.quotes?.length) {
      for (const node of commenters) if (quotesText(staff.comment, node.normText)) addressed.add(authorKey(node.comment));
    }
    cache.set(staff, addressed);
    return addressed;
  };
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

/** Letters without case, where a name runs on into the next word with no space ("田中さん"). */
const CASELESS_NAME_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

function mentionsAuthor(text: string, author: ScrapedComment): boolean {
  const login = author.author.trim();
  // Most staff comments name no one a given writer is called: a substring test spares building their patterns.
  const lower = text.toLowerCase();
  const name = author.authorName?.trim().toLowerCase();
  if (!(login && lower.includes(login.toLowerCase())) && !(name && lower.includes(name))) return false;
  // "@lucia" names lucia, but "@lucia.b" names someone else: a dot counts as the end only where no word follows it.
  if (login && new RegExp(`(^|[^\\w@])@${escapeRegExp(login)}(?![\\w-]|\\.[\\w-])`, 'iu').test(text)) return true;
  // Two characters make a name in Chinese or Japanese ("田中"); in letters they are too likely a word.
  const longEnough = (name: string) => name.length >= (CASELESS_NAME_END.test(name) ? 2 : MIN_BARE_NAME);
  const names = new Set([author.authorName?.trim(), login].filter((name): name is string => !!name && longEnough(name)));
  for (const name of names) {
    const end = CASELESS_NAME_END.test(name) ? '' : '(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])';
    for (const found of text.matchAll(new RegExp(`(^|[^\\p{L}\\p{N}_])(${escapeRegExp(name)})${end}`, 'giu'))) {
      const at = (found.index ?? 0) + found[1].length;
      const addressed = at === 0 || /^\s*[:,]/u.test(text.slice(at + found[2].length));
      if (addressed || writtenAsName(found[2], name)) return true;
    }
  }
  return false;
}

/**
 * A name written without @ counts where it reads as a name: where it opens the comment or is followed by "," or ":"
 * ("kenji: yes, 2.1 fixes it", checked by the caller), a name of several words ("jane roe"), a name that is no plain
 * word (digits, dots, underscores: "mark_77"), or a one-word name written capitalised ("Thanks Kenji") or in a script
 * without case. The login "will" is not named by "We will look at it", nor "Support" by "contact support".
 */
function writtenAsName(written: string, name: string): boolean {
  if (/\s/u.test(name) || /[^\p{L}'-]/u.test(name)) return true;
  const first = written[0];
  return first.toLowerCase() === first.toUpperCase() || first !== first.toLowerCase();
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
