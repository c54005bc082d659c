// The active comment in full, with everything staff do to it: status, snooze date, labels by hand,
// a reply draft with saved replies, and a private note.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QueueItem, SavedReply, ThreadRecord, TriageStatus } from '../lib/store/types';
import { effectiveStatus } from '../lib/store/status';
import { LABELS, type Label } from '../lib/thread';
import { formatDate, t } from '../lib/i18n';
import { LabelChip, labelName } from './LabelChip';
import { reasonText } from './commentText';
import { safeHttpUrl } from '../lib/safe-url';
import { keepFocusInside } from './focusTrap';
import { UserText } from './UserText';
import { tomorrow } from './triageKeys';
import { SnoozeField } from './SnoozeField';

export interface DetailPaneProps {
  item: QueueItem | null;
  thread: ThreadRecord | undefined;
  savedReplies: SavedReply[];
  relabelOpen: boolean;
  onRelabelOpen(open: boolean): void;
  onStatus(status: TriageStatus, snoozeUntil?: string): void;
  onRelabel(labels: Label[]): void;
  onDraft(key: string, text: string): void;
  onNote(key: string, text: string): void;
  onReveal(): void;
  onOpenThread(): void;
  /** On narrow windows the pane is a drawer over the list: modal, closed with Esc or ×. */
  drawer?: { onClose(): void };
}

export function DetailPane(props: DetailPaneProps) {
  if (!props.drawer) {
    return <aside class="detail" aria-label={t('detail.title')}><DetailBody {...props} /></aside>;
  }
  return (
    <Drawer onClose={props.drawer.onClose}>
      <DetailBody {...props} />
    </Drawer>
  );
}

/** A modal side sheet: focus moves to its close button, Tab stays inside, the backdrop closes it. */
function Drawer(props: { onClose(): void; children: ComponentChildren }) {
  const sheet = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Unless something inside took it first (the labels form opened with the drawer by `l`).
  useEffect(() => {
    if (!sheet.current?.contains(document.activeElement)) closeButton.current?.focus();
  }, []);
  return (
    <>
      <div class="drawer-backdrop" onClick={props.onClose} />
      <div
        ref={sheet}
        class="detail drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="detail-heading"
        data-drawer=""
        onKeyDown={(event) => keepFocusInside(event, sheet.current)}
      >
        <button ref={closeButton} type="button" class="ghost drawer-close" aria-label={t('detail.close')} title={`${t('detail.close')} (Esc)`} onClick={props.onClose}>
          ×
        </button>
        {props.children}
      </div>
    </>
  );
}

function DetailBody(props: DetailPaneProps) {
  const { item } = props;
  if (!item) return <p class="muted">{t('detail.empty')}</p>;
  const { comment, triage } = item;
  const status = effectiveStatus(triage);
  const permalink = safeHttpUrl(comment.permalink);
  const reason = reasonText(item);
  return (
    <>
      <div class="meta">
        <h2 id="detail-heading" style={{ margin: 0 }}><UserText text={comment.authorName || comment.author || t('queue.anonymous')} /></h2>
        {comment.staff ? <span class="badge staff">{t('badge.staff')}</span> : null}
        {comment.followUp ? <span class="badge follow-up">{t('badge.followUp')}</span> : null}
        {comment.history?.length ? <span class="badge">{t('badge.edited')}</span> : null}
      </div>
      <p class="muted small">
        {formatDate(comment.publishedAt ?? comment.firstSeenAt, true)} · <UserText text={props.thread?.title || comment.threadUrl} flag={false} />
      </p>

      <section>
        <div class="meta">
          {item.labels.map((label) => (
            <LabelChip key={label} label={label} score={comment.scores?.[label]} cue={comment.cues?.[label]} manual={!!triage.labelOverride} />
          ))}
          <button type="button" class="small ghost" aria-expanded={props.relabelOpen} onClick={() => props.onRelabelOpen(!props.relabelOpen)}>
            {t('action.relabel')} <kbd>l</kbd>
          </button>
        </div>
        {reason ? <p class="muted small">{reason}</p> : null}
        {props.relabelOpen ? <RelabelForm key={comment.key} current={item.labels} onApply={props.onRelabel} /> : null}
        {comment.quotes?.map((quote, i) => <blockquote key={i} class="quote" dir="auto" aria-label={t('detail.quoted')}>{quote}</blockquote>)}
        <div class="fulltext" dir="auto">{comment.text}</div>
        {comment.history?.length ? (
          <details>
            <summary class="small muted">{t('detail.history')}</summary>
            {comment.history.map((version, i) => <p key={i} class="quote small" dir="auto">{version.text}</p>)}
          </details>
        ) : null}
      </section>

      <section>
        <div class="actions">
          {status === 'open' ? (
            <>
              <button type="button" class="primary" onClick={() => props.onStatus('answered')}>{t('action.answered')} <kbd>a</kbd></button>
              <button type="button" onClick={() => props.onStatus('dismissed')}>{t('action.dismiss')} <kbd>d</kbd></button>
              <button type="button" onClick={() => props.onStatus('snoozed', tomorrow().toISOString())}>{t('action.snooze')} <kbd>s</kbd></button>
            </>
          ) : (
            <>
              <span class={`badge status-${status}`}>{t(`status.${status}`)}</span>
              <button type="button" onClick={() => props.onStatus('open')}>{t('action.reopen')}</button>
            </>
          )}
        </div>
        <SnoozeField
          key={`snooze-${comment.key}-${status === 'snoozed' ? triage.snoozeUntil : ''}`}
          current={status === 'snoozed' ? triage.snoozeUntil : null}
          onSnooze={(iso) => props.onStatus('snoozed', iso)}
        />
        <div class="actions">
          <button type="button" onClick={props.onReveal}>{t('queue.openOnPage')} <kbd>o</kbd></button>
          <button type="button" onClick={props.onOpenThread}>{t('action.openThread')} <kbd>Enter</kbd></button>
          {permalink ? <a class="button" href={permalink} target="_blank" rel="noopener noreferrer">{t('queue.permalink')}</a> : null}
        </div>
      </section>

      <DraftEditor key={`draft-${comment.key}`} initial={triage.draft} savedReplies={props.savedReplies} onSave={(text) => props.onDraft(comment.key, text)} />

      <section>
        <NoteEditor key={`note-${comment.key}`} initial={triage.note} onSave={(text) => props.onNote(comment.key, text)} />
      </section>
    </>
  );
}

