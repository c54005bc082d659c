// The options page: staff accounts, site permissions, classifier settings, saved replies,
// data management (backup, restore, clear with undo) and appearance.
// Each section is its own component in components/options/, with the helpers they share; this file loads the
// data and settings the sections show, and saves settings for them.
import { useEffect, useState } from 'preact/hooks';
import type { Correction, Settings, ThreadRecord, TriageStore } from '../lib/store/types';
import { t } from '../lib/i18n';
import type { PageHost } from './host';
import { applyAppearance } from './appearance';
import { downloadText } from './download';
import { Logo } from './Logo';
import { errorLine } from './errorText';
import { AppearanceSection } from './options/AppearanceSection';
import { ClassifierSection } from './options/ClassifierSection';
import { DataSection } from './options/DataSection';
import { SavedRepliesSection } from './options/SavedRepliesSection';
import { SitesSection } from './options/SitesSection';
import { StaffSection } from './options/StaffSection';

export interface OptionsProps {
  store: TriageStore;
  host: PageHost;
  download?: (filename: string, text: string, mime: string) => void;
}

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
      <StaffSection settings={settings} threads={threads} host={host} onSave={save} />
      <SitesSection threads={threads} host={host} settings={settings} onSave={save} />
      <ClassifierSection settings={settings} corrections={corrections} store={store} host={host} download={download} onSave={save} onChanged={reload} />
      <SavedRepliesSection settings={settings} onSave={save} />
      <DataSection store={store} host={host} threads={threads.length} comments={commentCount} download={download} onChanged={reload} />
      <AppearanceSection settings={settings} onSave={save} />
    </main>
  );
}

// The page's helpers, exported from here as before: the unit tests and WXT's auto-imports know them by this module.
export { normaliseSite, originFromInput } from './options/siteInput';
export { parseLogins } from '../lib/logins';
