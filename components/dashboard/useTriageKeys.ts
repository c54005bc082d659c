// The dashboard's keyboard: one document listener turns keys into triage actions (triageKeys.ts says which key is
// which) and runs them against the page's current state. Escape closes the innermost thing open; the help overlay
// and the thread views take the keys they need and leave the rest alone.
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { QueueItem, TriageStatus } from '../../lib/store/types';
import type { View } from '../queueView';
import { isTextField, keyAction, type TriageKeyAction } from '../triageKeys';

/** What the keys act on and with, as of the latest render. */
export interface TriageKeyWiring {
  listRef: RefObject<HTMLDivElement | null>;
  searchRef: RefObject<HTMLInputElement | null>;
  view: View;
  visible: QueueItem[];
  activeIndex: number;
  active: QueueItem | null;
  setActiveIndex(index: number): void;
  setKeyboardMode(on: boolean): void;
  helpOpen: boolean;
  setHelpOpen(open: boolean): void;
  relabelOpen: boolean;
  setRelabelOpen(open: boolean): void;
  narrow: boolean;
  drawerOpen: boolean;
  openDrawer(): void;
  closeDrawer(): void;
  threadOpen: boolean;
  closeThread(): void;
  openThreadView(url: string, focusKey: string | null): void;
  selectedCount: number;
  clearSelection(): void;
  toggleSelect(index: number, range: boolean): void;
  setStatus(status: TriageStatus): Promise<void>;
  undoLast(): void;
  reveal(item: QueueItem): void;
}

export function useTriageKeys(wiring: TriageKeyWiring): void {
  const {
    listRef, searchRef, view, visible, activeIndex, active, setActiveIndex, setKeyboardMode,
    helpOpen, setHelpOpen, relabelOpen, setRelabelOpen, narrow, drawerOpen, openDrawer, closeDrawer,
    threadOpen, closeThread, openThreadView, selectedCount, clearSelection, toggleSelect, setStatus, undoLast, reveal,
  } = wiring;

  const move = (delta: number) => {
    if (!visible.length) return;
    setKeyboardMode(true);
    setRelabelOpen(false);
    setActiveIndex(Math.max(0, Math.min(visible.length - 1, activeIndex + delta)));
    // With the drawer open, j/k page through comments inside it; focus stays in the drawer.
    if (!(drawerOpen && narrow)) listRef.current?.focus({ preventScroll: true });
  };

  /** True when the key did something (its default action is then prevented). */
  const runKey = (action: TriageKeyAction): boolean => {
    if (action === 'escape') {
      if (helpOpen) setHelpOpen(false);
      else if (relabelOpen) setRelabelOpen(false);
      else if (drawerOpen && narrow) closeDrawer();
      else if (threadOpen) closeThread();
      else if (selectedCount) clearSelection();
      else if (document.activeElement === searchRef.current) listRef.current?.focus();
      else return false;
      return true;
    }
    if (action === 'help') {
      setHelpOpen(!helpOpen);
      return true;
    }
    if (helpOpen) return false;
    if (action === 'undo') {
      undoLast();
      return true;
    }
    if (action === 'search') {
      if (threadOpen) closeThread();
      searchRef.current?.focus();
      searchRef.current?.select();
      return true;
    }
    if (view === 'threads' || threadOpen) return false;
    switch (action) {
      case 'next': move(1); return true;
      case 'prev': move(-1); return true;
      case 'first': move(-visible.length); return true;
      case 'last': move(visible.length); return true;
      case 'answered': void setStatus('answered'); return true;
      case 'dismiss': void setStatus('dismissed'); return true;
      case 'snooze': void setStatus('snoozed'); return true;
      case 'select': setKeyboardMode(true); toggleSelect(activeIndex, false); return true;
      case 'selectRange': setKeyboardMode(true); toggleSelect(activeIndex, true); return true;
      case 'openThread':
        if (!active) return false;
        // On a narrow window Enter first shows the comment (reply, note, labels) in the drawer.
        if (narrow && !drawerOpen) openDrawer();
        else openThreadView(active.comment.threadUrl, active.comment.key);
        return true;
      case 'reveal': if (active) reveal(active); return !!active;
      case 'relabel':
        if (!active) return false;
        // On a narrow window the labels form lives in the drawer: show it there rather than toggle it unseen.
        if (narrow && !drawerOpen) {
          openDrawer();
          setRelabelOpen(true);
        } else setRelabelOpen(!relabelOpen);
        return true;
      default: return false;
    }
  };

  // One document listener that always sees the latest state through a ref.
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => undefined);
  keyHandler.current = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    // Enter and Space on a control (a button, a link, a checkbox of the labels form, a summary) keep their own meaning.
    const onControl = !!target && target !== listRef.current && !!target.closest?.('button, a, input, select, textarea, summary, [contenteditable="true"]');
    if ((event.key === 'Enter' || event.key === ' ') && onControl) return;
    // Space, Home and End act on the list only where it has the focus; elsewhere they scroll, as the browser does.
    if ((event.key === ' ' || event.key === 'Home' || event.key === 'End') && target !== listRef.current) return;
    const action = keyAction(event, isTextField(target));
    if (action && runKey(action)) event.preventDefault();
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
