// A thread that lives in a frame of its own (Disqus): the scan finds the frame, reads it there and
// stores the thread under the host page, not the frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { readExtensionDb } from './idb';

const FRAME_HTML = readFileSync(new URL('../fixtures/platforms/disqus-frame/source.html', import.meta.url), 'utf8');
const EXPECTED = JSON.parse(readFileSync(new URL('../fixtures/platforms/disqus-frame/expected.json', import.meta.url), 'utf8')) as {
  count: number;
  comments: Array<{ author: string }>;
};

let session: ExtensionSession;
let server: Served;
let dashboard: Page;
let hostUrl: string;

beforeAll(async () => {
  server = await serve({ '/embed/comments/': FRAME_HTML });
  hostUrl = `${server.origin}/2026/01/backup-timeouts/`;
  server.set(
    '/2026/01/backup-timeouts/',
    `<!DOCTYPE html><html lang="en"><head><title>Backup timeouts in 2.3</title></head><body>
<article><h1>Backup timeouts in 2.3</h1><p>Some backups timed out this week.</p></article>
<div id="disqus_thread"><iframe src="/embed/comments/" title="Disqus" width="800" height="600"></iframe></div>
</body></html>`,
  );
  session = await launchWithExtension();
  const article = await session.context.newPage();
  await article.goto(hostUrl);
  await article.frameLocator('iframe').locator('body').waitFor();
  dashboard = await session.openExtensionPage('dashboard.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a comment thread inside a frame', () => {
  it('is found and read from the dashboard scan', async () => {
    const row = dashboard.locator(`[data-testid="tab-row"][data-url="${hostUrl}"]`);
    await row.locator('[data-testid="scan-button"]').click();
    const status = row.locator('[data-testid="scan-status"]');
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 30_000 }).toMatch(/\d+ comments/);
    expect(await status.textContent()).toContain(`${EXPECTED.count} comments`);
  });

  it('stores every frame comment with its author', async () => {
    const db = await readExtensionDb(dashboard);
    expect(db.comments).toHaveLength(EXPECTED.count);
    expect(db.comments.map((c) => c.author).sort()).toEqual(EXPECTED.comments.map((c) => c.author).sort());
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});
