// The options page: staff accounts, site permissions, classifier settings, saved replies,
// data management (backup, restore, clear with undo) and appearance.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Backup, Correction, SavedReply, Settings, ThreadRecord, TriageStore } from '../lib/store/types';
import { parseBackup } from '../lib/store/backup';
import { parseLogins } from '../lib/logins';
import { CorrectionsFileError, exportCorrections, mergeCorrections, parseCorrections } from '../lib/store/learning';
import { fnv1aFrom } from '../lib/classify/hash';
import { formatDate, t } from '../lib/i18n';
import { hostPermission } from '../lib/safe-url';
import type { PageHost } from './host';
import { applyAppearance } from './appearance';
import { datedFilename, downloadText } from './download';
import { Logo } from './Logo';
import { errorLine, explainError, rawMessage, type ExplainedError } from './errorText';

export interface OptionsProps {
  store: TriageStore;
  host: PageHost;
  download?: (filename: string, text: string, mime: string) => void;
}

type Notice = { kind: 'ok' | 'error' | 'warn'; text: string } | null;

export function Options(props: OptionsProps) {
  const { store, host } = props;
  const download = props.download ?? downloadText;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [threads, setThreads] = useState<ThreadRecord[]>([]);
  const [commentCount, setCommentCount] = useState(0);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = async () => {
    try {
      const [nextSettings, nextThreads, comments, nextCorrections] = await Promise.all([
        store.getSettings(), store.listThreads(), store.countComments(), store.listCorrections(),
      ]);
      applyAppearance(nextSettings);
      setSettings(nextSettings);
      setThreads(nextThreads);
      setCommentCount(comments);
      setCorrections(nextCorrections);
    } catch (e) {
      setError(errorLine(e));
    }
  };
  useEffect(() => void reload(), []);

  const save = async (patch: Partial<Settings>) => {
    const next = await store.updateSettings(patch);
    applyAppearance(next);
    setSettings(next);
    host.send('store.changed', undefined).catch(() => undefined);
    return next;
  };

  if (!settings) {
    return <main class="options"><p class="muted">{error ?? t('common.loading')}</p></main>;
  }

  return (
    <main class="options">
      <header><Logo size={28} /><h1>{t('options.title')}</h1></header>
      {error ? <p class="notice error" role="alert">{error}</p> : null}
      <StaffSection settings={settings} onSave={save} />
      <SitesSection threads={threads} host={host} settings={settings} onSave={save} />
      <ClassifierSection settings={settings} corrections={corrections} store={store} host={host} download={download} onSave={save} onChanged={reload} />
      <SavedRepliesSection settings={settings} onSave={save} />
      <DataSection store={store} host={host} threads={threads.length} comments={commentCount} download={download} onChanged={reload} />
      <AppearanceSection settings={settings} onSave={save} />
    </main>
  );
}

type Save = (patch: Partial<Settings>) => Promise<Settings>;

/**
 * Saves one setting from a control. A failure is said in the section's notice; the control then
 * shows the stored value again, because the section re-renders from settings that did not change.
 */
function saveSetting(onSave: Save, patch: Partial<Settings>, setNotice: (notice: Notice) => void): void {
  onSave(patch).then(
    () => setNotice(null),
    (e: unknown) => setNotice({ kind: 'error', text: errorLine(e) }),
  );
}

/**
 * Each section's notices go in a live region that is always on the page, empty until there is something to say: a
 * region inserted together with its text is often not announced. While empty it takes no room in the section.
 */
function StatusRegion(props: { empty: boolean; children?: ComponentChildren }) {
  return <div role="status" class={props.empty ? 'visually-hidden' : undefined}>{props.children}</div>;
}

/**
 * A button that is unavailable while a replacement runs. It is marked aria-disabled rather than disabled, so the
 * focus stays on it (a disabled button drops focus to <body>); its click handler must ignore clicks meanwhile.
 * Dimmed as theme.css dims disabled buttons.
 */
function busyButton(busy: boolean) {
  return { 'aria-disabled': busy ? ('true' as const) : undefined, 'aria-busy': busy };
}

