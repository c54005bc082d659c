// The rows staff have selected for a bulk action (the bulk bar and the triage keys act on them). Space or a click
// toggles a row; Shift adds the range from the row toggled last, as file lists do.
import { useRef, useState } from 'preact/hooks';
import type { QueueItem } from '../../lib/store/types';

export function useSelection(visible: QueueItem[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** The row a Shift range starts from. */
  const anchor = useRef<number | null>(null);

  const toggle = (index: number, range: boolean) => {
    const item = visible[index];
    if (!item) return;
    const next = new Set(selected);
    if (range && anchor.current !== null) {
      const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      for (let i = from; i <= to; i += 1) next.add(visible[i].comment.key);
    } else if (next.has(item.comment.key)) {
      next.delete(item.comment.key);
    } else {
      next.add(item.comment.key);
    }
    anchor.current = index;
    setSelected(next);
  };

  /** What a triage action applies to: the selection as far as it is shown (the search may hide some), else the active row. */
  const targetKeys = (active: QueueItem | null): string[] => {
    if (selected.size) return visible.filter((item) => selected.has(item.comment.key)).map((item) => item.comment.key);
    return active ? [active.comment.key] : [];
  };

  const clear = () => setSelected(new Set());
  /** After an action on the selection: nothing selected, and the next Shift range starts afresh. */
  const clearAfterAction = () => {
    setSelected(new Set());
    anchor.current = null;
  };

  return { selected, toggle, targetKeys, clear, clearAfterAction };
}
