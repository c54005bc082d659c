// Real Chromium with the built (e2e) extension loaded, plus a static server on 127.0.0.1 for test pages.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3-e2e', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface Served {
  origin: string;
  /** Replace or add a page while the server runs (re-scan tests change a thread). */
  set(path: string, html: string): void;
  close(): Promise<void>;
}

export async function serve(pages: Record<string, string>): Promise<Served> {
  const routes = new Map(Object.entries(pages));
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0].split('#')[0];
    const body = routes.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    set: (path, html) => routes.set(path, html),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Console errors and uncaught exceptions from extension pages and the service worker. */
  errors: string[];
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<ExtensionSession> {
  const headless = options.headless ?? true;
  const profile = await mkdtemp(join(tmpdir(), 'threadsift-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const watch = (page: Page) => {
    if (!page.url().startsWith('chrome-extension://')) return;
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', (page) => page.once('domcontentloaded', () => watch(page)));
  return {
    context,
    extensionId,
    errors,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      const url = `chrome-extension://${extensionId}/${path}`;
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`${url}: ${msg.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
