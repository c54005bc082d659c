// The three exports of the open questions, always visible as one button group (one click, no menu
// to open first).
import { t } from '../lib/i18n';

export type ExportKind = 'csv' | 'md' | 'json';

export function ExportMenu(props: { onExport(kind: ExportKind): void }) {
  return (
    <div class="export-group" role="group" aria-label={t('export.label')}>
      <span class="muted small">{t('export.label')}</span>
      <button type="button" class="small" title={t('export.csv')} data-testid="export-csv" onClick={() => props.onExport('csv')}>CSV</button>
      <button type="button" class="small" title={t('export.md')} data-testid="export-md" onClick={() => props.onExport('md')}>Markdown</button>
      <button type="button" class="small" title={t('export.json')} data-testid="export-json" onClick={() => props.onExport('json')}>JSON</button>
    </div>
  );
}
