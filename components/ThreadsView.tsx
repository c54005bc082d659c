// Every scanned thread as a card: counts, tracking switch, and its two charts.
import { useMemo } from 'preact/hooks';
import type { QueueItem, ThreadRecord } from '../lib/store/types';
import { countWords, formatNumber, formatRelative, noteText, t } from '../lib/i18n';
import { LabelBar, OpenQuestionsChart } from './ThreadChart';
import { openQuestionsTimeline, threadStats } from './threadStats';
import { safeHttpUrl } from '../lib/safe-url';
import { UserText } from './UserText';

export interface ThreadsViewProps {
  threads: ThreadRecord[];
  items: QueueItem[];
  onOpen(url: string): void;
  onTrack(url: string, tracked: boolean): void;
  onRecheck(): void;
  /** Removes the thread from Threadsift (the dashboard offers Undo). */
  onRemove(url: string): void;
}

export function ThreadsView(props: ThreadsViewProps) {
  const byThread = useMemo(() => {
    const map = new Map<string, QueueItem[]>();
    for (const item of props.items) {
      const list = map.get(item.comment.threadUrl) ?? [];
      list.push(item);
      map.set(item.comment.threadUrl, list);
    }
    return map;
  }, [props.items]);
  const threads = [...props.threads].sort((a, b) => b.lastScannedAt.localeCompare(a.lastScannedAt));
  const tracked = threads.filter((thread) => thread.tracked).length;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <div class="listinfo">
        <span>{t('options.trackedCount', { n: tracked })}</span>
        <button type="button" class="small" onClick={props.onRecheck} disabled={tracked === 0}>{t('thread.recheck')}</button>
      </div>
      {threads.length === 0 ? <div class="empty">{t('thread.empty')}</div> : null}
      <div class="threads">
        {threads.map((thread) => (
          <ThreadCard key={thread.url} thread={thread} items={byThread.get(thread.url) ?? []} onOpen={props.onOpen} onTrack={props.onTrack} onRemove={props.onRemove} />
        ))}
      </div>
    </div>
  );
}

function ThreadCard(props: {
  thread: ThreadRecord;
  items: QueueItem[];
  onOpen(url: string): void;
  onTrack(url: string, tracked: boolean): void;
  onRemove(url: string): void;
}) {
  const { thread, items } = props;
  const stats = useMemo(() => threadStats(items), [items]);
  const timeline = useMemo(() => openQuestionsTimeline(items), [items]);
  const url = safeHttpUrl(thread.url);
  return (
    <article class="panel thread-card" data-testid="thread-card" data-url={thread.url}>
      <div>
        <button type="button" class="ghost title" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => props.onOpen(thread.url)}>
          <UserText text={thread.title || thread.url} />
        </button>
        <p class="muted small">
          {url ? <a href={url} target="_blank" rel="noopener noreferrer">{thread.site}</a> : thread.site}
          {' · '}{thread.platform}{' · '}{t('thread.lastScanned', { time: formatRelative(thread.lastScannedAt) })}
        </p>
      </div>
      <div class="stats">
        <Stat n={stats.comments} words="count.comments" />
        <Stat n={stats.labels.question} words="count.questions" />
        <Stat n={stats.labels.bug} words="count.bugs" />
        <Stat n={stats.open} words="count.open" />
        <Stat n={stats.openFollowUps} words="count.followUps" />
      </div>
      <LabelBar counts={stats.labels} />
      <OpenQuestionsChart points={timeline} />
      {thread.warnings?.length ? <ul class="warnings">{thread.warnings.map((note, i) => <li key={i}>{noteText(note)}</li>)}</ul> : null}
      <label class="toggle" title={t('thread.trackHint')}>
        <input type="checkbox" checked={thread.tracked} data-testid="track-toggle" onChange={(event) => props.onTrack(thread.url, (event.currentTarget as HTMLInputElement).checked)} />
        {thread.tracked ? t('thread.tracked') : t('thread.track')}
      </label>
      <button
        type="button"
        class="small ghost danger"
        data-testid="remove-thread"
        aria-label={t('thread.removeNamed', { title: thread.title || thread.url })}
        onClick={() => props.onRemove(thread.url)}
      >
        {t('thread.remove')}
      </button>
    </article>
  );
}

/**
 * "5,000 / comments": the number big above its words, both in the UI's language. The words come without the number
 * rather than with it cut out: cutting the browser's "5,000" out of the Spanish "5000 comentarios" left it in.
 */
function Stat(props: { n: number; words: 'count.comments' | 'count.questions' | 'count.bugs' | 'count.open' | 'count.followUps' }) {
  return <span><b>{formatNumber(props.n)}</b>{countWords(props.words, props.n)}</span>;
}
