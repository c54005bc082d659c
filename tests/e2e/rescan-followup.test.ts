// Coming back to a thread: staff accounts set in Options, a first scan, a decision, then the page
// changes (a new question a week after the staff reply, an edit, a removal, another staff reply)
// and a re-scan merges it without losing anything staff did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { DEMO_COMMENTS, DEMO_POST, DEMO_STAFF, renderDemoPage, type DemoComment } from '../fixtures/demo/outage-thread';
import { readExtensionDb, type RawDb } from './idb';
import { scanFromDashboard, setStaffAccounts, triageOf, until, waitForDb } from './helpers';

const EDITED_UUID = '0b1c0004-aaaa-4bbb-8ccc-000000000004'; // fungi_fan_22's bug report
const REMOVED_UUID = '0b1c0005-aaaa-4bbb-8ccc-000000000005'; // claude_m's thank-you
const MENTIONED_QUESTIONS = ['0b1c0003-aaaa-4bbb-8ccc-000000000003', '0b1c0007-aaaa-4bbb-8ccc-000000000007'];
const EDITED_TEXT = 'Two days later my photos still show as pending on the app. I uploaded 40 but the counter says 12. Update: a week on, still stuck at 12.';

/** carrie-support is staff only because Options says so (she is not the post author). */
const STAFF_REPLY: DemoComment = {
  uuid: '0b1c0017-aaaa-4bbb-8ccc-000000000017',
  login: 'carrie-support',
  at: '2026-11-05T10:00:00Z',
  html: '<p><a href="/people/fungi_fan_22">@fungi_fan_22</a> we re-queued your pending uploads, the counter should catch up within a day.</p>',
};
/** Posted a week after the staff reply of Nov 3, asking something new. */
const FOLLOW_UP: DemoComment = {
  uuid: '0b1c0018-aaaa-4bbb-8ccc-000000000018',
  login: 'pollinator_pat',
  at: '2026-11-10T15:00:00Z',
  html: '<p>Since the outage my observations no longer show up in my bee project. Why were they removed from the project, and can someone add them back?</p>',
};

function changedThread(): DemoComment[] {
  const kept = DEMO_COMMENTS.filter((c) => c.uuid !== REMOVED_UUID).map((c) =>
    c.uuid === EDITED_UUID ? { ...c, html: `<p>${EDITED_TEXT}</p>` } : c,
  );
  const beforeGary = kept.findIndex((c) => c.login === 'ghostmail_gary');
  kept.splice(beforeGary, 0, STAFF_REPLY);
  return [...kept, FOLLOW_UP];
}

let session: ExtensionSession;
let server: Served;
let dashboard: Page;
let article: Page;
let pageUrl: string;
let firstScan: RawDb;
let rescanStatus: string;

const comment = (db: RawDb, uuid: string) => db.comments.find((c) => String(c.key).endsWith(`#activity_comment_${uuid}`));
const keyOf = (db: RawDb, uuid: string) => String(comment(db, uuid)?.key);

