// Appearance: theme and language, each saved as soon as it is picked.
import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/store/types';
import { t } from '../../lib/i18n';
import { StatusRegion, saveSetting, type Notice, type Save } from './sectionParts';

export function AppearanceSection(props: { settings: Settings; onSave: Save }) {
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
