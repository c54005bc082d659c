// The "?" overlay listing the keyboard shortcuts.
import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';
import { keepFocusInside } from './focusTrap';

const SHORTCUTS: Array<[string[], MessageKey]> = [
  [['j', 'k'], 'help.jk'],
  [['Home', 'End'], 'help.homeEnd'],
  [['a'], 'help.a'],
  [['d'], 'help.d'],
  [['s'], 'help.s'],
  [['u'], 'help.u'],
  [['x', 'Space'], 'help.x'],
  [['l'], 'help.l'],
  [['o'], 'help.o'],
  [['Enter'], 'help.enter'],
  [['/'], 'help.slash'],
  [['?'], 'help.question'],
  [['Esc'], 'help.escape'],
];

/** A modal: focus moves to its close button, Tab stays inside, and closing returns focus to where it was. */
export function HelpOverlay(props: { onClose(): void; narrow?: boolean }) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement;
    closeRef.current?.focus();
    // On the document, not the dialog: after a click on the dialog's text, focus is on <body>.
    const onKeyDown = (event: KeyboardEvent) => keepFocusInside(event, dialogRef.current);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      // However it was closed (Esc, ×, the backdrop), focus goes back rather than to <body>.
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);
  return (
    <div class="overlay" onClick={props.onClose}>
      <div
        ref={dialogRef}
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        data-testid="help"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="help-title">{t('help.title')}</h2>
        <dl class="keys">
          {SHORTCUTS.map(([keys, description]) => (
            <>
              <dt key={`k-${description}`}>{keys.map((key, i) => <>{i > 0 ? ' ' : ''}<kbd>{key}</kbd></>)}</dt>
              <dd key={`d-${description}`}>{t(description === 'help.enter' && props.narrow ? 'help.enterNarrow' : description)}</dd>
            </>
          ))}
        </dl>
        <p style={{ marginTop: '16px', textAlign: 'right' }}>
          <button type="button" ref={closeRef} onClick={props.onClose}>{t('common.close')}</button>
        </p>
      </div>
    </div>
  );
}
