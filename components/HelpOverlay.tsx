// The "?" overlay listing the keyboard shortcuts.
import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';

const SHORTCUTS: Array<[string[], MessageKey]> = [
  [['j', 'k'], 'help.jk'],
  [['a'], 'help.a'],
  [['d'], 'help.d'],
  [['s'], 'help.s'],
  [['u'], 'help.u'],
  [['x'], 'help.x'],
  [['l'], 'help.l'],
  [['o'], 'help.o'],
  [['Enter'], 'help.enter'],
  [['/'], 'help.slash'],
  [['?'], 'help.question'],
  [['Esc'], 'help.escape'],
];

export function HelpOverlay(props: { onClose(): void; narrow?: boolean }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div class="overlay" onClick={props.onClose}>
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help" onClick={(event) => event.stopPropagation()}>
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
