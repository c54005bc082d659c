// "Open tabs": the browser's tabs that may hold a thread, each with its Scan button and the
// progress or result of its last scan.
import { useEffect, useState } from 'preact/hooks';
import type { TabInfo, ScanOutcome } from '../lib/messages';
import { t } from '../lib/i18n';
import type { PageHost } from './host';
import { needsPermission, outcomeLines, progressText } from './scanText';
import { rawMessage } from './errorText';
import { hostPermission } from '../lib/safe-url';
import { UserText } from './UserText';

interface TabScanState {
  busy: boolean;
  ok: boolean | null;
  /** Read, with warnings (pages that failed, fewer comments than the page claims): shown as a warning, not a success. */
  partial?: boolean;
  lines: string[];
  needsPermission: boolean;
}

export function TabsPanel(props: { host: PageHost; onScanned(outcome: ScanOutcome): void }) {
  const { host } = props;
  const [tabs, setTabs] = useState<TabInfo[] | null>(null);
  const [states, setStates] = useState<Record<number, TabScanState>>({});
  const [listError, setListError] = useState<string | null>(null);

  const refresh = async () => {
    try {
      setTabs(await host.send('tabs.list', undefined));
      setListError(null);
    } catch (error) {
      setListError(t('scan.unreachable'));
      setTabs([]);
    }
  };

  useEffect(() => {
    void refresh();
    // Tabs open and close while the dashboard sits in the background: refresh on coming back.
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    const stopListening = host.onBroadcast((message) => {
      if (message.name !== 'scan.progress') return;
      const progress = message.data;
      const { tabId } = progress;
      if (tabId === undefined) return;
      setStates((current) => {
        const state = current[tabId];
        if (!state?.busy) return current;
        return { ...current, [tabId]: { ...state, lines: [progressText(progress)] } };
      });
    });
    return () => {
      window.removeEventListener('focus', onFocus);
      stopListening();
    };
  }, []);

  const update = (tabId: number, state: TabScanState) => setStates((current) => ({ ...current, [tabId]: state }));

  const scan = async (tab: TabInfo) => {
    update(tab.tabId, { busy: true, ok: null, lines: [t('scan.scanning')], needsPermission: false });
    let outcome: ScanOutcome;
    try {
      outcome = await host.send('scan.tab', { tabId: tab.tabId });
    } catch (error) {
      // No answer from the background at all (extension reloaded, worker gone).
      const detail = rawMessage(error);
      update(tab.tabId, { busy: false, ok: false, lines: detail ? [t('scan.unreachable'), t('error.detail', { detail })] : [t('scan.unreachable')], needsPermission: false });
      return;
    }
    const { ok, lines } = outcomeLines(outcome, tab.url);
    update(tab.tabId, { busy: false, ok, lines, partial: outcome.ok && outcome.warnings.length > 0, needsPermission: needsPermission(outcome) });
    props.onScanned(outcome);
  };

  const grant = async (tab: TabInfo) => {
    const pattern = hostPermission(tab.url);
    if (!pattern) return;
    if (await host.requestOrigins([pattern])) await scan(tab);
  };

  return (
    <section class="panel" aria-labelledby="tabs-title">
      <div class="panel-head">
        <h2 id="tabs-title">{t('tabs.title')}</h2>
        <button type="button" class="small ghost" onClick={() => void refresh()} aria-label={t('tabs.refresh')} title={t('tabs.refresh')}>↻</button>
      </div>
      <div class="panel-body">
        {listError ? <p class="tab-status error">{listError}</p> : null}
        {tabs === null ? <p class="muted small">{t('common.loading')}</p> : null}
        {tabs?.length === 0 && !listError ? <p class="muted small">{t('tabs.empty')}</p> : null}
        <ul class="tab-list">
          {(tabs ?? []).map((tab) => {
            const state = states[tab.tabId];
            return (
              <li key={tab.tabId} class="tab-row" data-testid="tab-row" data-url={tab.url}>
                <div style={{ minWidth: 0 }}>
                  <div class="tab-title"><UserText text={tab.title || tab.url} title={tab.title} /></div>
                  <div class="tab-url" title={tab.url}>
                    {tab.platform ? t('tabs.platform', { platform: tab.platform }) + ' · ' : ''}
                    {tab.canRead ? hostOf(tab.url) : `${hostOf(tab.url)} · ${t('tabs.noAccess')}`}
                  </div>
                </div>
                {/* Unavailable while scanning, but aria-disabled rather than disabled: a disabled button drops the focus. */}
                <button
                  type="button"
                  class={tab.platform ? 'small primary' : 'small'}
                  data-testid="scan-button"
                  aria-disabled={state?.busy ? 'true' : undefined}
                  onClick={() => { if (!state?.busy) void scan(tab); }}
                >
                  {state && !state.busy ? t('tabs.rescan') : t('tabs.scan')}
                </button>
                <div
                  class={`tab-status ${state?.ok === true ? (state.partial ? 'warn' : 'ok') : state?.ok === false ? 'error' : ''}`}
                  data-testid="scan-status"
                  role="status"
                  aria-live="polite"
                >
                  {(state?.lines ?? []).map((line, i) => <div key={i}>{line}</div>)}
                  {state?.needsPermission ? (
                    <button type="button" class="small" onClick={() => void grant(tab)}>{t('scan.grant')}</button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
