// Issue 6, least privilege: the production build (the one users install, not the e2e build that
// pre-grants 127.0.0.1) asks for no host access, runs no content script on every page, keeps a
// strict CSP and ships no eval. Then it is loaded into Chromium to show that it really cannot read
// a page nobody invoked it on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, serve, type Served } from '../../scripts/chromium';
import { DEMO_POST, renderDemoPage } from '../fixtures/demo/outage-thread';
import { readExtensionDb } from './idb';
import { until } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROD_DIR = join(ROOT, '.output/chrome-mv3');

/** What the extension may ask for, each explained in the README's Permissions table. */
const EXPECTED_PERMISSIONS = ['activeTab', 'alarms', 'scripting', 'tabs'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
}

let manifest: Manifest;
let scripts: Array<{ path: string; text: string }>;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  // Build exactly what ships.
  await promisify(execFile)('npx', ['wxt', 'build'], { cwd: ROOT, timeout: 90_000 });
  manifest = JSON.parse(await readFile(join(PROD_DIR, 'manifest.json'), 'utf8'));
  const files = (await filesUnder(PROD_DIR)).filter((f) => /\.(m?js|html)$/.test(f));
  scripts = await Promise.all(files.map(async (f) => ({ path: relative(PROD_DIR, f), text: await readFile(f, 'utf8') })));
}, 120_000);

describe('the production manifest', () => {
  it('asks for no host permission up front and no <all_urls>', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions?.slice().sort()).toEqual(EXPECTED_PERMISSIONS);
    expect(manifest.permissions).not.toContain('<all_urls>');
    // Sites are asked for one at a time, at run time.
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('runs no content script on every page (the reader is injected on request)', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches).toEqual([]);
    expect(scripts.map((s) => s.path)).toContain('reader.js');
  });

  it('exposes nothing to web pages or other extensions', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a strict extension CSP: scripts from the package only, no unsafe-eval or unsafe-inline', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => d.trim().split(/\s+/)).filter((parts) => parts[0]).map(([name, ...sources]) => [name, sources]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toContain(directives['object-src']?.[0]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('the README explains every permission it asks for', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    for (const permission of manifest.permissions ?? []) expect(readme).toMatch(new RegExp(`\\|\\s*\`${permission}\`\\s*\\|`));
    expect(readme).toMatch(/optional host permissions/i);
  });
});

describe('the production bundles', () => {
  it('carry both classifier models in the background only, never in the page reader', () => {
    const tagged = scripts.filter((s) => s.text.includes('threadsift-classifier/1')).map((s) => s.path);
    expect(tagged).toEqual(['background.js']);
    const background = scripts.find((s) => s.path === 'background.js')!.text;
    expect(background).toMatch(/tsc1-[0-9a-f]{10}/);
    expect(background).toMatch(/tcm1-[0-9a-f]{10}/);
  });

  it('contain no eval, no new Function, no string timers and no remote code', () => {
    expect(scripts.length).toBeGreaterThan(4);
    const findings: string[] = [];
    const rules: Array<[string, RegExp]> = [
      ['eval(', /(?<![\w$.])eval\s*\(/],
      ['new Function', /\bnew\s+Function\s*\(/],
      // Function("...") without new is the same constructor.
      ['Function(', /(?<![\w$.])Function\s*\(\s*["'`]/],
      ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
      ['remote import', /\bimport\s*\(\s*["'`]https?:/],
      ['importScripts', /\bimportScripts\s*\(/],
    ];
    // Known-safe library false positives would be listed here, each with the reason; there are none today.
    const allowed: Array<{ file: RegExp; rule: string; why: string }> = [];
    for (const { path, text } of scripts) {
      for (const [name, pattern] of rules) {
        const match = pattern.exec(text);
        if (!match) continue;
        if (allowed.some((a) => a.file.test(path) && a.rule === name)) continue;
        findings.push(`${path}: ${name} near ${JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 40))}`);
      }
    }
    expect(findings).toEqual([]);
  });

  it('the pages load only their own module scripts, no inline script', () => {
    for (const { path, text } of scripts.filter((s) => s.path.endsWith('.html'))) {
      const tags = text.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
      expect(tags.length, path).toBeGreaterThan(0);
      for (const tag of tags) {
        expect(tag, path).toMatch(/\bsrc="\/[^"]+\.js"/);
        expect(tag.replace(/^<script\b[^>]*>/, '').replace(/<\/script>$/, '').trim(), path).toBe('');
      }
    }
  });
});

describe('the production build in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let server: Served;
  let dashboard: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serve({ [DEMO_POST.path]: renderDemoPage() });
    profile = await mkdtemp(join(tmpdir(), 'threadsift-prod-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      args: [
        '--headless=new', `--disable-extensions-except=${PROD_DIR}`, `--load-extension=${PROD_DIR}`, '--no-sandbox', '--disable-gpu',
        '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const id = new URL(worker.url()).host;
    const article = await context.newPage();
    await article.goto(server.origin + DEMO_POST.path);
    dashboard = await context.newPage();
    dashboard.on('console', (msg) => void (msg.type() === 'error' && errors.push(msg.text())));
    dashboard.on('pageerror', (error) => errors.push(error.message));
    await dashboard.goto(`chrome-extension://${id}/dashboard.html`);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('holds no host permission at run time', async () => {
    const granted = await dashboard.evaluate(() => (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> } } }).chrome.permissions.getAll());
    expect(granted.origins ?? []).toEqual([]);
    expect((granted.permissions ?? []).slice().sort()).toEqual(EXPECTED_PERMISSIONS);
  });

  it('cannot read a page nobody invoked it on, and says how to allow it; nothing is stored', async () => {
    const url = server.origin + DEMO_POST.path;
    const row = dashboard.locator(`[data-testid="tab-row"][data-url="${url}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('needs permission');
    await row.locator('[data-testid="scan-button"]').click();
    const status = row.locator('[data-testid="scan-status"]');
    await until(async () => /may not read this page/i.test((await status.textContent()) ?? ''), 'permission message', 20_000);
    expect(await status.textContent()).toContain(server.origin);
    expect(await status.locator('button').count()).toBe(1); // the "Allow access to this site" way out
    expect((await readExtensionDb(dashboard)).comments).toEqual([]);
  });

  it('logs no error in its pages', () => {
    expect(errors).toEqual([]);
  });
});
