// Where focus goes in the Options sections when buttons disappear or are unavailable: never dropped to <body>,
// so keyboard and screen-reader users keep their place.

/**
 * A button that is unavailable while a replacement runs. It is marked aria-disabled rather than disabled, so the
 * focus stays on it (a disabled button drops focus to <body>); its click handler must ignore clicks meanwhile.
 * Dimmed as theme.css dims disabled buttons.
 */
export function busyButton(busy: boolean) {
  return { 'aria-disabled': busy ? ('true' as const) : undefined, 'aria-busy': busy };
}

/** Focuses the first element that is still on the page and not disabled. */
export function focusFirst(candidates: Array<HTMLElement | null | undefined>): void {
  candidates.find((el) => el?.isConnected && !(el as HTMLButtonElement).disabled)?.focus();
}

/** After a row's delete button removed its row: true when focus was on it (or was dropped with it), so it may move. */
export function focusWasOn(button: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === button || !active.isConnected;
}
