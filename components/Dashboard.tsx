// The dashboard: the product's main screen. Loads every item once, filters in memory (fast enough
// for 50,000 rows), and writes staff decisions straight to the store with an undo for each.
// This file keeps the screen's state, layout and wiring; each concern behind it is its own module in
// components/dashboard/: loading and live reload (useDashboardData), writes and undo (useTriageWrites), the selection,
// the keyboard (useTriageKeys), the toast, and the pure counts and export choice.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Label } from '../lib/thread';
import type { QueueItem, TriageStatus, TriageStore } from '../lib/store/types';
import { filterQueue, searchQueue } from '../lib/store/queue';
import { t } from '../lib/i18n';
import type { PageHost } from './host';
import { BulkBar } from './BulkBar';
import { DetailPane } from './DetailPane';
import { ExportMenu, type ExportKind } from './ExportMenu';
import { FilterBar, NO_FILTERS, type FilterValues, type SortKey } from './FilterBar';
import { HelpOverlay } from './HelpOverlay';
import { Logo } from './Logo';
import { QueueList } from './QueueList';
import { TabsPanel } from './TabsPanel';
import { SitesPanel } from './SitesPanel';
import { ThreadView } from './ThreadView';
import { ThreadsView } from './ThreadsView';
import { useFocusRescue } from './focusRescue';
import { Toast } from './Toast';
import { isNewSince } from './commentText';
import { downloadText } from './download';
import { buildExport } from './exports';
import { queueFilterFor, type View } from './queueView';
import { recheckNotice } from './recheckText';
import { tomorrow } from './triageKeys';
import { FirstRun } from './FirstRun';
import { useMediaQuery } from './useMediaQuery';
import { useDashboardData, useRestoredPlace } from './dashboard/useDashboardData';
import { useToast } from './dashboard/useToast';
import { useTriageWrites } from './dashboard/useTriageWrites';
import { useSelection } from './dashboard/useSelection';
import { useTriageKeys } from './dashboard/useTriageKeys';
import { countViews, languagesOf } from './dashboard/viewCounts';
import { exportRows } from './dashboard/exportRows';

/** Below this width the detail pane becomes a drawer (keep in step with theme.css). */
const NARROW = '(max-width: 1100px)';

export interface DashboardProps {
  store: TriageStore;
  host: PageHost;
  /** Tests pass a fixed download function; the page saves files. */
  download?: (filename: string, text: string, mime: string) => void;
}

const VIEWS: Array<{ id: View; testId: string }> = [
  { id: 'queue', testId: 'view-queue' },
  { id: 'followups', testId: 'view-followups' },
  { id: 'threads', testId: 'view-threads' },
  { id: 'all', testId: 'view-all' },
];

