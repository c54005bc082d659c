// npm run demo [-- --headless]
// Builds the extension, serves the bundled demo thread on 127.0.0.1 and opens Chromium with Threadsift
// loaded. With --headless (or without a display) it scans the demo from the dashboard by itself and
// writes docs/screenshots/*.png.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { launchWithExtension, serve, CHROMIUM } from './chromium';
import { DEMO_POST, DEMO_STAFF, renderDemoPage } from '../tests/fixtures/demo/outage-thread';

const SCREENSHOTS = 'docs/screenshots';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}. Install it: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  const wantHeadless = process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');
  if (wantHeadless && !process.argv.includes('--headless')) console.log('No display found: running the headless demo.');

  console.log('Building the extension (npm run build:e2e) ...');
  execSync('npx wxt build --mode e2e', { stdio: 'inherit' });

  const server = await serve({ [DEMO_POST.path]: renderDemoPage() });
  const threadUrl = server.origin + DEMO_POST.path;
  console.log(`Demo thread served at ${threadUrl}`);
  const session = await launchWithExtension({ headless: wantHeadless });
  const article = await session.context.newPage();
  await article.goto(threadUrl);

  // The options page is where staff name their team's accounts; set the demo site's two.
  const options = await session.openExtensionPage('options.html');
  await options.getByTestId('staff-site').fill('127.0.0.1');
  await options.getByTestId('staff-logins').fill(DEMO_STAFF.join(', '));
  await options.getByTestId('staff-save').click();
  await options.close();

  const dashboard = await session.openExtensionPage('dashboard.html');
  if (!wantHeadless) {
    console.log('Chromium is open with Threadsift loaded: click "Scan" next to the demo tab in the dashboard. Ctrl+C to stop.');
    await new Promise(() => {});
  }

  const row = dashboard.locator(`[data-testid="tab-row"][data-url="${threadUrl}"]`);
  await row.locator('[data-testid="scan-button"]').click();
  await row.locator('[data-testid="scan-status"]', { hasText: /\d+ comments/ }).waitFor({ timeout: 30_000 });
  console.log(`Scan: ${await row.locator('[data-testid="scan-status"]').textContent()}`);
  await dashboard.locator('[data-testid="queue-row"]').first().waitFor();

  mkdirSync(SCREENSHOTS, { recursive: true });
  await dashboard.screenshot({ path: `${SCREENSHOTS}/dashboard.png` });
  await dashboard.emulateMedia({ colorScheme: 'dark' });
  await dashboard.screenshot({ path: `${SCREENSHOTS}/dashboard-dark.png` });
  await article.bringToFront();
  await article.screenshot({ path: `${SCREENSHOTS}/page-marks.png` });
  const optionsPage = await session.openExtensionPage('options.html');
  // Once the browser has said whether the demo site may be read (the row says "checking access…" until then).
  await optionsPage.waitForFunction(() => {
    const access = document.querySelector('[data-testid="site-access"]')?.textContent ?? '';
    return access !== '' && !access.includes('…');
  });
  await optionsPage.screenshot({ path: `${SCREENSHOTS}/options.png` });
  console.log(`Queue rows: ${await dashboard.locator('[data-testid="queue-row"]').count()}`);
  console.log(`Screenshots written to ${SCREENSHOTS}/ (dashboard.png, dashboard-dark.png, page-marks.png, options.png)`);
  if (session.errors.length) console.warn(`Extension pages logged errors:\n${session.errors.join('\n')}`);
  await session.close();
  await server.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