function RelabelForm(props: { current: Label[]; onApply(labels: Label[]): void }) {
  const [chosen, setChosen] = useState<Label[]>(props.current);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened with `l` or its button: the first label is where the keyboard goes next.
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus(), []);
  const toggle = (label: Label) =>
    setChosen((labels) => (labels.includes(label) ? labels.filter((l) => l !== label) : [...labels, label]));
  return (
    <form
      ref={formRef}
      class="notice"
      aria-label={t('action.relabel')}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length) props.onApply(LABELS.filter((label) => chosen.includes(label)));
      }}
    >
      <p class="small muted">{t('action.relabelHint')}</p>
      <div class="label-picker">
        {LABELS.map((label) => (
          <label key={label}>
            <input type="checkbox" checked={chosen.includes(label)} onChange={() => toggle(label)} data-label={label} />
            {labelName(label)}
          </label>
        ))}
      </div>
      <p style={{ marginTop: '8px' }}>
        <button type="submit" class="small primary" disabled={chosen.length === 0}>{t('action.applyLabels')}</button>
      </p>
    </form>
  );
}

/** Saves shortly after typing stops, and on leaving the field. */
function useDebouncedSave(onSave: (text: string) => void, initial: string) {
  const [text, setText] = useState(initial);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (value !== saved.current) {
      saved.current = value;
      onSave(value);
    }
  };
  const change = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(value), 500);
  };
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => () => flush(latest.current), []);
  return { text, change, flush };
}

function DraftEditor(props: { initial: string; savedReplies: SavedReply[]; onSave(text: string): void }) {
  const { text, change, flush } = useDebouncedSave(props.onSave, props.initial);
  const insert = (id: string) => {
    const reply = props.savedReplies.find((saved) => saved.id === id);
    if (!reply) return;
    const next = text ? `${text.trimEnd()}\n\n${reply.body}` : reply.body;
    change(next);
    flush(next);
  };
  return (
    <section>
      <label class="field" for="reply-draft">{t('detail.draft')}</label>
      <textarea
        id="reply-draft"
        value={text}
        placeholder={t('detail.draftPlaceholder')}
        onInput={(event) => change((event.currentTarget as HTMLTextAreaElement).value)}
        onBlur={() => flush(text)}
      />
      {props.savedReplies.length ? (
        <label class="field">
          {t('detail.savedReplies')}
          <select value="" onChange={(event) => insert((event.currentTarget as HTMLSelectElement).value)}>
            <option value="">…</option>
            {props.savedReplies.map((reply) => <option key={reply.id} value={reply.id}>{reply.title}</option>)}
          </select>
        </label>
      ) : (
        <p class="muted small">{t('detail.noSavedReplies')}</p>
      )}
    </section>
  );
}

function NoteEditor(props: { initial: string; onSave(text: string): void }) {
  const { text, change, flush } = useDebouncedSave(props.onSave, props.initial);
  return (
    <label class="field">
      {t('detail.note')}
      <textarea
        value={text}
        style={{ minHeight: '56px' }}
        onInput={(event) => change((event.currentTarget as HTMLTextAreaElement).value)}
        onBlur={() => flush(text)}
      />
    </label>
  );
}
