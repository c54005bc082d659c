// Real Chromium with the built (e2e) extension loaded, plus a static server on 127.0.0.1 for test pages.
import { existsSync } from 'node:fs';
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
  /** Every path requested, in order, query string kept (hostile-text tests assert no beacon came). */
  requests: string[];
  /** Replace or add a page while the server runs (re-scan tests change a thread). */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

/** A page's body, or a function of the full request URL (for JSON APIs that read the query). */
export type Route = string | ((url: URL) => string | undefined);

export async function serve(pages: Record<string, Route>): Promise<Served> {
  const routes = new Map<string, Route>(Object.entries(pages));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes.get(url.pathname);
    const body = typeof route === 'function' ? route(url) : route;
    const path = url.pathname;
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
    requests,
    set: (path, route) => routes.set(path, route),
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
  // Without the build Chromium starts with no extension and the wait for its service worker times out: say why instead.
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No extension build in ${EXTENSION_DIR}: run npm run build:e2e first`);
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
      // Two sites of their own for tests that need them (a page's site is its host, and a canonical URL on
      // another site no longer names the thread): any host under example.org or example.net is this
      // machine, served over plain http without an attempt at https first.
      '--host-resolver-rules=MAP *.example.org 127.0.0.1, MAP *.example.net 127.0.0.1',
      '--disable-features=HttpsUpgrades',
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
