// Applies the theme and UI language from settings to the current page.
import type { Settings } from '../lib/store/types';
import { resolveLocale, setLocale } from '../lib/i18n';

export function applyAppearance(settings: Pick<Settings, 'theme' | 'locale'>): void {
  const root = document.documentElement;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  setLocale(resolveLocale(settings.locale));
}
