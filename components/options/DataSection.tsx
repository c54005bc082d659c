// Data management: back up everything to a file, restore from one, clear all; each replacement keeps a copy of
// what it replaced, for Undo and for download, while the page stays open.
import { useRef, useState } from 'preact/hooks';
import type { Backup, TriageStore } from '../../lib/store/types';
import { parseBackup } from '../../lib/store/backup';
import { formatDate, t } from '../../lib/i18n';
import type { PageHost } from '../host';
import { datedFilename } from '../download';
import { errorLine, explainError, rawMessage, type ExplainedError } from '../errorText';
import { ConfirmBox } from './ConfirmBox';
import { busyButton } from './focus';
import { StatusRegion, type Download, type Notice } from './sectionParts';
import { snapshotOf, undoWarning, type Previous, type Snapshot } from './snapshot';

export function DataSection(props: {
  store: TriageStore; host: PageHost; threads: number; comments: number;
  download: Download; onChanged(): Promise<void>;
}) {
  const { store } = props;
  const [pending, setPending] = useState<Backup | null>(null);
  const [restoreError, setRestoreError] = useState<ExplainedError | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  // The data as it was just before the last Clear all, Restore or Undo: only the newest is kept.
  // It lives only in this tab, so besides Undo it can be downloaded as a backup file to keep.
  const [previous, setPrevious] = useState<Previous | null>(null);
  // What Undo would replace, said in the confirmation shown when the data changed since the copy.
  const [confirmUndo, setConfirmUndo] = useState<string | null>(null);
  // One replacement at a time: with a double click, the second would copy the first's result
  // over the first's copy, and the data from before would be gone.
  const replacing = useRef(false);
  // The same, shown: the buttons that replace the data are marked unavailable (aria-disabled, so a focused one keeps
  // focus) while a replacement runs, so a click then is not silently dropped (Undo appears as soon as the copy is kept,
  // before the counts are read again).
  const [busy, setBusy] = useState(false);
  // Where focus goes back to when a confirmation closes: the button that opened it, else the section's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const importRef = useRef<HTMLInputElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const oneAtATime = async (run: () => Promise<void>) => {
    if (replacing.current) return;
    replacing.current = true;
    setBusy(true);
    try {
      await run();
    } finally {
      replacing.current = false;
      setBusy(false);
    }
  };

  const changed = async () => {
    props.host.send('store.changed', undefined).catch(() => undefined);
    await props.onChanged();
  };

  const downloadBackup = (backup: Backup, stem: string) => {
    try {
      props.download(datedFilename(stem, 'json', new Date()), `${JSON.stringify(backup)}\n`, 'application/json');
    } catch (e) {
      setNotice({ kind: 'error', text: errorLine(e) });
    }
  };

  const exportBackup = async () => {
    try {
      downloadBackup(await store.exportBackup(), 'backup');
    } catch (e) {
      setNotice({ kind: 'error', text: errorLine(e) });
    }
  };

  const chooseFile = async (file: File) => {
    setNotice(null);
    setPending(null);
    setRestoreError(null);
    try {
      // Validate before asking: a corrupt file is reported at once and nothing is changed.
      setPending(parseBackup(await file.text()));
    } catch (e) {
      setRestoreError(restoreProblem(e));
    }
  };

  /**
   * Clear all, Restore and Undo all replace everything, so all go through here: the store copies
   * the current data and makes the change in one transaction (no copy, no change, and no write
   * landing in between is lost), then the copy is kept for Undo and download.
   * `next` is the backup to put in, or null to clear.
   */
  const replaceData = async (next: Backup | null, doneText: string, onFailure: (error: unknown) => void) => {
    setNotice(null);
    setRestoreError(null);
    setConfirmUndo(null);
    let copy: Backup;
    try {
      copy = await store.replaceAll(next);
    } catch (e) {
      if ((e as { copyFailed?: boolean } | null)?.copyFailed) setNotice({ kind: 'error', text: `${t('options.safetyCopyFailed')} ${errorLine(e)}` });
      else onFailure(e);
      return;
    }
    // What the change left, so Undo can tell later whether anything was written since. If it
    // cannot be read, `after` is null and Undo always asks.
    const after = await store.exportBackup().then(snapshotOf, () => null);
    setPrevious({ backup: copy, after });
    setNotice({ kind: 'ok', text: doneText });
    await changed();
  };

  const restore = () => oneAtATime(async () => {
    if (!pending) return;
    const backup = pending;
    setPending(null);
    await replaceData(backup, t('options.restored'), (e) => setRestoreError(restoreProblem(e)));
  });

  const clearAll = () => oneAtATime(async () => {
    setConfirmClear(false);
    await replaceData(null, t('options.cleared'), (e) => setNotice({ kind: 'error', text: errorLine(e) }));
  });

  /**
   * Undo is a full replace like the others: what it replaces becomes the new copy, so a second
   * Undo is a redo. The Undo button stays while the page is open, and the dashboard or a scan may
   * have written since, so when the data is no longer what the change left, ask first.
   */
  const undo = (copy: Previous) => oneAtATime(async () => {
    setNotice(null);
    setConfirmUndo(null);
    let now: Snapshot;
    try {
      now = snapshotOf(await store.exportBackup());
    } catch (e) {
      setNotice({ kind: 'error', text: `${t('options.safetyCopyFailed')} ${errorLine(e)}` });
      return;
    }
    if (copy.after && now.hash === copy.after.hash) await undoNow(copy);
    else setConfirmUndo(undoWarning(now, copy.after));
  });

  // On failure the copy stays, and with it Undo and the download, so the user can try again or keep it.
  // A write landing after the check above is not lost either: it is in the copy replaceAll returns.
  const undoNow = (copy: Previous) =>
    replaceData(copy.backup, t('toast.undone'), (e) => setNotice({ kind: 'error', text: errorLine(e) }));

  return (
    <section class="panel" aria-labelledby="data-title">
      <h2 id="data-title" tabIndex={-1} ref={headingRef}>{t('options.data')}</h2>
      <p class="muted small">{t('count.comments', { n: props.comments })} · {t('count.threads', { n: props.threads })}</p>
      <div class="actions">
        <button type="button" data-testid="backup-export" onClick={() => void exportBackup()}>{t('options.backupExport')}</button>
        <label class="button">
          {t('options.backupImport')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="backup-import"
            ref={importRef}
            class="visually-hidden"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void chooseFile(file);
              input.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" data-testid="clear-all" ref={clearRef} onClick={() => setConfirmClear(true)}>{t('options.clearAll')}</button>
      </div>

      {pending ? (
        <ConfirmBox
          label={t('options.backupImport')}
          confirmLabel={t('options.restoreDo')}
          confirmTestId="confirm-restore"
          busy={busy}
          onConfirm={() => void restore()}
          onCancel={() => setPending(null)}
          returnTo={() => [importRef.current, headingRef.current]}
        >
          <p>{t('options.restoreConfirm', { threads: props.threads, comments: props.comments, newThreads: pending.threads.length, newComments: pending.comments.length })}</p>
          <p class="small">{t('options.restoreMade', { date: formatDate(pending.exportedAt, true) })}</p>
          {previous ? <p class="small">{t('options.previousReplaced')}</p> : null}
        </ConfirmBox>
      ) : null}
      {restoreError ? (
        <p class="notice error" role="alert" data-testid="restore-error">
          {restoreError.message}
          {restoreError.detail ? <span class="error-detail">{t('error.detail', { detail: restoreError.detail })}</span> : null}
        </p>
      ) : null}

      {confirmClear ? (
        <ConfirmBox
          label={t('options.clearAll')}
          confirmLabel={t('options.clearDo')}
          confirmTestId="confirm-clear"
          busy={busy}
          onConfirm={() => void clearAll()}
          onCancel={() => setConfirmClear(false)}
          returnTo={() => [clearRef.current, headingRef.current]}
        >
          <p>{t('options.clearConfirm', { threads: props.threads, comments: props.comments })}</p>
          {previous ? <p class="small">{t('options.previousReplaced')}</p> : null}
        </ConfirmBox>
      ) : null}
      {confirmUndo && previous ? (
        <ConfirmBox
          label={t('common.undo')}
          confirmLabel={t('options.undoDo')}
          confirmTestId="confirm-undo"
          busy={busy}
          onConfirm={() => void oneAtATime(() => undoNow(previous))}
          onCancel={() => setConfirmUndo(null)}
          returnTo={() => [undoRef.current, headingRef.current]}
        >
          <p>{confirmUndo}</p>
        </ConfirmBox>
      ) : null}
      <StatusRegion empty={!notice && !previous}>
        {notice || previous ? (
          <div class={`notice ${notice?.kind ?? 'ok'}`} data-testid="data-notice">
            {notice ? <p>{notice.text}</p> : null}
            {previous ? (
              <>
                <p class="small">{t('options.previousKept')}</p>
                <div class="actions" style={{ marginTop: '8px' }}>
                  <button type="button" class="small" data-testid="undo" ref={undoRef} {...busyButton(busy)} onClick={() => { if (!busy) void undo(previous); }}>{t('common.undo')}</button>
                  <button type="button" class="small" data-testid="download-previous" onClick={() => downloadBackup(previous.backup, 'backup-previous')}>
                    {t('options.downloadPrevious')}
                  </button>
                </div>
              </>
            ) : null}
          </div>
        ) : null}
      </StatusRegion>
    </section>
  );
}

/** A rejected backup says why in the UI's language; anything else falls back to "nothing was changed". */
function restoreProblem(error: unknown): ExplainedError {
  const explained = explainError(error);
  if (explained.kind === 'backup-rejected') return explained;
  return { ...explained, message: `${t('options.restoreError')} ${explained.message}`, detail: explained.detail ?? rawMessage(error) };
}