export function Dashboard(props: DashboardProps) {
  const { store, host } = props;
  const download = props.download ?? downloadText;
  const narrow = useMediaQuery(NARROW);
  const data = useDashboardData(store, host);
  const { items, threads, settings, loadError, loading, preparing, reload } = data;
  const [view, setView] = useState<View>('queue');
  const [openThread, setOpenThread] = useState<{ url: string; focusKey: string | null } | null>(null);
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('newest');
  const [activeIndex, setActiveIndex] = useState(0);
  const [keyboardMode, setKeyboardMode] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [relabelOpen, setRelabelOpen] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const toaster = useToast();
  const { showToast, showError } = toaster;

  const threadByUrl = useMemo(() => new Map(threads.map((thread) => [thread.url, thread])), [threads]);
  const languages = useMemo(() => languagesOf(items), [items]);
  // Filter and sort once per view; a keystroke in the search box only narrows that list.
  const viewItems = useMemo(
    () => (view === 'threads' ? [] : filterQueue(items, queueFilterFor(view, filters, ''), sort)),
    [items, view, filters, sort],
  );
  const visible = useMemo(() => (search.trim() ? searchQueue(viewItems, search) : viewItems), [viewItems, search]);
  const counts = useMemo(() => countViews(items, threads.length, Date.now()), [items, threads]);

  const clampedIndex = Math.min(activeIndex, Math.max(visible.length - 1, 0));
  const active = visible.length ? visible[clampedIndex] : null;
  // The comment a reload staff did not ask for keeps them on (useDashboardData).
  data.activeKey.current = active?.comment.key ?? null;
  useRestoredPlace(data, visible, clampedIndex, setActiveIndex);
  const threadItems = useMemo(
    () => (openThread ? items.filter((item) => item.comment.threadUrl === openThread.url) : []),
    [items, openThread],
  );

  const selection = useSelection(visible);
  const selected = selection.selected;
  const toggleSelect = selection.toggle;
  const { change, undoLast, undoShown, notifyBackground, ...writes } = useTriageWrites(store, host, data, toaster);

  const openDrawer = () => {
    if (narrow) setDrawerOpen(true);
  };
  const closeDrawer = () => {
    setDrawerOpen(false);
    setRelabelOpen(false);
    // Back where the user was: the list, with the same row active.
    listRef.current?.focus({ preventScroll: true });
  };

  const setStatus = async (status: TriageStatus, snoozeUntil?: string, keys = selection.targetKeys(active)) => {
    if (!keys.length) return;
    const until = status === 'snoozed' ? snoozeUntil ?? tomorrow().toISOString() : null;
    const word = status === 'snoozed' && until ? t('status.snoozedUntil', { date: new Date(until).toLocaleDateString() }) : t(`status.${status}`);
    selection.clearAfterAction();
    await change(keys, { status, snoozeUntil: until }, t('toast.status', { n: keys.length, status: word }));
  };

  const relabel = (item: QueueItem, labels: Label[]) => {
    setRelabelOpen(false);
    return writes.relabel(item, labels);
  };

  const removeThread = (url: string) => {
    const thread = threads.find((candidate) => candidate.url === url);
    return writes.removeThread(url, thread?.title || url, () => {
      if (openThread?.url === url) setOpenThread(null);
      // A list still filtered to the removed thread would only look empty.
      if (filters.threadUrl === url) setFilters((current) => ({ ...current, threadUrl: '' }));
    });
  };

  const reveal = (item: QueueItem) => {
    host
      .send('comment.reveal', { threadUrl: item.comment.threadUrl, commentId: item.comment.id, permalink: item.comment.permalink })
      .catch((error) => showError(error));
  };

  const openThreadView = (url: string, focusKey: string | null) => {
    setRelabelOpen(false);
    setOpenThread({ url, focusKey });
    void store.markVisited(url).catch(() => undefined);
  };

  useTriageKeys({
    listRef, searchRef, view, visible, activeIndex: clampedIndex, active, setActiveIndex, setKeyboardMode,
    helpOpen, setHelpOpen, relabelOpen, setRelabelOpen, narrow, drawerOpen, openDrawer, closeDrawer,
    threadOpen: !!openThread, closeThread: () => setOpenThread(null), openThreadView,
    selectedCount: selected.size, clearSelection: selection.clear, toggleSelect, setStatus, undoLast, reveal,
  });

  // Focus that would fall to <body> when its control goes away goes to the open drawer, else the thread view's heading,
  // else the list, else the current view's tab.
  useFocusRescue(
    () =>
      // A modal open (the narrow window's comment drawer) keeps the focus inside it.
      document.querySelector<HTMLElement>('.detail.drawer .drawer-close') ??
      document.querySelector<HTMLElement>('.thread-view h1') ??
      listRef.current ??
      document.querySelector<HTMLElement>('.views [aria-current="page"]'),
  );

  const exportOpen = (kind: ExportKind) => {
    const rows = exportRows(kind, { view, items, visible, filters, sort, selected });
    if (!rows.length) {
      showToast(t('toast.exportEmpty'));
      return;
    }
    const file = buildExport(kind, rows, threads, new Date(), items);
    download(file.filename, file.text, file.mime);
    showToast(t(selected.size ? 'toast.exportedSelection' : 'toast.exportedShown', { n: rows.length, file: file.filename }));
  };

  const chooseView = (next: View) => {
    setView(next);
    setOpenThread(null);
    setDrawerOpen(false);
    setActiveIndex(0);
    selection.clear();
  };

  const isNew = (item: QueueItem) => isNewSince(item, data.visitedBefore.current?.get(item.comment.threadUrl));
  const emptyText = loading ? t('common.loading') : view === 'queue' && items.length ? t('queue.emptyQueue') : view === 'followups' && items.length ? t('queue.emptyFollowups') : t('queue.empty');
  const firstRun = !loading && !loadError && items.length === 0;
  const showDetail = view !== 'threads' && !openThread && !firstRun;
  const detailAsDrawer = narrow && showDetail;

  return (
    <div class="app" data-testid="dashboard" data-items={items.length} aria-busy={loading || preparing ? 'true' : undefined}>
      <header class="topbar">
        <h1 class="brand"><Logo /> {t('app.name')}</h1>
        <nav class="views" aria-label={t('nav.label')}>
          {VIEWS.map(({ id, testId }) => (
            <button key={id} type="button" data-testid={testId} aria-current={view === id && !openThread ? 'page' : undefined} onClick={() => chooseView(id)}>
              {t(`view.${id}`)} <span class="count">{loading ? '…' : counts[id].toLocaleString()}</span>
            </button>
          ))}
        </nav>
        <span class="spacer" />
        <ExportMenu onExport={exportOpen} />
        <button type="button" class="ghost" aria-label={t('dashboard.help')} title={t('dashboard.help')} onClick={() => setHelpOpen(true)}>?</button>
        <button type="button" class="ghost" onClick={() => void host.openExtensionPage('options.html')}>{t('dashboard.options')}</button>
      </header>

      <div class={showDetail && !detailAsDrawer ? 'layout' : 'layout wide'}>
        <aside class="sidebar">
          <TabsPanel host={host} onScanned={(outcome) => { if (outcome.ok) void reload(); }} />
          <SitesPanel
            sites={counts.sites}
            current={filters.site}
            onPick={(site) => {
              setFilters({ ...filters, site, threadUrl: '' });
              if (view === 'threads') chooseView('queue');
              setActiveIndex(0);
            }}
          />
        </aside>

        <main class="main">
          {loadError ? (
            <p class="notice error" role="alert">
              {loadError.message}
              {loadError.detail ? <span class="error-detail">{t('error.detail', { detail: loadError.detail })}</span> : null}
            </p>
          ) : null}
          {openThread ? (
            <ThreadView
              thread={threadByUrl.get(openThread.url)}
              threadUrl={openThread.url}
              items={threadItems}
              focusKey={openThread.focusKey}
              onBack={() => setOpenThread(null)}
              onReveal={reveal}
            />
          ) : view === 'threads' ? (
            <ThreadsView
              threads={threads}
              items={items}
              onOpen={(url) => openThreadView(url, null)}
              onTrack={(url, tracked) => {
                data.setThreads((current) => current.map((thread) => (thread.url === url ? { ...thread, tracked } : thread)));
                store.setTracked(url, tracked).then(notifyBackground, (error) => showError(error));
              }}
              onRemove={(url) => void removeThread(url)}
              onRecheck={() => {
                host.send('tracked.recheck', undefined).then(
                  (result) => { showToast(...recheckNotice(result)); void reload(); },
                  (error) => showError(error),
                );
              }}
            />
          ) : (
            <>
              <FilterBar
                values={filters}
                search={search}
                sort={sort}
                threads={threads}
                languages={languages}
                showStatus={view === 'all'}
                searchRef={searchRef}
                onChange={(values) => { setFilters(values); setActiveIndex(0); }}
                onSearch={(text) => { setSearch(text); setActiveIndex(0); }}
                onSort={setSort}
              />
              <BulkBar
                count={selected.size}
                onAnswered={() => void setStatus('answered')}
                onDismiss={() => void setStatus('dismissed')}
                onSnooze={() => void setStatus('snoozed')}
                onReopen={() => void setStatus('open')}
                onClear={selection.clear}
              />
              <div class="listinfo" aria-live="polite">
                <span>{t('count.rows', { n: visible.length })}</span>
                <span aria-hidden="true"><kbd>j</kbd>/<kbd>k</kbd> · <kbd>a</kbd> <kbd>d</kbd> <kbd>s</kbd> · <kbd>u</kbd> · <kbd>?</kbd></span>
              </div>
              <QueueList
                items={visible}
                activeIndex={clampedIndex}
                selectedKeys={selected}
                keyboardMode={keyboardMode}
                threshold={settings?.labelThreshold ?? 0}
                emptyText={emptyText}
                emptyContent={firstRun ? <FirstRun /> : undefined}
                threadTitle={(url) => threadByUrl.get(url)?.title || url}
                isNew={isNew}
                listRef={listRef}
                onPick={(index, event) => {
                  if (event.shiftKey) toggleSelect(index, true);
                  setKeyboardMode(false);
                  setActiveIndex(index);
                  if (!event.shiftKey) openDrawer();
                }}
                onToggleSelect={toggleSelect}
                onReveal={reveal}
              />
            </>
          )}
        </main>

        {showDetail && (!detailAsDrawer || drawerOpen) ? (
          <DetailPane
            drawer={detailAsDrawer ? { onClose: closeDrawer } : undefined}
            item={active}
            thread={active ? threadByUrl.get(active.comment.threadUrl) : undefined}
            savedReplies={settings?.savedReplies ?? []}
            relabelOpen={relabelOpen}
            onRelabelOpen={setRelabelOpen}
            onStatus={(status, until) => active && void setStatus(status, until, [active.comment.key])}
            onRelabel={(labels) => active && void relabel(active, labels)}
            onDraft={(key, draft) => void change([key], { draft }, null)}
            onNote={(key, note) => void change([key], { note }, null)}
            onReveal={() => active && reveal(active)}
            onOpenThread={() => active && openThreadView(active.comment.threadUrl, active.comment.key)}
          />
        ) : null}
      </div>

      {helpOpen ? <HelpOverlay narrow={narrow} onClose={() => setHelpOpen(false)} /> : null}
      <Toast toast={toaster.toast} onUndo={undoShown} onClose={toaster.closeToast} />
    </div>
  );
}
