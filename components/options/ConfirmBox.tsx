// The in-page confirmation every destructive Options action asks through (reset corrections, restore, clear all,
// undo).
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { busyButton, focusFirst } from './focus';

/**
 * A confirmation shown in the page (role="alertdialog"). On opening, focus moves to Cancel, the safer choice; Escape
 * is Cancel. However it closes (Cancel, Escape, the confirm button, or the page closing it), focus goes back to the
 * first of `returnTo` still on the page and enabled: the button that opened it, then a fallback in the same section.
 */
export function ConfirmBox(props: {
  label: string;
  confirmLabel: string;
  confirmTestId?: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
  returnTo(): Array<HTMLElement | null | undefined>;
  children: ComponentChildren;
}) {
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnTo = useRef(props.returnTo);
  returnTo.current = props.returnTo;
  const describedBy = useId();
  useLayoutEffect(() => {
    cancel.current?.focus();
    const node = box.current;
    return () => {
      // Only when focus is in the box, or went to <body> with it: focus the user put elsewhere stays there.
      const active = document.activeElement;
      if (active && active !== document.body && !node?.contains(active)) return;
      focusFirst(returnTo.current());
    };
  }, []);
  const busy = props.busy ?? false;
  return (
    <div
      ref={box}
      class="notice warn"
      role="alertdialog"
      aria-label={props.label}
      aria-describedby={describedBy}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        props.onCancel();
      }}
    >
      <div id={describedBy}>{props.children}</div>
      <div class="actions" style={{ marginTop: '8px' }}>
        <button type="button" class="danger solid" data-testid={props.confirmTestId} {...busyButton(busy)} onClick={() => { if (!busy) props.onConfirm(); }}>
          {props.confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={props.onCancel}>{t('common.cancel')}</button>
      </div>
    </div>
  );
}
