// The dashboard's writes to the store and their undo. Each triage change shows on screen at once, is written in
// turn (the page's writes run one at a time, in the order staff acted), and goes on the undo stack before its write
// ends, so `u` pressed right away undoes it. A failed write is taken back off the screen and said in the toast.
import { useRef } from 'preact/hooks';
import type { Label } from '../../lib/thread';
import type { QueueItem, TriageField, TriagePatch, TriageStore } from '../../lib/store/types';
import { undoPatch } from '../../lib/store/undo';
import { t } from '../../lib/i18n';
import type { PageHost } from '../host';
import { UndoStack, type UndoEntry } from '../undoStack';
import type { LocalEdit } from './localEdits';
import type { DashboardData } from './useDashboardData';
import type { Toaster } from './useToast';

export function useTriageWrites(store: TriageStore, host: PageHost, data: DashboardData, toaster: Toaster) {
  const { reload } = data;
  const { showEdit, fillEdit, editStored, forgetEdit } = data.edits;
  const { showToast, showError, withdrawUndo } = toaster;
  const undo = useRef(new UndoStack());

  /** Other pages (the popup, Options, other dashboards) reload when the store changes. */
  const notifyBackground = () => {
    host.send('store.changed', undefined).catch(() => undefined);
  };

  /**
   * The page's writes run one at a time, in the order staff acted. An undo waits for the write of
   * the change it takes back; in the queue it still lands before a change made after it.
   */
  const writeQueue = useRef<Promise<unknown>>(Promise.resolve());
  const inTurn = <T,>(write: () => Promise<T>): Promise<T> => {
    const written = writeQueue.current.then(write);
    writeQueue.current = written.catch(() => undefined);
    return written;
  };

  /**
   * Show a patch, write it, and keep what it replaced for undo. The undo entry goes on the stack
   * before the write ends, so `u` pressed right away undoes this change. A relabel passes the
   * write of its correction, which its undo takes back too. A null description: no toast and no undo (a draft, a note).
   */
  const change = async (keys: string[], patch: TriagePatch, description: string | null, correction?: UndoEntry['correction']) => {
    if (keys.length === 0) return;
    const edit = showEdit(new Map(keys.map((key) => [key, patch])));
    const written = inTurn(() => store.updateTriage(keys, patch));
    const entry: UndoEntry | null = description === null ? null : { description, fields: Object.keys(patch) as TriageField[], previous: written, correction };
    if (entry) {
      undo.current.push(entry);
      showToast(entry.description, entry);
    }
    try {
      const previous = await written;
      if (entry && previous.length === 0) {
        // The comments are gone: nothing to undo, and the toast's Undo must not reach an older change.
        undo.current.remove(entry);
        withdrawUndo(entry);
      }
      editStored(edit);
      notifyBackground();
    } catch (error) {
      if (entry) undo.current.remove(entry);
      forgetEdit(edit);
      showError(error);
      void reload();
    }
  };

  /** Labels chosen by hand. The classifier learns from the correction, so the relabel's undo puts back the one this text had before (or none). */
  const relabel = async (item: QueueItem, labels: Label[]) => {
    const { text, site } = item.comment;
    const correction = inTurn(async () => {
      const previous = await store.getCorrection(text);
      const added = await store.addCorrection({ text, labels, site });
      return { added, previous };
    });
    correction.then(notifyBackground, (error) => showError(error));
    await change([item.comment.key], { labelOverride: labels }, t('toast.relabelled', { labels: labels.join(', ') }), correction);
  };

  /**
   * Removes a thread at once, as triage actions happen at once, with Undo in the toast and on `u`. `leaveThread` runs
   * once the removal is written, before the reload: the page stops showing the thread (its view, a filter to it).
   */
  const removeThread = async (url: string, title: string, leaveThread: () => void) => {
    try {
      const removed = await inTurn(async () => {
        // Told first: a scan of this thread already under way must not save it back (utils/removed-threads.ts).
        await host.send('thread.removed', { url }).catch(() => undefined);
        return store.removeThread(url);
      });
      leaveThread();
      void reload();
      notifyBackground();
      if (!removed) return;
      const n = removed.blocks.reduce((sum, block) => sum + block.count, 0);
      const entry: UndoEntry = {
        description: t('thread.removed', { title, n }),
        fields: [],
        previous: Promise.resolve([]),
        restore: async () => t((await store.restoreThread(removed)) ? 'thread.removeUndone' : 'thread.removeNewer', { title }),
      };
      undo.current.push(entry);
      showToast(entry.description, entry);
    } catch (error) {
      showError(error);
    }
  };

  /** `u`: the newest change still on the stack. */
  const undoLast = () => undoEntry(undo.current.pop());
  /** The toast's Undo: the change the toast was shown for, if it has not been undone or dropped since. */
  const undoShown = (entry: UndoEntry) => undoEntry(undo.current.remove(entry) ? entry : undefined);

  const undoEntry = (entry: UndoEntry | undefined) => {
    if (!entry) {
      showToast(t('toast.nothingToUndo'));
      return;
    }
    withdrawUndo(entry);
    // Holds the undo's place among the edits on screen until the change it takes back is written.
    const edit = showEdit(new Map());
    void inTurn(() => undoChange(entry, edit));
  };

  const undoChange = async (entry: UndoEntry, edit: LocalEdit) => {
    if (entry.restore) {
      forgetEdit(edit);
      try {
        showToast(await entry.restore());
        notifyBackground();
      } catch (error) {
        showError(error);
      }
      void reload();
      return;
    }
    // Earlier in the queue, so written by now (or failed, and said so).
    const previous = await entry.previous.catch(() => null);
    const correction = await entry.correction?.catch(() => undefined);
    if (!previous) {
      forgetEdit(edit);
      return;
    }
    // Only the fields the change wrote: a note or draft saved since stays.
    fillEdit(edit, new Map(previous.map((record) => [record.key, undoPatch(record, entry.fields)])));
    try {
      const restored = await store.restoreTriage(previous, entry.fields);
      // Only while the correction is still the one the relabel wrote; a newer one stays.
      const unlearned = correction ? await store.restoreCorrection(correction.added, correction.previous) : false;
      editStored(edit);
      notifyBackground();
      if (restored < previous.length) {
        // Some comments are gone (the data was cleared or replaced elsewhere): show what the store holds.
        void reload();
      }
      showToast(restored === 0 && !unlearned ? t('toast.undoGone', { n: previous.length }) : t('toast.undone'));
    } catch (error) {
      forgetEdit(edit);
      showError(error);
      void reload();
    }
  };

  return { change, relabel, removeThread, undoLast, undoShown, notifyBackground };
}
