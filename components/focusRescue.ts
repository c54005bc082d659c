// Keeps keyboard focus on the page when the control holding it goes away: a toast's Undo once used, the bulk bar once
// the selection is acted on, the labels form once applied, a view that closes. The browser would drop focus to <body>,
// and a keyboard or screen-reader user would start again from the top of the page. One watcher covers every such case
// instead of each action remembering where focus should go.
import { useEffect, useRef } from 'preact/hooks';

/** Where focus goes when the focused element left the page or was disabled (null: leave it). */
export type FocusFallback = () => HTMLElement | null;

export function useFocusRescue(fallback: FocusFallback): void {
  const latest = useRef(fallback);
  latest.current = fallback;
  useEffect(() => {
    let lastFocused: Element | null = null;
    const onFocusIn = (event: FocusEvent) => {
      lastFocused = event.target as Element;
    };
    // A click elsewhere is the user's own move: focus left where the click put it is not rescued later.
    const onPointerDown = () => {
      lastFocused = null;
    };
    const rescue = () => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      if (!lastFocused) return;
      // Focus moved to <body> on purpose (a click on the page's background) leaves its element on the page, enabled.
      const gone = !lastFocused.isConnected || (lastFocused as HTMLButtonElement).disabled === true;
      if (!gone) return;
      lastFocused = null;
      latest.current()?.focus({ preventScroll: true });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointerDown, true);
    const observer = new MutationObserver(rescue);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointerDown, true);
      observer.disconnect();
    };
  }, []);
}
