// Settings a fresh install starts with, and the merge that fills fields added by later versions.
import type { Settings } from './types';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  staffAccounts: {},
  theme: 'system',
  locale: 'auto',
  recheckMinutes: 60,
  labelThreshold: 0.5,
  savedReplies: [],
});

/** Defaults first, so a record written by an older version gains the fields it lacks. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    staffAccounts: {},
    savedReplies: [],
    ...(stored ?? {}),
  };
}
