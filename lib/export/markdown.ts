// An FAQ draft in Markdown: the open questions grouped by thread, each quoted with a link to it
// on its page. Comment text is escaped so it renders as the words people wrote: no markup, no
// HTML, no links it did not have as plain text.
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
}

export function toFaqMarkdown(items: readonly QueueItem[], threads: readonly ThreadInfo[], options: FaqOptions = {}): string {
  const threadOf = threadLookup(threads);
  const groups = new Map<string, QueueItem[]>();
  for (const item of items) {
    const list = groups.get(item.comment.threadUrl) ?? [];
    list.push(item);
    groups.set(item.comment.threadUrl, list);
  }
  const date = (options.generatedAt ?? new Date()).toISOString().slice(0, 10);
  const lines = [
    `# ${escapeMarkdown(options.title ?? 'Open questions: FAQ draft')}`,
    '',
    `_${items.length} question${items.length === 1 ? '' : 's'} from ${groups.size} thread${groups.size === 1 ? '' : 's'}, ${date}._`,
  ];
  for (const [url, group] of groups) {
    const thread = threadOf(url);
    lines.push('', `## ${markdownLink(thread.title || url, thread.url)}`);
    for (const { comment, labels } of group) {
      const when = comment.publishedAt ? `, ${comment.publishedAt.slice(0, 10)}` : '';
      const tags = labels.filter((l) => l === 'question' || l === 'bug').join(', ');
      lines.push(
        '',
        quote(comment.text),
        '',
        `— ${escapeMarkdown(comment.authorName ?? comment.author)}${when} · ${markdownLink('open on page', comment.permalink)}${tags ? ` · ${tags}` : ''}${comment.followUp ? ' · follow-up' : ''}`,
        '',
        '**Answer:** _to write_',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The FAQ draft of the open questions among `items`. */
export function openQuestionsMarkdown(items: readonly QueueItem[], threads: readonly ThreadInfo[], options: FaqOptions & { now?: number } = {}): string {
  return toFaqMarkdown(selectOpenQuestions(items, options.now), threads, options);
}