/** Focuses the first element that is still on the page and not disabled. */
function focusFirst(candidates: Array<HTMLElement | null | undefined>): void {
  candidates.find((el) => el?.isConnected && !(el as HTMLButtonElement).disabled)?.focus();
}

/** After a row's delete button removed its row: true when focus was on it (or was dropped with it), so it may move. */
function focusWasOn(button: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === button || !active.isConnected;
}

/**
 * A confirmation shown in the page (role="alertdialog"). On opening, focus moves to Cancel, the safer choice; Escape
 * is Cancel. However it closes (Cancel, Escape, the confirm button, or the page closing it), focus goes back to the
 * first of `returnTo` still on the page and enabled: the button that opened it, then a fallback in the same section.
 */
function ConfirmBox(props: {
  label: string;
  confirmLabel: string;
  confirmTestId?: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
  returnTo(): Array<HTMLElement | null | undefined>;
  children: ComponentChildren;
}) {
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnTo = useRef(props.returnTo);
  returnTo.current = props.returnTo;
  const describedBy = useId();
  useLayoutEffect(() => {
    cancel.current?.focus();
    const node = box.current;
    return () => {
      // Only when focus is in the box, or went to <body> with it: focus the user put elsewhere stays there.
      const active = document.activeElement;
      if (active && active !== document.body && !node?.contains(active)) return;
      focusFirst(returnTo.current());
    };
  }, []);
  const busy = props.busy ?? false;
  return (
    <div
      ref={box}
      class="notice warn"
      role="alertdialog"
      aria-label={props.label}
      aria-describedby={describedBy}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        props.onCancel();
      }}
    >
      <div id={describedBy}>{props.children}</div>
      <div class="actions" style={{ marginTop: '8px' }}>
        <button type="button" class="danger solid" data-testid={props.confirmTestId} {...busyButton(busy)} onClick={() => { if (!busy) props.onConfirm(); }}>
          {props.confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={props.onCancel}>{t('common.cancel')}</button>
      </div>
    </div>
  );
}

/** "https://Forum.Example.org/t/1" or "forum.example.org" -> "forum.example.org" */
export function normaliseSite(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return '';
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return trimmed;
  }
}

export { parseLogins };

