// @vitest-environment jsdom
// The Threads view's cards on big threads and in Spanish (UX review 15 and 16): numbers appear once, in the UI's
// language, and the open-questions chart's y-axis label fits its space.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadsView } from '../../../components/ThreadsView';
import { OpenQuestionsChart } from '../../../components/ThreadChart';
import { openQuestionsTimeline } from '../../../components/threadStats';
import { setLocale } from '../../../lib/i18n';
import type { ScanNote } from '../../../lib/thread';
import type { QueueItem, ThreadRecord } from '../../../lib/store/types';
import type { Label } from '../../../lib/thread';
import { mount, unmount } from './helpers';

const URL_ = 'https://blog.example.org/huge';
const DAY = 86_400_000;
const START = Date.parse('2026-11-01T00:00:00Z');

function item(i: number, labels: Label[]): QueueItem {
  const key = `${URL_}#c${i}`;
  const at = new Date(START + (i % 20) * DAY).toISOString();
  return {
    labels,
    comment: {
      id: `c${i}`, key, threadUrl: URL_, site: 'blog.example.org', author: `reader${i}`, publishedAt: at, text: `comment ${i}`,
      permalink: key, parentId: null, staff: false, labels, scores: { thanks: 0, question: 0, bug: 0, other: 0 }, cues: {},
      reply: labels.includes('question') || labels.includes('bug') ? { state: 'unanswered', by: null } : null,
      followUp: false, firstSeenAt: at, lastSeenAt: at, goneSince: null, history: [],
    },
    triage: { key, threadUrl: URL_, status: 'open', snoozeUntil: null, note: '', assignee: null, labelOverride: null, draft: '', updatedAt: at },
  };
}

/** The review's synthetic thread: 5,000 comments, 2,000 questions, 1,000 bug reports, 2,000 thank-yous. */
const ITEMS = Array.from({ length: 5000 }, (_, i) => item(i, i % 5 < 2 ? ['question'] : i % 5 === 2 ? ['bug'] : ['thanks']));
const RECORD: ThreadRecord = {
  url: URL_, title: 'Outage report', platform: 'wordpress', author: 'editor', commentCountClaimed: 5000, warnings: [],
  site: 'blog.example.org', commentCountRead: 5000, firstScannedAt: '2026-11-28T00:00:00.000Z', lastScannedAt: '2026-11-28T00:00:00.000Z',
  lastVisitedAt: null, tracked: false,
};

/** The card's figures as "number|words", in order. */
function stats(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.stats > span')].map((span) => `${span.querySelector('b')!.textContent}|${span.textContent!.slice(span.querySelector('b')!.textContent!.length)}`);
}

let container: HTMLElement | undefined;
afterEach(async () => {
  if (container) await unmount(container);
  container = undefined;
  setLocale('en');
  vi.restoreAllMocks();
});

/** A browser whose own language is English (the number format `toLocaleString()` uses without a locale). */
function englishBrowser(): void {
  const original = Number.prototype.toLocaleString;
  vi.spyOn(Number.prototype, 'toLocaleString').mockImplementation(function (this: number, locales?: Intl.LocalesArgument, options?: Intl.NumberFormatOptions) {
    return original.call(this, locales ?? 'en-US', options);
  });
}

