// Site access: the sites of the scanned threads, each with whether Threadsift may read it and a button to grant or
// revoke that; a form to allow a site with no thread yet; and how often tracked threads are re-checked.
import { useEffect, useState } from 'preact/hooks';
import type { Settings, ThreadRecord } from '../../lib/store/types';
import { t } from '../../lib/i18n';
import { hostPermission } from '../../lib/safe-url';
import type { PageHost } from '../host';
import { errorLine } from '../errorText';
import { StatusRegion, saveSetting, type Notice, type Save } from './sectionParts';
import { originFromInput, siteOrigins } from './siteInput';

export function SitesSection(props: { threads: ThreadRecord[]; host: PageHost; settings: Settings; onSave: Save }) {
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

/** Grants access to a site that has no thread yet (a comments host such as disqus.com, typed or pasted). */
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
