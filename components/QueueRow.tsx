// One comment in the queue: who, what the classifier thinks and why, where, when and its state.
// Every piece of comment text is a text node (Preact escapes it); links only for http(s) URLs.
import type { QueueItem } from '../lib/store/types';
import { effectiveStatus } from '../lib/store/status';
import { formatRelative, formatDate, t } from '../lib/i18n';
import { LabelChip } from './LabelChip';
import { commentTime, reasonText, snippet, visibleLabels } from './commentText';
import { safeHttpUrl } from '../lib/safe-url';
import { UserText } from './UserText';

export interface QueueRowProps {
  item: QueueItem;
  index: number;
  /** How many rows the list holds: the list is virtual, so a screen reader learns it from each row. */
  count: number;
  top: number;
  active: boolean;
  selected: boolean;
  isNew: boolean;
  threadTitle: string;
  threshold: number;
  onPick(index: number, event: MouseEvent): void;
  onToggleSelect(index: number, shift: boolean): void;
  onReveal(item: QueueItem): void;
}

/** The permalink was checked to be http(s) by safeHttpUrl; the page opened gets no handle back to the dashboard. */
function openPermalink(event: Event, url: string): void {
  event.stopPropagation();
  window.open(url, '_blank', 'noopener,noreferrer');
}

export function QueueRow(props: QueueRowProps) {
  const { item, index, active, selected, isNew, threadTitle, threshold } = props;
  const { comment, triage } = item;
  const status = effectiveStatus(triage);
  const labels = visibleLabels(item, threshold);
  const reason = reasonText(item, 120);
  const permalink = safeHttpUrl(comment.permalink);
  const time = commentTime(item);
  const classes = ['row', active ? 'active' : '', status !== 'open' ? 'done' : ''].filter(Boolean).join(' ');

  return (
    <div
      id={`row-${index}`}
      class={classes}
      role="option"
      aria-selected={selected}
      aria-setsize={props.count}
      aria-posinset={index + 1}
      data-testid="queue-row"
      data-comment-key={comment.key}
      data-status={status}
      data-index={index}
      style={{ transform: `translateY(${props.top}px)` }}
      onClick={(event) => props.onPick(index, event as unknown as MouseEvent)}
    >
      <span
        class="select"
        aria-hidden="true"
        data-checked={selected ? 'true' : 'false'}
        data-testid="row-select"
        title={t('queue.select')}
        onClick={(event) => {
          event.stopPropagation();
          props.onToggleSelect(index, (event as unknown as MouseEvent).shiftKey);
        }}
      />
      <div class="row-head">
        <span class="author"><UserText text={comment.authorName || comment.author || t('queue.anonymous')} /></span>
        {comment.staff ? <span class="badge staff">{t('badge.staff')}</span> : null}
        {isNew ? <span class="badge new">{t('badge.new')}</span> : null}
        {comment.followUp ? <span class="badge follow-up">{t('badge.followUp')}</span> : null}
        {comment.reply ? <span class={`badge ${comment.reply.state}`}>{t(`reply.${comment.reply.state}`)}</span> : null}
        {status !== 'open' ? (
          <span class={`badge status-${status}`}>
            {status === 'snoozed' && triage.snoozeUntil ? t('status.snoozedUntil', { date: formatDate(triage.snoozeUntil) }) : t(`status.${status}`)}
          </span>
        ) : null}
        {comment.history?.length ? <span class="badge">{t('badge.edited')}</span> : null}
        {comment.goneSince ? <span class="badge gone">{t('badge.gone')}</span> : null}
        <span class="thread">· <UserText text={threadTitle} title={threadTitle} flag={false} /></span>
        <span class="time" title={time ? formatDate(time, true) : undefined}>{time ? formatRelative(time) : t('queue.noDate')}</span>
      </div>
      <div class="row-labels">
        {labels.map((label) => (
          <LabelChip key={label} label={label} score={comment.scores?.[label]} cue={comment.cues?.[label]} manual={!!triage.labelOverride} />
        ))}
        {reason ? <span class="cue"><bdi>{reason}</bdi></span> : null}
        {/* Mouse shortcuts only: an option may hold no controls of its own (its content is its name), and the
            detail pane offers both to keys and screen readers ("o", and its Permalink link). */}
        <span class="row-actions" aria-hidden="true">
          <span
            class="row-action"
            data-testid="row-reveal"
            onClick={(event) => {
              event.stopPropagation();
              props.onReveal(item);
            }}
          >
            {t('queue.openOnPage')}
          </span>
          {permalink ? (
            <span
              class="row-action link"
              data-testid="row-permalink"
              title={permalink}
              onClick={(event) => openPermalink(event, permalink)}
              onAuxClick={(event) => {
                if ((event as unknown as MouseEvent).button === 1) openPermalink(event, permalink);
              }}
            >
              {t('queue.permalink')}
            </span>
          ) : null}
        </span>
      </div>
      <div class="row-text" dir="auto">{snippet(comment.text, 400)}</div>
    </div>
  );
}
