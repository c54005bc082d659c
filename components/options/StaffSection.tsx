// Staff accounts: per site, the logins whose comments count as the site's own (staff replies answer threads).
import { useRef, useState } from 'preact/hooks';
import type { Settings, ThreadRecord } from '../../lib/store/types';
import { parseLogins } from '../../lib/logins';
import { t } from '../../lib/i18n';
import { hostPermission } from '../../lib/safe-url';
import { failedThreadLine } from '../recheckText';
import type { PageHost } from '../host';
import type { RecheckOutcome } from '../../lib/messages';
import { errorLine } from '../errorText';
import { busyButton, focusFirst, focusWasOn } from './focus';
import { StatusRegion, type Notice, type Save } from './sectionParts';
import { normaliseSite, siteOrigins } from './siteInput';

/** Threads read again per message to the background. */
const REREAD_BATCH = 10;

export function StaffSection(props: { settings: Settings; threads: ThreadRecord[]; host: PageHost; onSave: Save }) {
  const [site, setSite] = useState('');
  const [logins, setLogins] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  /** The site whose stored threads the notice offers to read again (their comments' roles were decided when read). */
  const [rereadable, setRereadable] = useState<string | null>(null);
  const [rereading, setRereading] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const siteRef = useRef<HTMLInputElement>(null);
  const loginsRef = useRef<HTMLInputElement>(null);
  const rereadRef = useRef<HTMLButtonElement>(null);
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
      const stored = site ? storedOn(site).length : 0;
      setRereadable(stored ? site! : null);
      setNotice({
        kind: 'ok',
        text: !site ? t('common.saved') : stored ? t('options.staffSavedStored', { n: stored, site }) : t('options.staffSaved', { site }),
      });
      return true;
    } catch (e) {
      setNotice({ kind: 'error', text: errorLine(e) });
      return false;
    }
  };

  const storedOn = (site: string) => props.threads.filter((thread) => thread.site === site);

  /** Reads the site's stored threads again in the background, asking for access to the site first (one prompt). */
  const reread = async (site: string) => {
    setRereading(true);
    setNotice({ kind: 'ok', text: t('options.staffRereading') });
    try {
      const permissions = siteOrigins(storedOn(site)).map(({ origin }) => hostPermission(origin)).filter((p): p is string => !!p);
      if (!(await props.host.requestOrigins(permissions).catch(() => false))) {
        setNotice({ kind: 'warn', text: t('options.staffRereadDenied', { site }) });
        return;
      }
      // A few threads per message: each is a short task for the background (a browser may stop one that runs for
      // minutes), and the notice can say how far it has come.
      const urls = storedOn(site).map((thread) => thread.url);
      const outcome: RecheckOutcome = { checked: 0, newFollowUps: 0, reopened: 0, failed: [] };
      for (let from = 0; from < urls.length; from += REREAD_BATCH) {
        if (from > 0) setNotice({ kind: 'ok', text: t('options.staffRereadingCount', { done: from, total: urls.length }) });
        const batch = await props.host.send('site.reread', { site, urls: urls.slice(from, from + REREAD_BATCH) });
        outcome.checked += batch.checked;
        outcome.newFollowUps += batch.newFollowUps;
        outcome.reopened += batch.reopened;
        outcome.failed.push(...batch.failed);
      }
      // The button goes with the offer: focus moves to the Site field rather than dropping to the page.
      const hadFocus = focusWasOn(rereadRef.current!);
      setRereadable(null);
      if (hadFocus) focusFirst([siteRef.current]);
      const done = t('options.staffRereadDone', { n: outcome.checked, site });
      const failed = outcome.failed.map(failedThreadLine);
      setNotice(failed.length
        ? { kind: 'warn', text: `${done} ${t('options.staffRereadFailed', { n: failed.length })} ${failed.join('; ')}` }
        : { kind: 'ok', text: done });
    } catch (e) {
      setNotice({ kind: 'error', text: errorLine(e) });
    } finally {
      setRereading(false);
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
      {rereadable ? (
        <button type="button" data-testid="staff-reread" ref={rereadRef} {...busyButton(rereading)} onClick={() => { if (!rereading) void reread(rereadable); }}>
          {rereading ? t('options.staffRereading') : t('options.staffReread', { n: storedOn(rereadable).length })}
        </button>
      ) : null}
    </section>
  );
}
