// One thread as people read it: comments in order, replies indented under their parent,
// staff comments highlighted, the comment you came from outlined.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { QueueItem, ThreadRecord } from '../lib/store/types';
import { formatDate, noteText, t } from '../lib/i18n';
import { LabelChip } from './LabelChip';
import { threadRows } from './threadTree';
import { safeHttpUrl } from '../lib/safe-url';
import { effectiveStatus } from '../lib/store/status';
import { UserText } from './UserText';

export interface ThreadViewProps {
  thread: ThreadRecord | undefined;
  threadUrl: string;
  items: QueueItem[];
  focusKey: string | null;
  onBack(): void;
  onReveal(item: QueueItem): void;
}

export function ThreadView(props: ThreadViewProps) {
  const rows = useMemo(() => threadRows(props.items), [props.items]);
  const focusRef = useRef<HTMLElement>(null);
  useEffect(() => focusRef.current?.scrollIntoView?.({ block: 'center' }), [props.focusKey]);
  const url = safeHttpUrl(props.threadUrl);
  const thread = props.thread;

  return (
    <section class="thread-view" aria-label={t('view.thread')}>
      <div class="thread-head">
        <p><button type="button" class="small" onClick={props.onBack}>← {t('thread.back')}</button></p>
        {/* Focusable so that opening the view can put keyboard focus here (see focusRescue.ts). */}
        <h1 tabIndex={-1}><UserText text={thread?.title || props.threadUrl} /></h1>
        <p class="muted small">
          {thread?.author ? <><bdi>{t('thread.by', { author: thread.author })}</bdi>{' · '}</> : ''}
          {url ? <a href={url} target="_blank" rel="noopener noreferrer">{thread?.site ?? url}</a> : props.threadUrl}
          {' · '}{t('count.comments', { n: rows.length })}
        </p>
        {thread?.warnings?.length ? (
          <ul class="warnings" aria-label={t('thread.warnings')}>{thread.warnings.map((note, i) => <li key={i}>{noteText(note)}</li>)}</ul>
        ) : null}
      </div>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {rows.map(({ item, depth }) => {
          const { comment } = item;
          const focused = comment.key === props.focusKey;
          const status = effectiveStatus(item.triage);
          return (
            <li
              key={comment.key}
              ref={focused ? (focusRef as unknown as { current: HTMLLIElement | null }) : undefined}
              class={['comment', comment.staff ? 'staff' : '', focused ? 'active' : ''].filter(Boolean).join(' ')}
              style={{ marginLeft: `${depth * 24}px` }}
              data-comment-key={comment.key}
            >
              <div class="meta">
                <strong><UserText text={comment.authorName || comment.author || t('queue.anonymous')} /></strong>
                {comment.staff ? <span class="badge staff">{t('badge.staff')}</span> : null}
                {comment.followUp ? <span class="badge follow-up">{t('badge.followUp')}</span> : null}
                {comment.reply ? <span class={`badge ${comment.reply.state}`}>{t(`reply.${comment.reply.state}`)}</span> : null}
                {status !== 'open' ? <span class={`badge status-${status}`}>{t(`status.${status}`)}</span> : null}
                {comment.goneSince ? <span class="badge gone">{t('badge.gone')}</span> : null}
                {item.labels.filter((label) => label !== 'other').map((label) => <LabelChip key={label} label={label} />)}
                <span class="muted small" style={{ marginLeft: 'auto' }}>{formatDate(comment.publishedAt, true)}</span>
                <button type="button" class="small ghost" onClick={() => props.onReveal(item)}>{t('queue.openOnPage')}</button>
              </div>
              {comment.quotes?.map((quote, i) => <blockquote key={i} class="quote small" dir="auto">{quote}</blockquote>)}
              <div class="text" dir="auto">{comment.text}</div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
