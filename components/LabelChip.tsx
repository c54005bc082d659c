// One label on a comment: its name in the UI language, its score, and the cue as the reason.
// data-label always carries the English label name so tests and styles do not depend on the UI language.
import type { Label } from '../lib/thread';
import { t } from '../lib/i18n';

export function labelName(label: Label): string {
  return t(`label.${label}`);
}

export function LabelChip(props: { label: Label; score?: number; cue?: string; manual?: boolean }) {
  const { label, score, cue, manual } = props;
  const scoreText = score === undefined ? '' : Math.round(score * 100) / 100 + '';
  const title = [cue ? t('queue.reason', { cue }) : '', score === undefined ? '' : t('queue.score', { score: scoreText })]
    .filter(Boolean)
    .join(' · ');
  return (
    <span class={manual ? 'chip manual' : 'chip'} data-testid="label-chip" data-label={label} title={title || undefined}>
      {labelName(label)}
      {score !== undefined && !manual ? <span class="score">{score.toFixed(2)}</span> : null}
    </span>
  );
}
