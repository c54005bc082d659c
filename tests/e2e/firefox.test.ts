// The product's main path in real Firefox (firefox-esr, the MV2 build loaded as a temporary add-on):
// a saved real phpBB topic page is served locally and scanned from the dashboard; its comments land
// in the extension's IndexedDB, show on the dashboard with their labels, and get marks on the page;
// staff then triage the queue by keyboard, and every decision (and its undo) reaches IndexedDB. The open
// questions are exported as a real CSV download, and a full backup survives "clear all" and restore.
// Expected figures come from the page's hand-checked expected.json and from running the same lib/
// pipeline in Node on the same HTML, never from the browser under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { CSV_COLUMNS, unguardCell } from '../../lib/export/csv';
import type { Page } from 'playwright-core';
import { serve, type Served } from '../../scripts/chromium';
import { launchFirefoxWithExtension, type FirefoxSession, type FirefoxTab } from '../../scripts/firefox';
import { parseDocument } from '../../cli/load-page';
import { extractThread } from '../../lib/extract/registry';
import { createClassifier, DEFAULT_THRESHOLD } from '../../lib/classify';
import { analyseExtract } from '../../lib/pipeline';
import type { AnalysedComment, Label } from '../../lib/thread';
import type { QueueItem } from '../../lib/store/types';
import { visibleLabels } from '../../components/commentText';
import { readExtensionDb, type RawDb } from './idb';
import { dataStoresOf, labelsOf as shownLabels, openQuestions, readAllStores, triageOf, until } from './helpers';

const FIXTURE = new URL('../fixtures/pages/phpbb-dostips-en/', import.meta.url);
const PAGE_HTML = readFileSync(new URL('source.html', FIXTURE), 'utf8');
/** Hand-checked extraction of this page (tests/fixtures/pages/PROVENANCE.txt). */
const EXPECTED = JSON.parse(readFileSync(new URL('expected.json', FIXTURE), 'utf8')) as {
  count: number;
  comments: Array<{ id: string; author: string; text80: string }>;
};
const PAGE_PATH = '/forum/viewtopic.php';

let server: Served;
let session: FirefoxSession;
let article: FirefoxTab;
let dashboard: FirefoxTab;
let pageUrl: string;
/** What lib/ makes of the same HTML in Node: the labels Firefox must arrive at. */
let reference: Map<string, AnalysedComment>;
/** Where Firefox saves downloads (set in the profile): the exports and the backup land here. */
let downloadDir: string;

// The Chromium tests' IndexedDB readers only call page.evaluate(fn) with a self-contained function, which FirefoxTab provides.
const asPage = (tab: FirefoxTab) => ({ evaluate: (fn: () => unknown) => tab.evaluate(fn) }) as unknown as Page;

/** The dashboard's IndexedDB, read in the page with the same reader the Chromium tests use. */
function readDb(tab: FirefoxTab): Promise<RawDb> {
  return readExtensionDb(asPage(tab));
}

function textOf(tab: FirefoxTab, selector: string): Promise<string | null> {
  return tab.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);
}

const labelsOf = (comment: Record<string, unknown>) => comment.labels as Label[];
const actionable = (labels: Label[]) => labels.includes('question') || labels.includes('bug');

