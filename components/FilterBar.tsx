// Search, filters and sort above the queue. The values are plain strings ('' = any) so they map
// one-to-one onto form controls; Dashboard turns them into the store's queue filter.
// Compact by design: each control names itself ("All sites") and carries an aria-label.
import type { Ref } from 'preact';
import type { TriageStatus, ThreadRecord } from '../lib/store/types';
import { LABELS, type Label } from '../lib/thread';
import { t } from '../lib/i18n';
import { SearchIcon } from './Logo';
import { labelName } from './LabelChip';

export type SortKey = 'newest' | 'oldest' | 'score' | 'thread';

export interface FilterValues {
  label: Label | '';
  status: TriageStatus | '';
  site: string;
  threadUrl: string;
  lang: string;
  from: string;
  to: string;
}

export const NO_FILTERS: FilterValues = { label: '', status: '', site: '', threadUrl: '', lang: '', from: '', to: '' };

const STATUSES: TriageStatus[] = ['open', 'answered', 'dismissed', 'snoozed'];
const SORTS: SortKey[] = ['newest', 'oldest', 'score', 'thread'];

export interface FilterBarProps {
  values: FilterValues;
  search: string;
  sort: SortKey;
  threads: ThreadRecord[];
  languages: string[];
  showStatus: boolean;
  searchRef: Ref<HTMLInputElement>;
  onChange(values: FilterValues): void;
  onSearch(text: string): void;
  onSort(sort: SortKey): void;
}

export function FilterBar(props: FilterBarProps) {
  const { values } = props;
  const sites = [...new Set(props.threads.map((thread) => thread.site))].sort();
  const threads = props.threads.filter((thread) => !values.site || thread.site === values.site);
  const set = (patch: Partial<FilterValues>) => props.onChange({ ...values, ...patch });
  const active = Object.values(values).some(Boolean) || props.search !== '';
  const read = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  return (
    <div class="filterbar" role="search" aria-label={t('filters.label')}>
      <div class="filter-line">
        <label class="search search-wrap">
          <span class="visually-hidden">{t('filters.search')}</span>
          <SearchIcon />
          <input
            ref={props.searchRef}
            type="search"
            data-testid="search"
            placeholder={t('filters.searchPlaceholder')}
            value={props.search}
            onInput={(event) => props.onSearch(read(event))}
          />
        </label>
        <select aria-label={t('filters.sort')} value={props.sort} onChange={(event) => props.onSort(read(event) as SortKey)}>
          {SORTS.map((sort) => <option key={sort} value={sort}>{t(`sort.${sort}`)}</option>)}
        </select>
      </div>
      <div class="filter-line compact">
        <select aria-label={t('filters.labels')} data-testid="filter-label" value={values.label} onChange={(event) => set({ label: read(event) as Label | '' })}>
          <option value="">{t('filters.allLabels')}</option>
          {LABELS.map((label) => <option key={label} value={label}>{labelName(label)}</option>)}
        </select>
        {props.showStatus ? (
          <select aria-label={t('filters.status')} data-testid="filter-status" value={values.status} onChange={(event) => set({ status: read(event) as TriageStatus | '' })}>
            <option value="">{t('filters.allStatuses')}</option>
            {STATUSES.map((status) => <option key={status} value={status}>{t(`status.${status}`)}</option>)}
          </select>
        ) : null}
        <select aria-label={t('filters.site')} data-testid="filter-site" value={values.site} onChange={(event) => set({ site: read(event), threadUrl: '' })}>
          <option value="">{t('filters.allSites')}</option>
          {sites.map((site) => <option key={site} value={site}>{site}</option>)}
        </select>
        <select aria-label={t('filters.thread')} data-testid="filter-thread" class="wide" value={values.threadUrl} onChange={(event) => set({ threadUrl: read(event) })}>
          <option value="">{t('filters.allThreads')}</option>
          {threads.map((thread) => <option key={thread.url} value={thread.url}>{thread.title || thread.url}</option>)}
        </select>
        {props.languages.length > 1 ? (
          <select aria-label={t('filters.lang')} data-testid="filter-lang" value={values.lang} onChange={(event) => set({ lang: read(event) })}>
            <option value="">{t('filters.allLangs')}</option>
            {props.languages.map((lang) => <option key={lang} value={lang}>{lang}</option>)}
          </select>
        ) : null}
        <span class="dates" role="group" aria-label={t('filters.dates')}>
          <input type="date" aria-label={t('filters.from')} title={t('filters.from')} value={values.from} onChange={(event) => set({ from: read(event) })} />
          <span aria-hidden="true">–</span>
          <input type="date" aria-label={t('filters.to')} title={t('filters.to')} value={values.to} onChange={(event) => set({ to: read(event) })} />
        </span>
        {active ? (
          <button type="button" class="small ghost" onClick={() => { props.onChange(NO_FILTERS); props.onSearch(''); }}>
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
