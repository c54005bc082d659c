// Two small hand-drawn SVG charts per thread: its labels as one stacked bar, and the number of
// open questions over time as a step line. No chart library: a few rectangles and one path.
import type { Label } from '../lib/thread';
import { formatCompactNumber, formatDate, formatNumber, t } from '../lib/i18n';
import { labelName } from './LabelChip';
import type { TimelinePoint } from './threadStats';

const ORDER: Label[] = ['question', 'bug', 'thanks', 'other'];

/** Width of a y-axis label in viewBox units: the charts' text is 10px, a digit about 0.56 of that. */
const axisLabelWidth = (text: string) => Math.ceil(text.length * 5.6);

export function LabelBar(props: { counts: Record<Label, number> }) {
  const total = ORDER.reduce((sum, label) => sum + props.counts[label], 0);
  const width = 300;
  let x = 0;
  const description = ORDER.map((label) => `${labelName(label)}: ${props.counts[label]}`).join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <figcaption class="small muted">{t('thread.chartLabels')}</figcaption>
      <svg class="chart" viewBox={`0 0 ${width} 14`} role="img" aria-label={description} preserveAspectRatio="none">
        <rect x="0" y="0" width={width} height="14" rx="4" class="axis" fill="none" />
        {total > 0
          ? ORDER.map((label) => {
              const w = (props.counts[label] / total) * width;
              const rect = <rect key={label} x={x} y="0" width={w} height="14" class={`bar-${label}`} />;
              x += w;
              return rect;
            })
          : null}
      </svg>
      <div class="legend" aria-hidden="true">
        {ORDER.map((label) => (
          <span key={label}><i class={`bar-${label}`} style={{ background: `var(--label-${label})` }} />{labelName(label)} {props.counts[label]}</span>
        ))}
      </div>
    </figure>
  );
}

export function OpenQuestionsChart(props: { points: TimelinePoint[]; now?: number }) {
  const width = 300;
  const height = 70;
  if (props.points.length < 2) {
    return (
      <figure style={{ margin: 0 }}>
        <figcaption class="small muted">{t('thread.chartOpen')}</figcaption>
        <p class="small muted">{t('thread.chartNoData')}</p>
      </figure>
    );
  }
  const first = props.points[0].time;
  const last = Math.max(props.now ?? Date.now(), props.points[props.points.length - 1].time);
  const span = Math.max(last - first, 1);
  const max = Math.max(1, ...props.points.map((point) => point.open));
  // The top label is compact ("3K", not "3000" cut to "000") and the axis moves right as far as it needs.
  const maxLabel = formatCompactNumber(max);
  const pad = { left: Math.max(22, axisLabelWidth(maxLabel) + 5), right: 6, top: 6, bottom: 14 };
  const xOf = (time: number) => pad.left + ((time - first) / span) * (width - pad.left - pad.right);
  const yOf = (open: number) => pad.top + (1 - open / max) * (height - pad.top - pad.bottom);

  // A step line: the count holds until the next event, then jumps.
  let line = `M${xOf(first).toFixed(1)},${yOf(0).toFixed(1)}`;
  let previous = 0;
  for (const point of props.points) {
    const x = xOf(point.time).toFixed(1);
    line += ` L${x},${yOf(previous).toFixed(1)} L${x},${yOf(point.open).toFixed(1)}`;
    previous = point.open;
  }
  line += ` L${xOf(last).toFixed(1)},${yOf(previous).toFixed(1)}`;
  const area = `${line} L${xOf(last).toFixed(1)},${yOf(0).toFixed(1)} Z`;
  const current = previous;
  const description = `${t('thread.chartOpen')}: ${formatDate(new Date(first).toISOString())} – ${formatDate(new Date(last).toISOString())}, max ${formatNumber(max)}, now ${formatNumber(current)}`;

  return (
    <figure style={{ margin: 0 }}>
      <figcaption class="small muted">{t('thread.chartOpen')}</figcaption>
      <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
        <line class="axis" x1={pad.left} y1={yOf(0)} x2={width - pad.right} y2={yOf(0)} />
        <line class="axis" x1={pad.left} y1={pad.top} x2={pad.left} y2={yOf(0)} />
        <path class="area" d={area} />
        <path class="line" d={line} />
        <text x={pad.left - 4} y={pad.top + 8} text-anchor="end">{maxLabel}</text>
        <text x={pad.left - 4} y={yOf(0)} text-anchor="end">0</text>
        <text x={pad.left} y={height - 2}>{formatDate(new Date(first).toISOString())}</text>
        <text x={width - pad.right} y={height - 2} text-anchor="end">{formatDate(new Date(last).toISOString())}</text>
      </svg>
    </figure>
  );
}