beforeAll(async () => {
  server = await serve({});
  pageUrl = server.origin + DEMO_POST.path;
  // The canonical link points at the served origin, so the thread's site is 127.0.0.1.
  server.set(DEMO_POST.path, renderDemoPage(DEMO_COMMENTS, server.origin));
  session = await launchWithExtension();

  await setStaffAccounts(session, '127.0.0.1', DEMO_STAFF);

  article = await session.context.newPage();
  await article.goto(pageUrl);
  dashboard = await session.openExtensionPage('dashboard.html');
  await scanFromDashboard(dashboard, pageUrl);
  firstScan = await readExtensionDb(dashboard);

  // A decision and a note on the comment that will be edited, made before the re-scan.
  await dashboard.getByTestId('search').fill('counter says');
  await until(async () => (await dashboard.locator('[data-testid="queue-row"]').count()) === 1, 'search narrows to one row');
  const note = dashboard.locator('.detail textarea').last();
  await note.fill('Asked the app team about the counter.');
  await note.blur();
  const key = keyOf(firstScan, EDITED_UUID);
  await waitForDb(dashboard, (db) => triageOf(db, key)?.note === 'Asked the app team about the counter.', 'note saved');
  await dashboard.locator('[role="listbox"]').focus();
  await dashboard.keyboard.press('a');
  await waitForDb(dashboard, (db) => triageOf(db, key)?.status === 'answered', 'marked answered');
  await dashboard.getByTestId('search').fill('');

  server.set(DEMO_POST.path, renderDemoPage(changedThread(), server.origin));
  await article.reload();
  rescanStatus = await scanFromDashboard(dashboard, pageUrl);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('re-scanning a thread that changed', () => {
  it('the first scan read the thread on the served site with the configured staff', () => {
    expect(firstScan.comments).toHaveLength(DEMO_COMMENTS.length);
    expect(new Set(firstScan.threads.map((t) => t.site))).toEqual(new Set(['127.0.0.1']));
  });

  it('reports what changed in plain words', () => {
    expect(rescanStatus).toContain('2 new, 1 edited, 1 gone since the last scan');
  });

  it('keeps the removed comment, flagged as gone, and nothing else is gone', async () => {
    const db = await readExtensionDb(dashboard);
    expect(db.comments).toHaveLength(DEMO_COMMENTS.length + 2);
    const removed = comment(db, REMOVED_UUID)!;
    expect(removed).toBeDefined();
    expect(typeof removed.goneSince).toBe('string');
    expect(Number.isFinite(Date.parse(String(removed.goneSince)))).toBe(true);
    expect(removed.text).toBe(comment(firstScan, REMOVED_UUID)!.text);
    expect(db.comments.filter((c) => c.goneSince !== null).map((c) => c.key)).toEqual([removed.key]);
  });

  it('keeps the edited comment’s earlier text in its history', async () => {
    const db = await readExtensionDb(dashboard);
    const edited = comment(db, EDITED_UUID)!;
    expect(edited.text).toBe(EDITED_TEXT);
    const history = edited.history as Array<{ text: string; seenUntil: string }>;
    expect(history).toHaveLength(1);
    expect(history[0].text).toBe(comment(firstScan, EDITED_UUID)!.text);
    expect(history[0].seenUntil).toBe(comment(firstScan, EDITED_UUID)!.lastSeenAt);
    expect(edited.firstSeenAt).toBe(comment(firstScan, EDITED_UUID)!.firstSeenAt);
  });

  it('reopens the answered report its writer edited to say it is still broken, keeping the note; touches no other decision', async () => {
    const db = await readExtensionDb(dashboard);
    const triage = triageOf(db, keyOf(db, EDITED_UUID))!;
    // "Update: a week on, still stuck at 12." came after staff marked it answered: that answer does not cover it.
    expect(triage.status).toBe('open');
    expect(triage.note).toBe('Asked the app team about the counter.');
    expect(rescanStatus).toContain('1 reopened');
    // And every other decision record is exactly as before (a scan writes no other staff state).
    expect(db.triage.filter((t) => t.key !== triage.key)).toEqual(firstScan.triage.filter((t) => t.key !== triage.key));
  });

  it('treats the Options staff account as staff: her @mention answers the bug report', async () => {
    const db = await readExtensionDb(dashboard);
    const carrie = comment(db, STAFF_REPLY.uuid)!;
    expect(carrie.staff).toBe(true);
    expect(carrie.staffReason).toBe('configured');
    const bug = comment(db, EDITED_UUID)!;
    expect(bug.labels).toContain('bug');
    expect(bug.reply).toEqual({ state: 'answered', by: carrie.id });
  });

  it('stores the new question as an unanswered follow-up', async () => {
    const db = await readExtensionDb(dashboard);
    const pat = comment(db, FOLLOW_UP.uuid)!;
    expect(pat.labels).toContain('question');
    expect(pat.followUp).toBe(true);
    expect(pat.reply).toEqual({ state: 'unanswered', by: null });
  });

  it('lists it in the Follow-ups view as unanswered; the questions the staff reply @mentioned are not there', async () => {
    await dashboard.getByTestId('view-followups').click();
    const rows = dashboard.locator('[data-testid="queue-row"]');
    await until(async () => (await rows.count()) > 0, 'follow-ups listed');
    const db = await readExtensionDb(dashboard);
    const patRow = rows.and(dashboard.locator(`[data-comment-key="${keyOf(db, FOLLOW_UP.uuid)}"]`));
    expect(await patRow.count()).toBe(1);
    expect(await patRow.textContent()).toContain('unanswered');
    expect(await patRow.textContent()).toContain('follow-up');
    const listed = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-key')));
    for (const uuid of MENTIONED_QUESTIONS) {
      const asked = comment(db, uuid)!;
      expect(asked.labels, `${asked.author} asks a question`).toContain('question');
      expect(asked.reply).toMatchObject({ state: 'answered', by: comment(db, '0b1c0011-aaaa-4bbb-8ccc-000000000011')!.id });
      expect(listed).not.toContain(asked.key);
    }
    // Every row in the view is an open, unanswered follow-up.
    for (const key of listed) {
      const stored = db.comments.find((c) => c.key === key)!;
      expect(stored.followUp).toBe(true);
      expect((stored.reply as { state: string }).state).toBe('unanswered');
    }
  });

  it('puts no thank-you in the queue', async () => {
    await dashboard.getByTestId('view-queue').click();
    const rows = dashboard.locator('[data-testid="queue-row"]');
    await until(async () => (await rows.count()) > 0, 'queue listed');
    const db = await readExtensionDb(dashboard);
    const thanksOnly = db.comments.filter((c) => {
      const labels = c.labels as string[];
      return labels.includes('thanks') && !labels.includes('question') && !labels.includes('bug');
    });
    expect(thanksOnly.length).toBeGreaterThanOrEqual(8);
    const listed = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-key')));
    expect(listed.length).toBeGreaterThan(0);
    for (const thanks of thanksOnly) expect(listed, String(thanks.text)).not.toContain(thanks.key);
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});