describe('thread cards', () => {
  it('show each number once in Spanish, in Spanish, on an English browser', async () => {
    englishBrowser();
    setLocale('es');
    container = await mount(<ThreadsView threads={[RECORD]} items={ITEMS} onOpen={() => {}} onTrack={() => {}} onRecheck={() => {}} onRemove={() => {}} />);
    // Before: "5000 / 5000 comentarios" (the browser's "5,000" was cut out of the Spanish "5000 comentarios").
    expect(stats(container)).toEqual(['5000|comentarios', '2000|preguntas', '1000|informes de error', '3000|abiertos', '0|seguimientos abiertos']);
  });

  it('use the Spanish grouping for five digits and the singular for one', async () => {
    englishBrowser();
    setLocale('es');
    const items = [...Array.from({ length: 12_345 }, (_, i) => item(i, ['thanks'])), item(99_999, ['question'])];
    container = await mount(<ThreadsView threads={[RECORD]} items={items} onOpen={() => {}} onTrack={() => {}} onRecheck={() => {}} onRemove={() => {}} />);
    expect(stats(container).slice(0, 2)).toEqual(['12.346|comentarios', '1|pregunta']);
  });

  it("show the scan's notes in the UI's language, and an older scan's English note as it was", async () => {
    setLocale('es');
    const notes: ScanNote[] = [
      { key: 'note.claimedMissing', vars: { claimed: 5020, read: 5000, missing: 20 } },
      { key: 'note.text', vars: { text: 'Read page 1 of 2 of the comments only.' } },
    ];
    container = await mount(<ThreadsView threads={[{ ...RECORD, warnings: notes }]} items={ITEMS} onOpen={() => {}} onTrack={() => {}} onRecheck={() => {}} onRemove={() => {}} />);
    expect([...container.querySelectorAll('.warnings li')].map((li) => li.textContent)).toEqual([
      'La página indica 5020 comentarios, pero se leyeron 5000 (faltan 20: en otras páginas, borrados, pendientes de moderación o pingbacks).',
      'Read page 1 of 2 of the comments only.',
    ]);
  });

  it('group thousands in English', async () => {
    container = await mount(<ThreadsView threads={[RECORD]} items={ITEMS} onOpen={() => {}} onTrack={() => {}} onRecheck={() => {}} onRemove={() => {}} />);
    expect(stats(container)).toEqual(['5,000|comments', '2,000|questions', '1,000|bug reports', '3,000|open', '0|open follow-ups']);
  });
});

describe('open questions chart', () => {
  const maxLabel = (root: HTMLElement) => root.querySelectorAll('svg text')[0];
  const yAxisX = (root: HTMLElement) => Number(root.querySelectorAll('svg line')[1].getAttribute('x1'));

  it('counts questions, a question that also reports a bug included, and leaves pure bug reports out', () => {
    // The title says "Open questions": the 1,000 bug reports of the thread do not move it.
    const points = openQuestionsTimeline(ITEMS, START + 30 * DAY);
    expect(Math.max(...points.map((p) => p.open))).toBe(2000);
    const both = [item(1, ['question', 'bug']), item(2, ['bug']), item(3, ['question'])];
    expect(Math.max(...openQuestionsTimeline(both, START + 30 * DAY).map((p) => p.open))).toBe(2);
  });

  it('writes a y-axis maximum of 1,000 or more compactly, with room for it (not "000")', async () => {
    const points = [{ time: START, open: 0 }, { time: START + DAY, open: 3000 }];
    container = await mount(<OpenQuestionsChart points={points} now={START + 2 * DAY} />);
    expect(maxLabel(container).textContent).toBe('3K');
    const label = maxLabel(container).textContent!;
    // The label ends 4 units left of the axis and starts inside the chart (10px text, about 5.6 units a character).
    expect(Number(maxLabel(container).getAttribute('x')) - label.length * 5.6).toBeGreaterThanOrEqual(0);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toContain('max 3,000, now 3,000');
  });

  it('makes room for the longer Spanish label ("12 mil")', async () => {
    setLocale('es');
    const points = [{ time: START, open: 0 }, { time: START + DAY, open: 12_000 }];
    container = await mount(<OpenQuestionsChart points={points} now={START + 2 * DAY} />);
    const label = maxLabel(container).textContent!;
    expect(label.replace(/\s/g, ' ')).toBe('12 mil');
    expect(Number(maxLabel(container).getAttribute('x')) - label.length * 5.6).toBeGreaterThanOrEqual(0);
    expect(yAxisX(container)).toBeGreaterThan(22);
  });

  it('keeps small maxima as they are', async () => {
    const points = [{ time: START, open: 0 }, { time: START + DAY, open: 999 }];
    container = await mount(<OpenQuestionsChart points={points} now={START + 2 * DAY} />);
    expect(maxLabel(container).textContent).toBe('999');
    expect(yAxisX(container)).toBe(22);
  });
});
