// The queue as a virtual listbox: only the rows in view exist in the DOM, so 50,000 comments
// scroll as smoothly as 50. Rows have a fixed height (--row-height), which keeps the maths exact.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { QueueItem } from '../lib/store/types';
import { t } from '../lib/i18n';
import { QueueRow } from './QueueRow';
import { useVirtualizer } from './useVirtualizer';

/** Must match --row-height in theme.css. */
export const ROW_HEIGHT = 112;

export interface QueueListProps {
  items: QueueItem[];
  activeIndex: number;
  selectedKeys: ReadonlySet<string>;
  keyboardMode: boolean;
  threshold: number;
  emptyText: string;
  /** Shown instead of emptyText when given (the first-run help). */
  emptyContent?: ComponentChildren;
  threadTitle(url: string): string;
  isNew(item: QueueItem): boolean;
  onPick(index: number, event: MouseEvent): void;
  onToggleSelect(index: number, shift: boolean): void;
  onReveal(item: QueueItem): void;
  listRef?: { current: HTMLDivElement | null };
}

export function QueueList(props: QueueListProps) {
  const ownRef = useRef<HTMLDivElement>(null);
  const scrollRef = props.listRef ?? ownRef;
  const { items, activeIndex } = props;
  const virtualizer = useVirtualizer({
    count: items.length,
    estimateSize: () => ROW_HEIGHT,
    getScrollElement: () => scrollRef.current,
    getItemKey: (index) => items[index]?.comment.key ?? index,
    overscan: 8,
  });

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < items.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, items.length]);

  return (
    <div
      ref={scrollRef}
      class={props.keyboardMode ? 'queue keyboard' : 'queue'}
      role="listbox"
      tabIndex={0}
      aria-label={t('queue.label')}
      aria-multiselectable="true"
      aria-activedescendant={activeIndex >= 0 && activeIndex < items.length ? `row-${activeIndex}` : undefined}
    >
      {items.length === 0 ? (
        <div class="empty" role="status">{props.emptyContent ?? props.emptyText}</div>
      ) : (
        <div class="queue-inner" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index];
            if (!item) return null;
            return (
              <QueueRow
                key={item.comment.key}
                item={item}
                index={row.index}
                count={items.length}
                top={row.start}
                active={row.index === activeIndex}
                selected={props.selectedKeys.has(item.comment.key)}
                isNew={props.isNew(item)}
                threadTitle={props.threadTitle(item.comment.threadUrl)}
                threshold={props.threshold}
                onPick={props.onPick}
                onToggleSelect={props.onToggleSelect}
                onReveal={props.onReveal}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
