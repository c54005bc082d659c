// What the dashboard shows from the store: every item, thread and the settings, loaded once and again whenever
// the store changes elsewhere (a popup scan, a background re-check, Options, another dashboard) or the tab comes
// back into view. Triage edits show at once, before the store has them (see localEdits.ts); a load started before an
// edit was stored puts it back on top of what it read. An unasked-for reload keeps staff on the comment they were on.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QueueItem, Settings, ThreadRecord, TriagePatch, TriageStore } from '../../lib/store/types';
import { prepareQueue } from '../../lib/store/queue';
import type { PageHost } from '../host';
import { applyAppearance } from '../appearance';
import { explainError, type ExplainedError } from '../errorText';
import { isTextField } from '../triageKeys';
import { withEdits, type LocalEdit } from './localEdits';

/** Rows decoded before the first paint: more than a tall window shows. */
const FIRST_SCREEN = 50;

export function useDashboardData(store: TriageStore, host: PageHost) {
  const [items, setItems] = useState<QueueItem[]>([]);
  const [threads, setThreads] = useState<ThreadRecord[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<ExplainedError | null>(null);
  /** Until the first load has every item in memory (the counts and filters cover all of them). */
  const [loading, setLoading] = useState(true);
  const [preparing, setPreparing] = useState(false);
  /** Each thread's previous visit, read on the first load: what "new since last visit" compares with. */
  const visitedBefore = useRef<Map<string, string | null> | null>(null);

  /** Each load gets a number; a slower, older load never overwrites a newer one. */
  const loadSeq = useRef(0);
  const loadRunning = useRef(false);
  const localEdits = useRef<LocalEdit[]>([]);
  const reload = async () => {
    const seq = ++loadSeq.current;
    const initial = seq === 1;
    loadRunning.current = true;
    // Edits stored by now are in what this load reads; the others, and any made while it runs, go on top.
    const read = new Set(localEdits.current.filter((edit) => edit.stored));
    const withLocalEdits = (loaded: QueueItem[]) => withEdits(loaded, localEdits.current.filter((edit) => !read.has(edit)));
    try {
      const [nextThreads, nextSettings] = await Promise.all([store.listThreads(), store.getSettings()]);
      if (seq !== loadSeq.current) return;
      if (visitedBefore.current === null) {
        // "New since last visit" compares with the visit before this one, so remember it, then
        // record this visit.
        visitedBefore.current = new Map(nextThreads.map((thread) => [thread.url, thread.lastVisitedAt]));
        void Promise.all(nextThreads.map((thread) => store.markVisited(thread.url))).catch(() => undefined);
      }
      applyAppearance(nextSettings);
      setSettings(nextSettings);
      setThreads(nextThreads);
      // The first open shows the newest queue items as soon as they are decoded, then the rest
      // arrives without blocking input; later reloads keep the current list until the new one is whole.
      const onFirst = initial ? (first: QueueItem[]) => { if (seq === loadSeq.current) setItems(withLocalEdits(first)); } : undefined;
      const loaded = store.loadItems ? await store.loadItems({ onFirst, firstCount: FIRST_SCREEN }) : await store.listItems();
      if (seq !== loadSeq.current) return;
      const nextItems = withLocalEdits(loaded);
      setItems(nextItems);
      // Every load from now on reads the stored edits.
      localEdits.current = localEdits.current.filter((edit) => !edit.stored);
      setLoadError(null);
      // Search texts are built now, in slices, rather than on the first keystroke.
      setPreparing(true);
      void prepareQueue(nextItems).finally(() => { if (seq === loadSeq.current) setPreparing(false); });
    } catch (error) {
      if (seq === loadSeq.current) setLoadError(explainError(error));
    } finally {
      if (seq === loadSeq.current) {
        setLoading(false);
        loadRunning.current = false;
      }
    }
  };

  /**
   * A reload that staff did not ask for (a scan elsewhere, a re-check, another page's change) keeps the comment they are
   * on, wherever the new data puts its row; the keys and the detail pane must not move to another comment under them.
   * The dashboard sets `activeKey` on every render; useRestoredPlace finds its row again once the reload shows.
   */
  const activeKey = useRef<string | null>(null);
  const keptKey = useRef<string | null>(null);
  const reloadKeepingPlace = () => {
    keptKey.current = activeKey.current;
    void reload();
  };

  useEffect(() => {
    void reload();
    // Come back to the tab after a background re-check or a popup scan: show the fresh state.
    const onVisible = () => {
      if (document.visibilityState === 'visible') reloadKeepingPlace();
    };
    document.addEventListener('visibilitychange', onVisible);
    // A scan from the popup, a re-check, or a change in Options or another dashboard: show it without a reload by hand.
    // A burst (a re-check of many threads, keys pressed in another dashboard) reloads once, and never while staff type
    // (a reply draft, a note, the search): it waits until they leave the field.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const whenNotTyping = () => {
      if (isTextField(document.activeElement)) pending = setTimeout(whenNotTyping, 1000);
      else reloadKeepingPlace();
    };
    const stopListening = host.onBroadcast((message) => {
      if (message.name !== 'store.updated' && message.name !== 'store.changed') return;
      clearTimeout(pending);
      pending = setTimeout(whenNotTyping, 250);
    });
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stopListening();
      clearTimeout(pending);
    };
  }, []);

  /** Show triage edits at once (per key); mark the edit stored, or forget it, when its write settles. */
  const showEdit = (patches: Map<string, TriagePatch>): LocalEdit => {
    const edit: LocalEdit = { patches: new Map(), stored: false };
    localEdits.current.push(edit);
    fillEdit(edit, patches);
    return edit;
  };
  /** Set an edit's patches, applying after it the edits made since, which it must not override. */
  const fillEdit = (edit: LocalEdit, patches: Map<string, TriagePatch>) => {
    const updatedAt = new Date().toISOString();
    edit.patches = new Map([...patches].map(([key, patch]) => [key, { ...patch, updatedAt }]));
    const since = localEdits.current.slice(localEdits.current.indexOf(edit) + 1);
    // Functional update: a late save (a draft flushed on unmount) must not undo newer changes.
    setItems((current) => withEdits(current, [edit, ...since]));
  };
  const editStored = (edit: LocalEdit) => {
    edit.stored = true;
    // Only a load already running may have read the store before this write.
    if (!loadRunning.current) forgetEdit(edit);
  };
  const forgetEdit = (edit: LocalEdit) => {
    localEdits.current = localEdits.current.filter((other) => other !== edit);
  };

  return {
    items, threads, setThreads, settings, loadError, loading, preparing, visitedBefore,
    reload, activeKey, keptKey,
    edits: { showEdit, fillEdit, editStored, forgetEdit },
  };
}

export type DashboardData = ReturnType<typeof useDashboardData>;

/** After a reload staff did not ask for, the row of the comment they were on, wherever it is now (if still listed). */
export function useRestoredPlace(
  data: DashboardData,
  visible: QueueItem[],
  activeIndex: number,
  setActiveIndex: (index: number) => void,
): void {
  useEffect(() => {
    const key = data.keptKey.current;
    if (key === null || data.loading) return;
    data.keptKey.current = null;
    const index = visible.findIndex((item) => item.comment.key === key);
    if (index >= 0 && index !== activeIndex) setActiveIndex(index);
  }, [visible]);
}