beforeAll(async () => {
  server = await serve({ [PAGE_PATH]: PAGE_HTML });
  pageUrl = `${server.origin}${PAGE_PATH}?p=30464`;
  const extracted = await extractThread(parseDocument(PAGE_HTML), { url: pageUrl, now: new Date() });
  reference = new Map(analyseExtract(extracted, createClassifier()).comments.map((c) => [c.id, c]));

  downloadDir = await mkdtemp(join(tmpdir(), 'threadsift-firefox-downloads-'));
  session = await launchFirefoxWithExtension({ downloadDir });
  article = await session.newTab(pageUrl);
  dashboard = await session.openExtensionPage('dashboard.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (downloadDir) await rm(downloadDir, { recursive: true, force: true });
});

/** The text of the file a click downloads, once Firefox has finished writing it (no .part file left). */
async function downloaded(pattern: RegExp, click: () => Promise<void>): Promise<{ name: string; path: string; text: string }> {
  const before = new Set(readdirSync(downloadDir));
  await click();
  let name = '';
  await until(
    () => {
      const files = readdirSync(downloadDir);
      name = files.find((f) => !before.has(f) && pattern.test(f)) ?? '';
      return name !== '' && !files.some((f) => f.endsWith('.part'));
    },
    `a download named like ${pattern} in ${downloadDir} (before the click it held: ${[...before].join(', ') || 'nothing'})`,
    15_000,
  );
  const path = join(downloadDir, name);
  return { name, path, text: await readFile(path, 'utf8') };
}

/** Per comment: its status, hand-set labels and note (no triage record means open, no labels set, no note). */
function staffDecisions(db: RawDb): unknown[][] {
  return db.comments.map((c) => {
    const t = triageOf(db, String(c.key));
    return [c.key, t?.status ?? 'open', t?.labelOverride ?? null, t?.note ?? ''];
  });
}

/** Every store of the extension's database, read in `tab` (as the Chromium tests read it). */
function allStores(tab: FirefoxTab): ReturnType<typeof readAllStores> {
  return readAllStores(asPage(tab));
}

describe('Firefox: scan a real forum page from the dashboard', () => {
  it('the Node reference exercises every label (so the comparisons below mean something)', () => {
    const labels = new Set([...reference.values()].flatMap((c) => c.labels));
    expect([...labels].sort()).toEqual(['bug', 'other', 'question', 'thanks']);
    expect([...reference.keys()]).toEqual(EXPECTED.comments.map((c) => c.id));
  });

  it('lists the open tab and scans it, reporting the comment count', async () => {
    const row = `[data-testid="tab-row"][data-url="${pageUrl}"]`;
    // The tab list is read when the dashboard loads: refresh until the article tab is listed.
    await until(
      async () => {
        if (await dashboard.evaluate((sel) => document.querySelector(sel) !== null, row)) return true;
        await dashboard.click('.panel-head button');
        return false;
      },
      `the article tab ${pageUrl} listed on the dashboard`,
      15_000,
      500,
    );
    await dashboard.click(`${row} [data-testid="scan-button"]`);
    let status = '';
    await until(
      async () => {
        const state = await dashboard.evaluate(
          (sel) => ({
            busy: document.querySelector(`${sel} [data-testid="scan-button"]`)?.getAttribute('aria-disabled') !== null,
            status: document.querySelector(`${sel} [data-testid="scan-status"]`)?.textContent ?? '',
          }),
          row,
        );
        status = state.status;
        return !state.busy && status !== '';
      },
      'the scan result on the dashboard',
      30_000,
    );
    expect(status).toMatch(new RegExp(`(^|\\D)${EXPECTED.count} comments`));
  });

  it('counts the site on its own port as allowed (Firefox takes no port in a permission pattern)', async () => {
    // The e2e build grants http://127.0.0.1/*; the page is served on a port of its own. Asked with the port in the
    // pattern, Firefox answered "not granted": the tab list said "needs permission" and Options said "no access".
    const row = `[data-testid="tab-row"][data-url="${pageUrl}"]`;
    expect(await dashboard.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', row)).not.toContain('needs permission');
    const options = await session.openExtensionPage('options.html');
    const site = `[data-testid="site-row"][data-origin="${server.origin}"] [data-testid="site-access"]`;
    let access = '';
    await until(
      async () => {
        access = await options.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', site);
        return access !== '' && !access.includes('checking');
      },
      `the access of ${server.origin} in Options`,
    );
    expect(access).toContain('access granted');
    await options.close();
  });

  it('stores every comment in the extension IndexedDB, as extracted and classified in Node', async () => {
    const db = await readDb(dashboard);
    expect(db.threads).toHaveLength(1);
    const threadUrl = String(db.threads[0].url);
    const stored = db.comments.filter((c) => c.threadUrl === threadUrl);
    expect(stored.map((c) => c.id)).toEqual(EXPECTED.comments.map((c) => c.id));
    expect(stored.map((c) => c.author)).toEqual(EXPECTED.comments.map((c) => c.author));
    expect(stored.map((c) => String(c.text).slice(0, 80))).toEqual(EXPECTED.comments.map((c) => c.text80));
    expect(
      stored.map((c) => [c.id, labelsOf(c)]),
      'labels stored by Firefox vs lib/ in Node (after changing lib/, rebuild: npx wxt build -b firefox --mode e2e)',
    ).toEqual(stored.map((c) => [c.id, reference.get(String(c.id))?.labels]));
  });

  it('queues the open questions and bug reports, each with its label chips', async () => {
    const db = await readDb(dashboard);
    const byKey = new Map(db.comments.map((c) => [String(c.key), c]));
    const queued = db.comments.filter((c) => !c.staff && actionable(labelsOf(c))).map((c) => String(c.key));
    expect(queued.length).toBeGreaterThan(0);

    const readRows = () =>
      dashboard.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid="queue-row"]')).map((row) => ({
          key: row.getAttribute('data-comment-key') ?? '',
          chips: Array.from(row.querySelectorAll('[data-testid="label-chip"]')).map((chip) => chip.getAttribute('data-label') ?? ''),
        })),
      );
    let rows: Awaited<ReturnType<typeof readRows>> = [];
    await until(async () => (rows = await readRows()).length === queued.length, `${queued.length} queue rows (the last read had ${rows.length})`);
    expect(rows.map((r) => r.key).sort()).toEqual([...queued].sort());
    for (const row of rows) {
      const comment = byKey.get(row.key)!;
      const item = { comment, labels: labelsOf(comment), triage: { labelOverride: null } } as unknown as QueueItem;
      expect(row.chips, `label chips of ${row.key}`).toEqual(visibleLabels(item, DEFAULT_THRESHOLD));
    }
    const shown = new Set(rows.flatMap((r) => r.chips));
    expect(shown.has('question') || shown.has('bug')).toBe(true);
  });

  it('shows every comment of the thread with its labels and text', async () => {
    const db = await readDb(dashboard);
    await dashboard.click('[data-testid="view-threads"]');
    await until(async () => (await textOf(dashboard, '[data-testid="thread-card"] button.title')) !== null, 'the thread card');
    await dashboard.click('[data-testid="thread-card"] button.title');
    const readComments = () =>
      dashboard.evaluate(() =>
        Array.from(document.querySelectorAll('.thread-view li.comment')).map((li) => ({
          key: li.getAttribute('data-comment-key') ?? '',
          chips: Array.from(li.querySelectorAll('[data-testid="label-chip"]')).map((chip) => chip.getAttribute('data-label') ?? ''),
          text: li.querySelector('.text')?.textContent ?? '',
        })),
      );
    let shown: Awaited<ReturnType<typeof readComments>> = [];
    await until(async () => (shown = await readComments()).length === EXPECTED.count, `${EXPECTED.count} comments in the thread view (the last read had ${shown.length})`);
    expect(await textOf(dashboard, '.thread-head')).toMatch(new RegExp(`(^|\\D)${EXPECTED.count} comments`));
    const byKey = new Map(db.comments.map((c) => [String(c.key), c]));
    for (const comment of shown) {
      const stored = byKey.get(comment.key);
      expect(stored, `stored comment ${comment.key}`).toBeDefined();
      expect(comment.chips, `label chips of ${comment.key}`).toEqual(labelsOf(stored!).filter((label) => label !== 'other'));
      expect(comment.text).toBe(stored!.text);
    }
    expect(shown.flatMap((c) => c.chips)).toEqual(expect.arrayContaining(['thanks', 'question', 'bug']));
  });

  it('marks the labelled comments on the page itself', async () => {
    const db = await readDb(dashboard);
    // Readers' comments: staff's own carry no label chip on the page (they answer; they do not ask).
    const labelled = db.comments.filter((c) => !c.staff && labelsOf(c).some((label) => label !== 'other')).map((c) => String(c.id));
    expect(db.comments.some((c) => c.staff && labelsOf(c).some((label) => label !== 'other'))).toBe(true);
    const readMarks = () => article.evaluate(() => Array.from(document.querySelectorAll('[data-threadsift-mark]')).map((m) => m.getAttribute('data-comment-id') ?? ''));
    let marks: string[] = [];
    await until(async () => (marks = await readMarks()).length === labelled.length, `${labelled.length} marks on the page (the last read had ${marks.length})`);
    expect(marks.sort()).toEqual(labelled.sort());
  });

  it('triage by keyboard: j moves, a marks answered, u undoes, each decision stored in IndexedDB', async () => {
    await dashboard.click('[data-testid="view-queue"]');
    const keys = () => dashboard.evaluate(() => Array.from(document.querySelectorAll('[data-testid="queue-row"]')).map((r) => r.getAttribute('data-comment-key') ?? ''));
    const active = () =>
      dashboard.evaluate(() => {
        const row = document.querySelector('[data-testid="queue-row"].active');
        return { key: row?.getAttribute('data-comment-key') ?? '', index: row?.getAttribute('data-index') ?? '', focused: document.activeElement?.getAttribute('role') ?? '' };
      });
    let open: string[] = [];
    await until(async () => (open = await keys()).length >= 2, 'at least two queue rows');
    // Keys go to the list once it has focus, as after a click on it.
    await dashboard.click('[data-testid="queue-row"]');
    expect((await active()).focused).toBe('listbox');
    const first = await active();
    await dashboard.press('j');
    await until(async () => (await active()).index === String(Number(first.index) + 1), 'j moves the active row down');
    const target = (await active()).key;
    expect(target).not.toBe(first.key);

    await dashboard.press('a');
    await until(async () => (await readDb(dashboard)).triage.some((t) => t.key === target && t.status === 'answered'), 'the answered status in IndexedDB');
    await until(async () => !(await keys()).includes(target), 'the answered comment gone from the open queue');
    expect(await keys()).toHaveLength(open.length - 1);

    await dashboard.press('u');
    await until(async () => {
      const record = (await readDb(dashboard)).triage.find((t) => t.key === target);
      return (record?.status ?? 'open') === 'open';
    }, 'the status restored to open in IndexedDB');
    await until(async () => (await keys()).includes(target), 'the comment back in the queue');
  });

  it('exports the open questions as a real CSV download that lists exactly them', async () => {
    const open = openQuestions(await readDb(dashboard));
    expect(open.length).toBeGreaterThan(0);
    const file = await downloaded(/^threadsift-open-questions-\d{4}-\d{2}-\d{2}\.csv$/, () => dashboard.click('[data-testid="export-csv"]'));
    const parsed = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => unguardCell(row.text)).sort()).toEqual(open.map((c) => String(c.text)).sort());
    for (const row of parsed.data) expect(row.author).toBe(open.find((c) => c.text === unguardCell(row.text))!.author);
  });

  it('exports the same open questions as Markdown (an FAQ draft) and as JSON (the CLI format)', async () => {
    const db = await readDb(dashboard);
    const open = openQuestions(db);
    const markdown = await downloaded(/^threadsift-faq-draft-\d{4}-\d{2}-\d{2}\.md$/, () => dashboard.click('[data-testid="export-md"]'));
    expect(markdown.text).toMatch(/^# /);
    // The FAQ lists the questions; the JSON below holds the bug reports too.
    for (const comment of open) {
      expect(markdown.text.includes(`(<${comment.permalink}>)`), String(comment.permalink)).toBe(shownLabels(db, comment).includes('question'));
    }
    const json = await downloaded(/^threadsift-open-questions-.*\.json$/, () => dashboard.click('[data-testid="export-json"]'));
    const parsed = JSON.parse(json.text) as { format: string; threads: Array<{ comments: Array<{ id: string }> }> };
    expect(parsed.format).toBe('threadsift-threads');
    expect(parsed.threads.flatMap((t) => t.comments.map((c) => c.id)).sort()).toEqual(open.map((c) => String(c.id)).sort());
  });

  it('backs up the whole database from Options, and restores it after "clear all", record for record', async () => {
    const options = await session.openExtensionPage('options.html');
    const before = await allStores(options);
    const beforeDb = await readDb(options);
    expect(beforeDb.comments).toHaveLength(EXPECTED.count);
    const beforeDecisions = staffDecisions(beforeDb);
    const backup = await downloaded(/^threadsift-backup-.*\.json$/, () => options.click('[data-testid="backup-export"]'));
    const parsed = JSON.parse(backup.text);
    expect(parsed.format).toBe('threadsift-backup');
    expect(parsed.comments).toHaveLength(EXPECTED.count);

    await options.click('[data-testid="clear-all"]');
    await options.click('[data-testid="confirm-clear"]');
    await until(async () => (await readDb(options)).comments.length === 0, 'every comment cleared');
    for (const [store, records] of Object.entries(dataStoresOf(await allStores(options)))) expect(records, store).toEqual([]);

    await options.setFiles('[data-testid="backup-import"]', [backup.path]);
    await until(async () => options.evaluate(() => document.querySelector('[data-testid="confirm-restore"]') !== null), 'the restore confirmation');
    // Asking is not doing: nothing is written before the click.
    expect((await readDb(options)).comments).toEqual([]);
    await options.click('[data-testid="confirm-restore"]');
    await until(async () => (await readDb(options)).comments.length === EXPECTED.count, 'the comments restored');
    const after = dataStoresOf(await allStores(options));
    const strict = (stores: Record<string, unknown>) => Object.fromEntries(Object.entries(stores).filter(([name]) => name !== 'triage' && name !== 'settings'));
    expect(strict(after)).toEqual(strict(dataStoresOf(before)));
    // Staff decisions: the same for every comment. A record that only says "open" (left by an undo) means the same as
    // no record, and the store does not keep such records (schema v3), so a restore need not write it back.
    expect(staffDecisions(await readDb(options))).toEqual(beforeDecisions);
  });

  it('logs no error in the extension (its pages, background page or page reader)', async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});
