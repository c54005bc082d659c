// What every Options section shares: the notice it shows, the status region it shows it in, and saving one
// setting straight from a control.
import type { ComponentChildren } from 'preact';
import type { Settings } from '../../lib/store/types';
import { errorLine } from '../errorText';

/** A section's message after an action: saved, failed, or a warning. */
export type Notice = { kind: 'ok' | 'error' | 'warn'; text: string } | null;

/** Offers a file to the user (OptionsProps' download, tests pass their own). */
export type Download = (filename: string, text: string, mime: string) => void;

/** Saves a patch of settings and answers the stored result (see Options' save). */
export type Save = (patch: Partial<Settings>) => Promise<Settings>;

/**
 * Saves one setting from a control. A failure is said in the section's notice; the control then
 * shows the stored value again, because the section re-renders from settings that did not change.
 */
export function saveSetting(onSave: Save, patch: Partial<Settings>, setNotice: (notice: Notice) => void): void {
  onSave(patch).then(
    () => setNotice(null),
    (e: unknown) => setNotice({ kind: 'error', text: errorLine(e) }),
  );
}

/**
 * Each section's notices go in a live region that is always on the page, empty until there is something to say: a
 * region inserted together with its text is often not announced. While empty it takes no room in the section.
 */
export function StatusRegion(props: { empty: boolean; children?: ComponentChildren }) {
  return <div role="status" class={props.empty ? 'visually-hidden' : undefined}>{props.children}</div>;
}
