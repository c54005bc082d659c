// Bundled by scripts/bench-browser.ts and run inside Chromium: the same lib/ code the extension
// runs, timed against Chromium's own DOM and IndexedDB.
import { extractThread } from '../../lib/extract/registry';
import { openStore } from '../../lib/store';
import { filterQueue } from '../../lib/store/queue';
import type { AnalysedComment, ScrapedThread } from '../../lib/thread';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function extract(html: string, url: string, runs = 5): Promise<{ ms: number; comments: number }> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const times: number[] = [];
  let comments = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await extractThread(doc, { url, now: new Date() });
    times.push(performance.now() - t0);
    comments = result.comments.length;
  }
  return { ms: median(times), comments };
}

function syntheticComments(count: number, threadUrl: string): AnalysedComment[] {
  const texts = ['Thanks so much for the fix!', 'Is there a way to export my sightings as a spreadsheet?', 'The counter says 12 but I uploaded 40.', 'Great photos, as always.'];
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    author: `user${i % 997}`,
    publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    text: `${texts[i % texts.length]} (#${i})`,
    permalink: `${threadUrl}#c${i}`,
    parentId: null,
    staff: false,
    labels: i % 4 === 1 ? ['question'] : i % 4 === 2 ? ['bug'] : ['thanks'],
    scores: { thanks: 0.1, question: 0.8, bug: 0.1, other: 0.1 },
    cues: {},
    reply: i % 4 === 1 || i % 4 === 2 ? { state: 'unanswered', by: null } : null,
    followUp: false,
  }));
}

/** Median of `runs` rounds, each on a fresh database: a first scan of `count`, then a re-scan with 10% edited. */
async function upsert(count: number, runs = 3): Promise<{ firstMs: number; rescanMs: number }> {
  const firsts: number[] = [];
  const rescans: number[] = [];
  for (let run = 0; run < runs; run++) {
    const name = `bench-${Date.now()}-${run}`;
    const store = await openStore({ name });
    const threadUrl = 'https://forum.example.org/t/outage/1';
    const thread: ScrapedThread = { url: threadUrl, title: 'Outage', platform: 'bench', author: 'staff', commentCountClaimed: count, warnings: [] };
    const comments = syntheticComments(count, threadUrl);
    let t0 = performance.now();
    await store.saveScan(thread, comments);
    firsts.push(performance.now() - t0);
    comments.forEach((c, i) => { if (i % 10 === 0) c.text += ' (edited)'; });
    t0 = performance.now();
    await store.saveScan(thread, comments);
    rescans.push(performance.now() - t0);
    store.close();
    await new Promise((done) => { const req = indexedDB.deleteDatabase(name); req.onsuccess = req.onerror = req.onblocked = done; });
  }
  return { firstMs: median(firsts), rescanMs: median(rescans) };
}

async function filter(count: number): Promise<Record<string, number>> {
  const threadUrl = 'https://forum.example.org/t/outage/1';
  const items = syntheticComments(count, threadUrl).map((c) => {
    const key = `${threadUrl}#${c.id}`;
    return {
      comment: { ...c, key, threadUrl, site: 'forum.example.org', firstSeenAt: '', lastSeenAt: '', goneSince: null, history: [] },
      triage: { key, threadUrl, status: 'open' as const, snoozeUntil: null, note: '', assignee: null, labelOverride: null, draft: '', updatedAt: '' },
      labels: c.labels,
    };
  });
  const time = (fn: () => unknown) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      fn();
      runs.push(performance.now() - t0);
    }
    return median(runs);
  };
  return {
    needsAttention: time(() => filterQueue(items, { needsAttention: true })),
    search: time(() => filterQueue(items, { search: 'spreadsheet' })),
    labelAndSort: time(() => filterQueue(items, { labels: ['bug'] }, 'oldest')),
  };
}

(window as unknown as { threadsiftBench: unknown }).threadsiftBench = { extract, upsert, filter };