function StaffSection(props: { settings: Settings; onSave: Save }) {
  const [site, setSite] = useState('');
  const [logins, setLogins] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const siteRef = useRef<HTMLInputElement>(null);
  const loginsRef = useRef<HTMLInputElement>(null);
  const accounts = Object.entries(props.settings.staffAccounts).sort(([a], [b]) => a.localeCompare(b));

  const submit = async (event: Event) => {
    event.preventDefault();
    const host = normaliseSite(site);
    if (!host) return;
    const list = parseLogins(logins);
    const next = { ...props.settings.staffAccounts };
    if (list.length) next[host] = list;
    else delete next[host];
    // On failure the form keeps what was typed, so it can be sent again.
    if (await saveStaff(next, host)) {
      setSite('');
      setLogins('');
    }
  };

  /** `site`: the site whose logins were added or changed; reply states are worked out when a thread is scanned. */
  const saveStaff = async (staffAccounts: Settings['staffAccounts'], site?: string): Promise<boolean> => {
    try {
      await props.onSave({ staffAccounts });
      setNotice({ kind: 'ok', text: site ? t('options.staffSavedRescan', { site }) : t('common.saved') });
      return true;
    } catch (e) {
      setNotice({ kind: 'error', text: errorLine(e) });
      return false;
    }
  };

  /** After a removal, focus goes to the next row's ×, else the previous row's, else the Site field. */
  const remove = async (host: string, button: HTMLElement) => {
    const hosts = accounts.map(([site]) => site);
    const index = hosts.indexOf(host);
    const next = { ...props.settings.staffAccounts };
    delete next[host];
    if (!(await saveStaff(next)) || !focusWasOn(button)) return;
    const removeButton = (site: string | undefined) =>
      [...(sectionRef.current?.querySelectorAll<HTMLElement>('tr[data-site]') ?? [])].find((row) => row.dataset.site === site)?.querySelector<HTMLElement>('button.danger');
    focusFirst([removeButton(hosts[index + 1]), removeButton(hosts[index - 1]), siteRef.current]);
  };

  return (
    <section class="panel" aria-labelledby="staff-title" ref={sectionRef}>
      <h2 id="staff-title">{t('options.staff')}</h2>
      <p class="muted small">{t('options.staffHint')}</p>
      {accounts.length ? (
        <table>
          <thead><tr><th>{t('options.staffSite')}</th><th>{t('options.staffLogins')}</th><th><span class="visually-hidden">{t('options.staffActions')}</span></th></tr></thead>
          <tbody>
            {accounts.map(([host, list]) => (
              <tr key={host} data-testid="staff-entry" data-site={host}>
                <td>{host}</td>
                <td>{list.join(', ')}</td>
                <td style={{ textAlign: 'right' }}>
                  <button
                    type="button"
                    class="small"
                    aria-label={t('options.staffEdit', { site: host })}
                    title={t('options.staffEdit', { site: host })}
                    onClick={() => { setSite(host); setLogins(list.join(', ')); loginsRef.current?.focus(); }}
                  >
                    ✎
                  </button>{' '}
                  <button
                    type="button"
                    class="small danger"
                    aria-label={t('options.staffRemove', { site: host })}
                    onClick={(event) => void remove(host, event.currentTarget)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted small">{t('options.staffEmpty')}</p>
      )}
      <form class="row-form" onSubmit={(event) => void submit(event)}>
        <label class="field">
          {t('options.staffSite')}
          <input data-testid="staff-site" ref={siteRef} value={site} placeholder="forum.example.org" onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field" style={{ flex: 1 }}>
          {t('options.staffLogins')}
          <input data-testid="staff-logins" ref={loginsRef} value={logins} placeholder="alice, bob" onInput={(e) => setLogins((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary" data-testid="staff-save">{t('options.staffAdd')}</button>
      </form>
      <StatusRegion empty={!notice}>{notice ? <p class={`notice ${notice.kind}`}>{notice.text}</p> : null}</StatusRegion>
    </section>
  );
}

function SitesSection(props: { threads: ThreadRecord[]; host: PageHost; settings: Settings; onSave: Save }) {
  const sites = siteOrigins(props.threads);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const check = async () => {
    const entries = await Promise.all(
      sites.map(async (site) => [site.origin, await props.host.hasOrigins([hostPermission(site.origin)!]).catch(() => false)] as const),
    );
    setGranted(Object.fromEntries(entries));
  };
  useEffect(() => void check(), [sites.map((site) => site.origin).join(' ')]);
  // The browser call must start in the click itself (a user gesture), so it is not awaited first.
  const changeAccess = (request: Promise<boolean>) => {
    setNotice(null);
    request.then(check, (e: unknown) => setNotice({ kind: 'error', text: errorLine(e) }));
  };

  return (
    <section class="panel" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options.sites')}</h2>
      <p class="muted small">{t('options.sitesHint')}</p>
      {sites.length ? (
        <table>
          <tbody>
            {sites.map((site) => (
              <tr key={site.origin} data-testid="site-row" data-origin={site.origin}>
                <td>{site.origin}</td>
                <td class="small muted">{t('options.trackedCount', { n: site.tracked })}</td>
                <td data-testid="site-access">
                  {/* Unknown until the browser answers: "no access" meanwhile would be a false alarm. */}
                  <span class={granted[site.origin] ? 'status-dot on' : 'status-dot'} />
                  {site.origin in granted ? (granted[site.origin] ? t('options.granted') : t('options.notGranted')) : t('options.checkingAccess')}
                </td>
                <td style={{ textAlign: 'right' }}>
                  {!(site.origin in granted) ? null : granted[site.origin] ? (
                    <button type="button" class="small" onClick={() => changeAccess(props.host.removeOrigins([hostPermission(site.origin)!]))}>{t('options.revoke')}</button>
                  ) : (
                    <button type="button" class="small primary" onClick={() => changeAccess(props.host.requestOrigins([hostPermission(site.origin)!]))}>{t('options.grant')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted small">{t('options.sitesEmpty')}</p>
      )}
      <AddSiteForm host={props.host} onGranted={check} />
      <label class="field" style={{ maxWidth: '320px' }}>
        {t('options.recheckMinutes')}
        <input
          type="number"
          min={5}
          max={1440}
          value={props.settings.recheckMinutes}
          onChange={(e) => {
            const minutes = Math.round(Number((e.currentTarget as HTMLInputElement).value));
            if (Number.isFinite(minutes) && minutes >= 5 && minutes <= 1440) saveSetting(props.onSave, { recheckMinutes: minutes }, setNotice);
            else setNotice({ kind: 'error', text: t('options.recheckRange', { value: (e.currentTarget as HTMLInputElement).value || '—' }) });
          }}
        />
      </label>
      <StatusRegion empty={!notice}>{notice ? <p class={`notice ${notice.kind}`} data-testid="sites-notice">{notice.text}</p> : null}</StatusRegion>
    </section>
  );
}

/** "disqus.com" or a pasted URL -> the https origin to ask for; null when it is not a site. */
export function originFromInput(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

function AddSiteForm(props: { host: PageHost; onGranted(): void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="row-form"
      onSubmit={(event) => {
        event.preventDefault();
        const origin = originFromInput(value);
        if (!origin) {
          setError(t('options.addSiteInvalid'));
          return;
        }
        setError(null);
        // Must run inside the submit (a user gesture) for the browser to show its prompt.
        props.host.requestOrigins([hostPermission(origin)!]).then(
          (granted) => {
            if (granted) setValue('');
            props.onGranted();
          },
          (e: unknown) => setError(errorLine(e)),
        );
      }}
    >
      <label class="field">
        {t('options.addSite')}
        <input type="text" value={value} placeholder="disqus.com" data-testid="site-add" onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary">{t('options.grant')}</button>
      {error ? <p class="notice error" role="alert">{error}</p> : null}
    </form>
  );
}

function siteOrigins(threads: ThreadRecord[]): Array<{ origin: string; tracked: number }> {
  const map = new Map<string, number>();
  for (const thread of threads) {
    try {
      const url = new URL(thread.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      map.set(url.origin, (map.get(url.origin) ?? 0) + (thread.tracked ? 1 : 0));
    } catch {
      // A thread URL that does not parse has no site to grant.
    }
  }
  return [...map].map(([origin, tracked]) => ({ origin, tracked })).sort((a, b) => b.tracked - a.tracked || a.origin.localeCompare(b.origin));
}

function ClassifierSection(props: {
  settings: Settings; corrections: Correction[]; store: TriageStore; host: PageHost;
  download: NonNullable<OptionsProps['download']>; onSave: Save; onChanged(): Promise<void>;
}) {
  const [notice, setNotice] = useState<Notice>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  // Set when a reset is confirmed: once it has emptied the corrections, the Reset button is disabled, which would drop
  // the focus it got back from the confirmation, so the section's heading takes it.
  const resetting = useRef(false);
  useEffect(() => {
    if (props.corrections.length || !resetting.current) return;
    resetting.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || active === resetRef.current) headingRef.current?.focus();
  }, [props.corrections.length]);
  const changed = async () => {
    props.host.send('store.changed', undefined).catch(() => undefined);
    await props.onChanged();
  };
  const importFile = async (file: File) => {
    try {
      // lib/store/learning.ts checks every record and takes each id from its text, so a hand-edited text cannot
      // leave two corrections for one text.
      // Merged with what the store holds now, not this page's copy: relabels made since it opened stay.
      const imported = parseCorrections(await file.text());
      const merged = mergeCorrections(await props.store.listCorrections(), imported);
      await props.store.replaceCorrections(merged);
      setNotice({ kind: 'ok', text: t('options.corrections', { n: merged.length }) });
      await changed();
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof CorrectionsFileError ? `${t('options.correctionsBad')} ${e.message}` : errorLine(e) });
    }
  };
  const resetCorrections = async () => {
    try {
      resetting.current = true;
      await props.store.replaceCorrections([]);
      await changed();
    } catch (e) {
      resetting.current = false;
      setNotice({ kind: 'error', text: errorLine(e) });
    }
  };
  return (
    <section class="panel" aria-labelledby="classifier-title">
      <h2 id="classifier-title" tabIndex={-1} ref={headingRef}>{t('options.classifier')}</h2>
      <label class="field" style={{ maxWidth: '320px' }}>
        {t('options.threshold')}: {props.settings.labelThreshold.toFixed(2)}
        <span class="small">{t('options.thresholdHint')}</span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={props.settings.labelThreshold}
          data-testid="threshold"
          onChange={(e) => saveSetting(props.onSave, { labelThreshold: Number((e.currentTarget as HTMLInputElement).value) }, setNotice)}
        />
      </label>
      <p>{t('options.corrections', { n: props.corrections.length })}</p>
      <div class="actions">
        <button
          type="button"
          disabled={!props.corrections.length}
          onClick={() => props.download(datedFilename('corrections', 'json', new Date()), exportCorrections(props.corrections), 'application/json')}
        >
          {t('options.correctionsExport')}
        </button>
        <label class="button">
          {t('options.correctionsImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="corrections-import"
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) void importFile(file);
              (e.currentTarget as HTMLInputElement).value = '';
            }}
          />
        </label>
        <button type="button" class="danger" ref={resetRef} disabled={!props.corrections.length} onClick={() => setConfirmReset(true)}>{t('options.correctionsReset')}</button>
      </div>
      {confirmReset ? (
        <ConfirmBox
          label={t('options.correctionsReset')}
          confirmLabel={t('options.correctionsReset')}
          onConfirm={() => { setConfirmReset(false); void resetCorrections(); }}
          onCancel={() => setConfirmReset(false)}
          returnTo={() => [resetRef.current, headingRef.current]}
        >
          <p>{t('options.correctionsResetConfirm', { n: props.corrections.length })}</p>
        </ConfirmBox>
      ) : null}
      <StatusRegion empty={!notice}>{notice ? <p class={`notice ${notice.kind}`}>{notice.text}</p> : null}</StatusRegion>
    </section>
  );
}

function SavedRepliesSection(props: { settings: Settings; onSave: Save }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const replies = props.settings.savedReplies;
  const saveReplies = async (savedReplies: SavedReply[]): Promise<boolean> => {
    try {
      await props.onSave({ savedReplies });
      setNotice(null);
      return true;
    } catch (e) {
      setNotice({ kind: 'error', text: errorLine(e) });
      return false;
    }
  };
  const add = async (event: Event) => {
    event.preventDefault();
    if (!title.trim() || !body.trim()) return;
    const reply: SavedReply = { id: `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, title: title.trim(), body };
    // On failure the form keeps the reply, so it is not lost.
    if (await saveReplies([...replies, reply])) {
      setTitle('');
      setBody('');
    }
  };
  /** After a deletion, focus goes to the next reply's ×, else the previous one's, else the Title field. */
  const remove = async (id: string, button: HTMLElement) => {
    const ids = replies.map((reply) => reply.id);
    const index = ids.indexOf(id);
    if (!(await saveReplies(replies.filter((r) => r.id !== id))) || !focusWasOn(button)) return;
    const removeButton = (replyId: string | undefined) =>
      [...(sectionRef.current?.querySelectorAll<HTMLElement>('tr[data-reply]') ?? [])].find((row) => row.dataset.reply === replyId)?.querySelector<HTMLElement>('button.danger');
    focusFirst([removeButton(ids[index + 1]), removeButton(ids[index - 1]), titleRef.current]);
  };
  return (
    <section class="panel" aria-labelledby="replies-title" ref={sectionRef}>
      <h2 id="replies-title">{t('options.savedReplies')}</h2>
      {replies.length ? (
        <table>
          <tbody>
            {replies.map((reply) => (
              <tr key={reply.id} data-reply={reply.id}>
                <td><strong>{reply.title}</strong><div class="small muted" style={{ whiteSpace: 'pre-wrap' }}>{reply.body}</div></td>
                <td style={{ textAlign: 'right' }}>
                  <button
                    type="button"
                    class="small danger"
                    aria-label={t('options.savedReplyDelete', { title: reply.title })}
                    title={t('options.savedReplyDelete', { title: reply.title })}
                    onClick={(event) => void remove(reply.id, event.currentTarget)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form onSubmit={(event) => void add(event)} style={{ display: 'flex', flexDirection: 'column', gap: '8px' }}>
        <label class="field">{t('options.savedReplyTitle')}<input ref={titleRef} value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} /></label>
        <label class="field">{t('options.savedReplyBody')}<textarea value={body} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} /></label>
        <p><button type="submit" disabled={!title.trim() || !body.trim()}>{t('options.savedReplyAdd')}</button></p>
      </form>
      <StatusRegion empty={!notice}>{notice ? <p class={`notice ${notice.kind}`} data-testid="replies-notice">{notice.text}</p> : null}</StatusRegion>
    </section>
  );
}

function DataSection(props: {
  store: TriageStore; host: PageHost; threads: number; comments: number;
  download: NonNullable<OptionsProps['download']>; onChanged(): Promise<void>;
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

/** A copy kept for Undo, and what the change that replaced it left in the store (null: unknown). */
interface Previous {
  backup: Backup;
  after: Snapshot | null;
}

/** A fingerprint of the stored data, and its size: enough to tell whether anything was written since. */
interface Snapshot {
  hash: string;
  threads: number;
  comments: number;
}

/**
 * Hashed record by record rather than as one string (a store of 50,000 comments is about 46 MB of JSON, which the page
 * would otherwise hold while it stays open). Left out: the moment of export, and when each thread was last opened in
 * the dashboard, which opening it changes without changing any data.
 */
function snapshotOf(backup: Backup): Snapshot {
  const { threads, comments, triage, corrections, settings } = backup;
  // Two 32-bit FNV passes with different seeds: 64 bits, so a change going unnoticed is out of the question.
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  const add = (record: unknown) => {
    const text = JSON.stringify(record) + '\n';
    a = fnv1aFrom(a, text);
    b = fnv1aFrom(b, text);
  };
  for (const { lastVisitedAt: _visited, ...thread } of threads) add(thread);
  for (const list of [comments, triage, corrections]) for (const record of list) add(record);
  add(settings);
  return { hash: `${a.toString(16)}-${b.toString(16)}`, threads: threads.length, comments: comments.length };
}

/** Says in plain words what Undo would replace besides the change it undoes. */
function undoWarning(now: Snapshot, after: Snapshot | null): string {
  const addedThreads = after ? Math.max(0, now.threads - after.threads) : 0;
  const addedComments = after ? Math.max(0, now.comments - after.comments) : 0;
  if (!addedThreads && !addedComments) return t('options.undoConfirmChanged');
  return t('options.undoConfirmAdded', {
    threads: t('count.threads', { n: addedThreads }),
    comments: t('count.comments', { n: addedComments }),
  });
}

function AppearanceSection(props: { settings: Settings; onSave: Save }) {
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <section class="panel" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t('options.appearance')}</h2>
      <div class="row-form">
        <label class="field">
          {t('options.theme')}
          <select data-testid="theme" value={props.settings.theme} onChange={(e) => saveSetting(props.onSave, { theme: (e.currentTarget as HTMLSelectElement).value as Settings['theme'] }, setNotice)}>
            <option value="system">{t('options.theme.system')}</option>
            <option value="light">{t('options.theme.light')}</option>
            <option value="dark">{t('options.theme.dark')}</option>
          </select>
        </label>
        <label class="field">
          {t('options.language')}
          <select data-testid="language" value={props.settings.locale} onChange={(e) => saveSetting(props.onSave, { locale: (e.currentTarget as HTMLSelectElement).value as Settings['locale'] }, setNotice)}>
            <option value="auto">{t('options.language.auto')}</option>
            <option value="en">{t('options.language.en')}</option>
            <option value="es">{t('options.language.es')}</option>
          </select>
        </label>
      </div>
      <StatusRegion empty={!notice}>{notice ? <p class={`notice ${notice.kind}`} data-testid="appearance-notice">{notice.text}</p> : null}</StatusRegion>
    </section>
  );
}

/** A rejected backup says why in the UI's language; anything else falls back to "nothing was changed". */
function restoreProblem(error: unknown): ExplainedError {
  const explained = explainError(error);
  if (explained.kind === 'backup-rejected') return explained;
  return { ...explained, message: `${t('options.restoreError')} ${explained.message}`, detail: explained.detail ?? rawMessage(error) };
}

