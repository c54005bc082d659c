// Getting data out and back in, in real Chromium: the three exports of the open questions are
// real downloads with the right contents, and a full backup survives "clear all" and restore
// record for record. Bad files are refused with a message and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { DEMO_COMMENTS, DEMO_POST, renderDemoPage } from '../fixtures/demo/outage-thread';
import { CSV_COLUMNS, unguardCell } from '../../lib/export/csv';
import type { ThreadExport } from '../../lib/thread';
import { readExtensionDb, type RawDb } from './idb';
import { dataStoresOf, downloadText, labelsOf, openQuestions, readAllStores, scanFromDashboard, triageOf, until, waitForDb } from './helpers';

let session: ExtensionSession;
let server: Served;
let dashboard: Page;
let options: Page;
let scanned: RawDb;

beforeAll(async () => {
  server = await serve({ [DEMO_POST.path]: renderDemoPage() });
  session = await launchWithExtension();
  const article = await session.context.newPage();
  await article.goto(server.origin + DEMO_POST.path);

  options = await session.openExtensionPage('options.html');
  await options.getByTestId('staff-site').fill('www.inaturalist.org');
  await options.getByTestId('staff-logins').fill('carrie-support');
  await options.getByTestId('staff-save').click();
  await options.locator('[data-testid="staff-entry"]').waitFor();

  dashboard = await session.openExtensionPage('dashboard.html');
  await scanFromDashboard(dashboard, server.origin + DEMO_POST.path);
  await dashboard.locator('[data-testid="queue-row"]').first().waitFor();
  // Staff state worth keeping: one dismissed, one relabelled by hand (a correction).
  await dashboard.locator('[role="listbox"]').focus();
  const first = (await dashboard.locator('[data-testid="queue-row"].active').getAttribute('data-comment-key'))!;
  await dashboard.keyboard.press('d');
  await waitForDb(dashboard, (db) => triageOf(db, first)?.status === 'dismissed', 'dismissed');
  const second = (await dashboard.locator('[data-testid="queue-row"].active').getAttribute('data-comment-key'))!;
  await dashboard.keyboard.press('l');
  await dashboard.locator('.detail form input[data-label="bug"]').check();
  await dashboard.locator('.detail form button[type="submit"]').click();
  await waitForDb(dashboard, (db) => Array.isArray(triageOf(db, second)?.labelOverride), 'relabelled');
  scanned = await readExtensionDb(dashboard);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('exports of the open questions', () => {
  it('CSV downloads, parses back with papaparse and lists exactly the open questions', async () => {
    const file = await downloadText(dashboard, () => dashboard.getByTestId('export-csv').click());
    expect(file.name).toMatch(/^threadsift-open-questions-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const expected = openQuestions(scanned);
    expect(expected.length).toBeGreaterThan(2);
    expect(parsed.data.map((row) => unguardCell(row.text)).sort()).toEqual(expected.map((c) => String(c.text)).sort());
    for (const row of parsed.data) {
      const stored = expected.find((c) => c.text === unguardCell(row.text))!;
      expect(row.author).toBe(stored.author);
      expect(row.permalink).toBe(stored.permalink);
      expect(row['thread title']).toBe(DEMO_POST.title);
      expect(row['follow-up']).toBe(stored.followUp ? 'yes' : 'no');
    }
    expect(file.text).not.toContain('Mil gracias');
  });

  it('Markdown is an FAQ draft grouped by thread, with a permalink per question', async () => {
    const file = await downloadText(dashboard, () => dashboard.getByTestId('export-md').click());
    expect(file.name).toMatch(/\.md$/);
    // The questions (a report that asks one too included); bug reports that ask nothing are no FAQ.
    const open = openQuestions(scanned);
    const expected = open.filter((c) => labelsOf(scanned, c).includes('question'));
    expect(file.text).toMatch(/^# /);
    expect(file.text.match(/^## /gm)).toHaveLength(1);
    expect(file.text).toContain(DEMO_POST.title);
    for (const question of expected) expect(file.text).toContain(`(<${question.permalink}>)`);
    for (const report of open.filter((c) => !expected.includes(c))) expect(file.text).not.toContain(`(<${report.permalink}>)`);
    expect((file.text.match(/\*\*Answer:\*\*/g) ?? []).length).toBe(expected.length);
    expect(file.text).not.toContain('Vielen Dank');
  });

  it('JSON follows the ThreadExport format of the CLI', async () => {
    const file = await downloadText(dashboard, () => dashboard.getByTestId('export-json').click());
    const parsed = JSON.parse(file.text) as { format: string; exportedAt: string; threads: ThreadExport[] };
    expect(parsed.format).toBe('threadsift-threads');
    expect(Number.isFinite(Date.parse(parsed.exportedAt))).toBe(true);
    expect(parsed.threads).toHaveLength(1);
    const [thread] = parsed.threads;
    expect(Object.keys(thread.thread).sort()).toEqual(['author', 'commentCount', 'exportedCount', 'platform', 'title', 'url']);
    expect(thread.thread).toMatchObject({ title: DEMO_POST.title, platform: 'inaturalist', author: DEMO_POST.author });
    // The thread's count from its scan, and apart from it the open questions exported.
    expect(thread.thread.commentCount).toBe(scanned.threads[0].commentCountRead);
    expect(thread.thread.exportedCount).toBe(thread.comments.length);
    expect(thread.thread.commentCount).toBeGreaterThan(thread.thread.exportedCount);
    const expected = openQuestions(scanned);
    expect(thread.comments.map((c) => c.id).sort()).toEqual(expected.map((c) => String(c.id)).sort());
    for (const c of thread.comments) {
      expect(Object.keys(c).sort()).toEqual(
        ['author', 'followUp', 'id', 'labels', 'parentId', 'permalink', 'publishedAt', 'reply', 'scores', 'staff', 'text'].sort(),
      );
      expect(typeof c.text).toBe('string');
      expect(c.labels.length).toBeGreaterThan(0);
      expect(Object.keys(c.scores).sort()).toEqual(['bug', 'other', 'question', 'thanks']);
      expect(c.reply === null || ['answered', 'possibly-answered', 'unanswered'].includes(c.reply.state)).toBe(true);
    }
    // The hand-set label wins in the export, as on screen.
    const relabelled = scanned.triage.find((t) => Array.isArray(t.labelOverride))!;
    const inExport = thread.comments.find((c) => relabelled.key === `${scanned.threads[0].url}#${c.id}`);
    expect(inExport?.labels).toEqual(relabelled.labelOverride);
  });
});

describe('full backup and restore from Options', () => {
  let before: Awaited<ReturnType<typeof readAllStores>>;
  let backupText = '';

  const errorBox = () => options.getByTestId('restore-error');
  const chooseFile = (name: string, text: string) =>
    options.getByTestId('backup-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const dataOf = dataStoresOf;

  it('downloads the whole database as one JSON file', async () => {
    // A tab in the background gets throttled timers: bring Options to the front as a user would.
    await options.bringToFront();
    await options.reload();
    before = await readAllStores(options);
    expect((await readExtensionDb(options)).comments).toHaveLength(DEMO_COMMENTS.length);
    expect(before.stores.corrections).toHaveLength(1);
    expect(before.stores.settings).toHaveLength(1);
    const file = await downloadText(options, () => options.getByTestId('backup-export').click());
    expect(file.name).toMatch(/^threadsift-backup-.*\.json$/);
    backupText = file.text;
    const backup = JSON.parse(backupText);
    expect(backup.format).toBe('threadsift-backup');
    expect(backup.comments).toHaveLength(DEMO_COMMENTS.length);
    expect(backup.triage).toHaveLength(DEMO_COMMENTS.length);
  });

  it('refuses a corrupt file with a visible message and overwrites nothing', async () => {
    await chooseFile('backup.json', backupText.slice(0, Math.floor(backupText.length / 2)));
    await errorBox().waitFor({ state: 'visible' });
    // Half a backup: the message says it was cut off, which is what happened.
    expect(await errorBox().textContent()).toMatch(/incomplete: it stops before its end/i);
    expect(await options.getByTestId('confirm-restore').count()).toBe(0);
    expect(dataOf(await readAllStores(options))).toEqual(dataOf(before));
  });

  it('refuses a foreign JSON file (an export, not a backup) and overwrites nothing', async () => {
    const exportFile = await downloadText(dashboard, () => dashboard.getByTestId('export-json').click());
    await chooseFile('open-questions.json', exportFile.text);
    await until(async () => /not a Threadsift backup/i.test((await errorBox().textContent()) ?? ''), 'foreign file refused');
    await chooseFile('package.json', JSON.stringify({ name: 'x', version: '1.0.0' }));
    await until(async () => /not a Threadsift backup/i.test((await errorBox().textContent()) ?? ''), 'package.json refused');
    // A backup whose records are damaged is refused as a whole, too.
    const damaged = JSON.parse(backupText);
    damaged.triage[0].status = 'maybe';
    await chooseFile('damaged.json', JSON.stringify(damaged));
    await until(async () => /damaged or incomplete/i.test((await errorBox().textContent()) ?? ''), 'damaged backup refused');
    expect(await options.getByTestId('confirm-restore').count()).toBe(0);
    expect(dataOf(await readAllStores(options))).toEqual(dataOf(before));
  });

  it('clear all empties every store', async () => {
    await options.getByTestId('clear-all').click();
    await options.getByTestId('confirm-clear').click();
    await options.getByTestId('data-notice').waitFor();
    const cleared = await readAllStores(options);
    const data = dataStoresOf(cleared);
    expect(Object.keys(data).length).toBeGreaterThanOrEqual(5);
    for (const [store, records] of Object.entries(data)) expect(records, store).toEqual([]);
  });

  it('restores the backup only after confirmation, record for record', async () => {
    await chooseFile('backup.json', backupText);
    const confirm = options.getByTestId('confirm-restore');
    await confirm.waitFor({ state: 'visible' });
    expect(await errorBox().count()).toBe(0);
    // Asking is not doing: nothing is written before the click.
    expect((await readExtensionDb(options)).comments).toEqual([]);
    await confirm.click();
    await options.getByTestId('data-notice').waitFor();
    await until(async () => (await readExtensionDb(options)).comments.length > 0, 'restored');
    expect(dataOf(await readAllStores(options))).toEqual(dataOf(before));
  });

  it('the dashboard shows the restored queue', async () => {
    await dashboard.reload();
    await dashboard.locator('[data-testid="queue-row"]').first().waitFor();
    const db = await readExtensionDb(dashboard);
    expect(openQuestions(db).map((c) => c.key).sort()).toEqual(openQuestions(scanned).map((c) => c.key).sort());
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});
