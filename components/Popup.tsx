// The toolbar popup: scan the active tab, show what was found in plain words, open the dashboard.
import { useEffect, useState } from 'preact/hooks';
import type { ScanOutcome } from '../lib/messages';
import { t } from '../lib/i18n';
import type { PageHost } from './host';
import { Logo } from './Logo';
import { needsPermission, outcomeLines, progressText } from './scanText';
import { rawMessage } from './errorText';
import { hostPermission } from '../lib/safe-url';

export interface ActiveTab {
  id: number;
  url: string;
}

type State =
  | { phase: 'idle' }
  | { phase: 'scanning'; tabId: number; text: string }
  | { phase: 'done'; ok: boolean; lines: string[]; needsPermission: boolean };

export function Popup(props: { host: PageHost; getActiveTab(): Promise<ActiveTab | null>; onOpenDashboard(): void }) {
  const { host } = props;
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [tab, setTab] = useState<ActiveTab | null>(null);

  useEffect(() => {
    props.getActiveTab().then(setTab, () => setTab(null));
    return host.onBroadcast((message) => {
      if (message.name !== 'scan.progress') return;
      const progress = message.data;
      // Only this popup's scan: another tab's (started from the dashboard) and the page reader's own untagged
      // message come through here too.
      setState((current) =>
        current.phase === 'scanning' && current.tabId === progress.tabId ? { ...current, text: progressText(progress) } : current,
      );
    });
  }, []);

  const scan = async () => {
    const target = tab ?? (await props.getActiveTab());
    if (!target) {
      setState({ phase: 'done', ok: false, lines: [t('popup.noTab')], needsPermission: false });
      return;
    }
    setState({ phase: 'scanning', tabId: target.id, text: t('scan.scanning') });
    let outcome: ScanOutcome;
    try {
      outcome = await host.send('scan.tab', { tabId: target.id });
    } catch (error) {
      // No answer at all: the background is the problem whatever the browser's words were.
      const detail = rawMessage(error);
      setState({ phase: 'done', ok: false, lines: detail ? [t('scan.unreachable'), t('error.detail', { detail })] : [t('scan.unreachable')], needsPermission: false });
      return;
    }
    const { ok, lines } = outcomeLines(outcome, target.url);
    setState({ phase: 'done', ok, lines, needsPermission: needsPermission(outcome) });
  };

  const grant = async () => {
    const pattern = tab ? hostPermission(tab.url) : null;
    if (pattern && (await host.requestOrigins([pattern]))) await scan();
  };

  const scanning = state.phase === 'scanning';
  return (
    <main class="popup">
      <header>
        <h1 class="brand"><Logo /> {t('popup.title')}</h1>
      </header>
      {state.phase === 'idle' ? <p class="muted small">{t('popup.hint')}</p> : null}
      {/* Always on the page and empty until a scan starts (hidden meanwhile, taking no room): a live region inserted
          together with its text is often not announced. */}
      <div role="status" aria-live="polite" class={state.phase === 'idle' ? 'visually-hidden' : undefined}>
        {state.phase !== 'idle' ? (
          <div
            class={`result ${state.phase === 'done' ? (state.ok ? 'ok' : 'error') : ''}`}
            data-testid="scan-result"
          >
            {state.phase === 'scanning' ? (
              <span class="headline">{state.text}</span>
            ) : (
              <>
                <span class="headline">{state.lines[0]}</span>
                {state.lines.slice(1).map((line, i) => <span key={i} class="small">{line}</span>)}
                {state.needsPermission ? (
                  <button type="button" class="small" onClick={() => void grant()}>{t('scan.grant')}</button>
                ) : null}
              </>
            )}
          </div>
        ) : null}
      </div>
      <div class="buttons">
        {/* Unavailable while scanning, but aria-disabled rather than disabled: a disabled button drops the focus. */}
        <button
          type="button"
          class="primary"
          data-testid="scan-page"
          aria-disabled={scanning ? 'true' : undefined}
          onClick={() => { if (!scanning) void scan(); }}
        >
          {t('popup.scanPage')}
        </button>
        <button type="button" data-testid="open-dashboard" onClick={props.onOpenDashboard}>{t('popup.openDashboard')}</button>
      </div>
    </main>
  );
}
