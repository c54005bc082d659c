// "Snooze until" a chosen date. The date is taken when staff press the button or Enter, not on every change: typing a
// date fires a change for each complete date on the way ("1/2/1902" while typing the year), which snoozed to it.
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { dateInputToIso, isoToDateInput, tomorrow } from './triageKeys';

/** Further than this is a typing slip, not a plan. */
const MAX_YEARS = 5;

export function SnoozeField(props: { current: string | null; onSnooze(untilIso: string): void }) {
  const [value, setValue] = useState(isoToDateInput(props.current));
  const [problem, setProblem] = useState('');
  const first = tomorrow();
  const last = new Date(first.getFullYear() + MAX_YEARS, first.getMonth(), first.getDate());

  const commit = () => {
    const iso = dateInputToIso(value);
    if (!iso) return setProblem(t('snooze.pickDate'));
    const at = Date.parse(iso);
    if (at < first.getTime()) return setProblem(t('snooze.notPast'));
    if (at > last.getTime()) return setProblem(t('snooze.tooFar', { years: MAX_YEARS }));
    setProblem('');
    props.onSnooze(iso);
  };

  return (
    <div class="snooze-field">
      <label class="field" for="snooze-date">{t('action.snoozeUntil')}</label>
      <span class="snooze-row">
        <input
          id="snooze-date"
          type="date"
          value={value}
          min={isoToDateInput(first.toISOString())}
          max={isoToDateInput(last.toISOString())}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby="snooze-problem"
          onInput={(event) => {
            setValue((event.currentTarget as HTMLInputElement).value);
            setProblem('');
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            event.stopPropagation();
            commit();
          }}
        />
        <button type="button" class="small" data-testid="snooze-date" onClick={commit}>{t('action.snooze')}</button>
      </span>
      <p id="snooze-problem" class="field-problem small" role="status">{problem}</p>
    </div>
  );
}
