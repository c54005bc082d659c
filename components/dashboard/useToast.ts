// The dashboard's one-line notice (components/Toast.tsx shows it): what each action did, its Undo while the change
// can be undone, and failures in the UI's language. A new notice replaces the one shown and restarts its timer.
import { useRef, useState } from 'preact/hooks';
import type { ToastState } from '../Toast';
import type { UndoEntry } from '../undoStack';
import { explainError } from '../errorText';

export function useToast() {
  const [toast, setToast] = useState<ToastState | null>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const showToast = (message: string, undoEntry?: UndoEntry, detail?: string | null) => {
    if (toastTimer.current) clearTimeout(toastTimer.current);
    setToast({ message, undo: undoEntry, detail: detail ?? undefined, id: Date.now() });
    // Errors stay longer: they carry a way out to read.
    toastTimer.current = setTimeout(() => setToast(null), undoEntry || detail ? 8000 : 4000);
  };
  /** The entry left the stack (undone, or dropped): its toast, if still shown, no longer offers Undo. */
  const withdrawUndo = (entry: UndoEntry) => {
    setToast((current) => (current?.undo === entry ? { ...current, undo: undefined } : current));
  };
  /** A failure from the store or the background, in the UI's language with its original words. */
  const showError = (error: unknown) => {
    const { message, detail } = explainError(error);
    showToast(message, undefined, detail);
  };
  const closeToast = () => setToast(null);

  return { toast, showToast, withdrawUndo, showError, closeToast };
}

export type Toaster = ReturnType<typeof useToast>;
