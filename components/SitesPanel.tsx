// Sidebar summary: open items and open follow-ups per site; a click filters the queue to that site.
import { t } from '../lib/i18n';

export interface SiteCount {
  site: string;
  open: number;
  followUps: number;
}

export function SitesPanel(props: { sites: SiteCount[]; current: string; onPick(site: string): void }) {
  if (!props.sites.length) return null;
  return (
    <section class="panel" aria-labelledby="sites-title">
      <div class="panel-head">
        <h2 id="sites-title">{t('sites.title')}</h2>
      </div>
      <div class="panel-body">
        <p class="muted small">{t('sites.hint')}</p>
        <ul class="site-list">
          {props.sites.map((entry) => (
            <li key={entry.site}>
              <button
                type="button"
                class={entry.site === props.current ? 'ghost current' : 'ghost'}
                aria-pressed={entry.site === props.current}
                onClick={() => props.onPick(entry.site === props.current ? '' : entry.site)}
              >
                <span class="site-name">{entry.site}</span>
                <span class="count" title={t('count.open', { n: entry.open })}>{entry.open.toLocaleString()}</span>
                {entry.followUps ? <span class="badge follow-up" title={t('count.followUps', { n: entry.followUps })}>{entry.followUps}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
