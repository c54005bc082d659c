// An FAQ draft in Markdown: the open questions grouped by thread, each quoted with a link to it
// on its page, and under it the staff answer the page already holds, else a place to write one.
// Comment text is escaped so it renders as the words people wrote: no markup, no HTML, no links it
// did not have as plain text.
import type { QueueItem } from '../store/types';
import { selectOpenQuestions, threadLookup, type ThreadInfo } from './select';

/** Backslash-escapes Markdown syntax so `text` renders literally (CommonMark: any ASCII punctuation may be escaped). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\u0000/g, '\uFFFD') // CommonMark replaces NUL anyway; do it visibly and consistently
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]()<>|~&!#]/g, '\\$&')
    .split('\n')
    .map((line) => line
      // Line starts that would make a list, heading underline, or quote.
      .replace(/^(\s*)([-+=>])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** A link only for http(s) URLs (never javascript: or data:), written in the <...> form. */
export function markdownLink(label: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return escapeMarkdown(url);
  const safe = parsed.href.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(label)}](<${safe}>)`;
}

function quote(text: string): string {
  // Leading indentation would turn a line into a code block, where escapes show as backslashes.
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line.trim() ? `> ${line.trimStart()}` : '>'))
    .join('\n');
}

export interface FaqOptions {
  title?: string;
  /** Written into the header line; defaults to now. */
  generatedAt?: Date;
  /**
   * Comments to find staff answers among (`reply.by` is the answering comment's id), e.g. every stored comment of
   * the threads. Without the answering comment, an answered question says only that staff answered it on the page.
   */
  comments?: readonly QueueItem[];
}

/** A question for the FAQ: labelled question (also when labelled bug too); a report that asks nothing is not. */
export function isFaqQuestion(item: QueueItem): boolean {
  return item.labels.includes('question');
}

/** The "**Answer:**" paragraph: the staff answer on the page when there is one, else a place to write one. */
function answerLines(item: QueueItem, commentOf: (threadUrl: string, id: string) => QueueItem | undefined): string[] {
  const { reply, threadUrl } = item.comment;
  if (reply?.state !== 'answered') return ['**Answer:** _to write_'];
  const answer = reply.by ? commentOf(threadUrl, reply.by)?.comment : undefined;
  if (!answer) return ['**Answer:** _answered on the page by staff_'];
  const who = escapeMarkdown(answer.authorName ?? answer.author);
  const when = answer.publishedAt ? `, ${answer.publishedAt.slice(0, 10)}` : '';
  const head = `**Answer:** _answered on the page by ${who}${when}_ · ${markdownLink('open on page', answer.permalink)}`;
  return answer.text.trim() ? [head, '', quote(answer.text)] : [head];
}

/** The FAQ draft of the questions among `items` (in the order given); other items are left out. */
export function toFaqMarkdown(items: readonly QueueItem[], threads: readonly ThreadInfo[], options: FaqOptions = {}): string {
  const threadOf = threadLookup(threads);
  const byKey = new Map<string, QueueItem>();
  for (const item of [...(options.comments ?? []), ...items]) byKey.set(`${item.comment.threadUrl}#${item.comment.id}`, item);
  const commentOf = (threadUrl: string, id: string) => byKey.get(`${threadUrl}#${id}`);
  const questions = items.filter(isFaqQuestion);
  const groups = new Map<string, QueueItem[]>();
  for (const item of questions) {
    const list = groups.get(item.comment.threadUrl) ?? [];
    list.push(item);
    groups.set(item.comment.threadUrl, list);
  }
  const date = (options.generatedAt ?? new Date()).toISOString().slice(0, 10);
  const lines = [
    `# ${escapeMarkdown(options.title ?? 'Open questions: FAQ draft')}`,
    '',
    `_${questions.length} question${questions.length === 1 ? '' : 's'} from ${groups.size} thread${groups.size === 1 ? '' : 's'}, ${date}._`,
  ];
  for (const [url, group] of groups) {
    const thread = threadOf(url);
    lines.push('', `## ${markdownLink(thread.title || url, thread.url)}`);
    for (const item of group) {
      const { comment, labels } = item;
      const when = comment.publishedAt ? `, ${comment.publishedAt.slice(0, 10)}` : '';
      const tags = labels.filter((l) => l === 'question' || l === 'bug').join(', ');
      lines.push(
        '',
        quote(comment.text),
        '',
        `— ${escapeMarkdown(comment.authorName ?? comment.author)}${when} · ${markdownLink('open on page', comment.permalink)}${tags ? ` · ${tags}` : ''}${comment.followUp ? ' · follow-up' : ''}`,
        '',
        ...answerLines(item, commentOf),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The FAQ draft of the open questions among `items`, staff answers looked up among all of `items`. */
export function openQuestionsMarkdown(items: readonly QueueItem[], threads: readonly ThreadInfo[], options: FaqOptions & { now?: number } = {}): string {
  return toFaqMarkdown(selectOpenQuestions(items, options.now), threads, { comments: items, ...options });
}
