// Real Firefox (Debian's firefox-esr, headless) with the built Firefox e2e extension loaded as a
// temporary add-on, driven over WebDriver BiDi. The Firefox counterpart of scripts/chromium.ts;
// test pages are served by `serve` from there.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BidiConnection, type BidiParams, type EvaluateResult } from './bidi';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../.output/firefox-mv2-e2e', import.meta.url));
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export const FIREFOX_MISSING =
  `Firefox was not found at ${FIREFOX}. The Firefox end-to-end test needs it.\n` +
  'Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
  'or point FIREFOX_PATH at a Firefox binary.';

const STARTUP_TIMEOUT = 60_000;
const VIEWPORT = { width: 1280, height: 860 };

export interface FirefoxSession {
  bidi: BidiConnection;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** Host of the extension's pages: moz-extension://<uuid>/, pinned through the profile. */
  extensionUuid: string;
  /**
   * Errors the extension caused since the add-on was installed (its pages, background page and page
   * reader): uncaught exceptions, unhandled rejections, CSP violations, as the Browser Console lists them.
   */
  extensionErrors(): Promise<string[]>;
  newTab(url: string): Promise<FirefoxTab>;
  openExtensionPage(path: string): Promise<FirefoxTab>;
  close(): Promise<void>;
}

/**
 * Starts headless Firefox with a fresh profile, installs the e2e build as a temporary add-on (as
 * about:debugging's "Load Temporary Add-on" does) and returns a session. Throws a plain message
 * when Firefox or the build is missing.
 */
export async function launchFirefoxWithExtension(options: { extensionDir?: string; downloadDir?: string } = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(FIREFOX)) throw new Error(FIREFOX_MISSING);
  const addonId = addonIdOf(extensionDir);
  const extensionUuid = randomUUID();
  const profile = await mkdtemp(join(tmpdir(), 'threadsift-firefox-'));
  await writeFile(join(profile, 'user.js'), userPrefs({ [addonId]: extensionUuid }, options.downloadDir));

  const browser = spawn(
    FIREFOX,
    // --remote-allow-system-access: BiDi may only navigate to http(s), file and blob URLs without it,
    // and the dashboard is a moz-extension:// page.
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, 'about:blank'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  // A test run that dies without closing the session must not leave Firefox behind.
  const killOnExit = () => browser.kill('SIGKILL');
  process.once('exit', killOnExit);
  browser.once('exit', () => process.off('exit', killOnExit));
  let bidi: BidiConnection | null = null;
  try {
    const endpoint = await bidiEndpoint(browser);
    bidi = await BidiConnection.connect(`${endpoint}/session`);
    await bidi.send('session.new', { capabilities: {} });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: extensionDir },
    });
    if (installed.extension !== addonId) throw new Error(`Firefox installed add-on "${installed.extension}", expected "${addonId}"`);
    return await startSession(bidi, browser, profile, addonId, extensionUuid);
  } catch (error) {
    bidi?.close();
    await stopBrowser(browser);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

async function startSession(bidi: BidiConnection, browser: ChildProcess, profile: string, addonId: string, extensionUuid: string): Promise<FirefoxSession> {
  const chromeWindow = await watchExtensionErrors(bidi, `moz-extension://${extensionUuid}/`);

  const newTab = async (url: string): Promise<FirefoxTab> => {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await bidi.send('browsingContext.setViewport', { context, viewport: VIEWPORT });
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return new FirefoxTab(bidi, context, url);
  };

  return {
    bidi,
    addonId,
    extensionUuid,
    newTab,
    openExtensionPage: (path) => newTab(`moz-extension://${extensionUuid}/${path}`),
    async extensionErrors() {
      const result = await bidi.send<EvaluateResult>('script.evaluate', {
        expression: 'JSON.stringify(window.__threadsiftErrors)',
        target: { context: chromeWindow },
        awaitPromise: false,
      });
      if (result.type !== 'success' || result.result?.type !== 'string') throw new Error('The error watcher in the browser window is gone');
      return JSON.parse(String(result.result.value)) as string[];
    },
    async close() {
      await bidi.send('browser.close', {}, 10_000).catch(() => undefined);
      bidi.close();
      await stopBrowser(browser, 10_000);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox's WebDriver BiDi reports no log entries of extension pages, so errors are read where the
 * Browser Console reads them: the console service of the parent process, reachable from the browser
 * window with --remote-allow-system-access. It sees the uncaught exceptions, unhandled rejections and
 * CSP violations of the extension's background page, its own pages and the page reader.
 * Returns the browser window's context, which holds the collected messages.
 */
async function watchExtensionErrors(bidi: BidiConnection, origin: string): Promise<string> {
  const tree = await bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const chromeWindow = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
  if (!chromeWindow) throw new Error(`No Firefox browser window among ${tree.contexts.map((c) => c.url).join(', ')}`);
  const result = await bidi.send<EvaluateResult>('script.callFunction', {
    functionDeclaration: `(origin) => {
      const isExtensionError = (m) =>
        m instanceof Ci.nsIScriptError &&
        !(m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) &&
        String(m.sourceName || '').startsWith(origin);
      const describe = (m) => m.sourceName + ':' + m.lineNumber + ': ' + m.errorMessage;
      const seen = (Services.console.getMessageArray() || []).filter(isExtensionError).map(describe);
      const listener = { observe: (m) => { if (isExtensionError(m)) seen.push(describe(m)); } };
      Services.console.registerListener(listener);
      window.addEventListener('unload', () => Services.console.unregisterListener(listener));
      window.__threadsiftErrors = seen;
    }`,
    arguments: [{ type: 'string', value: origin }],
    target: { context: chromeWindow },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Could not watch the extension's errors: ${result.exceptionDetails?.text}`);
  return chromeWindow;
}

/** WebDriver's key values for the named keys the tests press (single characters are sent as they are). */
const KEY_CODES: Record<string, string> = { Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004' };

/** One tab: evaluate functions in its page, click its elements and press keys with the real input devices. */
export class FirefoxTab {
  constructor(
    private readonly bidi: BidiConnection,
    readonly context: string,
    readonly url: string,
  ) {}

  /**
   * Runs `fn` in the page (awaited) and returns its result through JSON, so only plain data comes
   * back. `fn` is sent as source text: it may not use anything from the test's scope but `arg`.
   */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const result = await this.call(
      `async (argJson) => { const value = await (${fn.toString()})(JSON.parse(argJson)); return value === undefined ? undefined : JSON.stringify(value); }`,
      [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    );
    const value = result.result;
    return (value?.type === 'string' ? JSON.parse(String(value.value)) : undefined) as R;
  }

  /**
   * Clicks the `index`-th element matching `selector` as a user would (pointer move, press, release
   * at its centre), once it has stopped moving and nothing covers it.
   */
  async click(selector: string, index = 0): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.context });
    const found = await this.call(
      `async (selector, index) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        const deadline = Date.now() + 5000;
        let problem = 'no element matches';
        while (Date.now() < deadline) {
          const el = document.querySelectorAll(selector)[index];
          if (el) {
            el.scrollIntoView({ block: 'center' });
            const before = el.getBoundingClientRect();
            await frame();
            const rect = el.getBoundingClientRect();
            const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
            const still = rect.x === before.x && rect.y === before.y && rect.width === before.width && rect.height === before.height;
            if (still && rect.width > 0 && hit && el.contains(hit)) return el;
            problem = !still ? 'element still moving' : rect.width === 0 ? 'element has no size' : 'element covered by ' + (hit ? hit.outerHTML.slice(0, 80) : 'nothing');
          }
          await frame();
        }
        throw new Error(problem + ': ' + selector + ' [' + index + ']');
      }`,
      [
        { type: 'string', value: selector },
        { type: 'number', value: index },
      ],
    );
    const sharedId = found.result?.sharedId;
    if (!sharedId) throw new Error(`No element matches ${selector} (index ${index}) in ${this.url}`);
    const origin = { type: 'element', element: { sharedId } };
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.bidi.send('input.releaseActions', { context: this.context });
  }

  /** Sets the files of the `<input type="file">` matching `selector`, as choosing them in the file dialog does. */
  async setFiles(selector: string, paths: string[]): Promise<void> {
    const found = await this.call(`(selector) => document.querySelector(selector)`, [{ type: 'string', value: selector }]);
    const sharedId = found.result?.sharedId;
    if (!sharedId) throw new Error(`No element matches ${selector} in ${this.url}`);
    await this.bidi.send('input.setFiles', { context: this.context, element: { sharedId }, files: paths });
  }

  /** Presses and releases one key on the focused element, as the keyboard would ("j", "Escape"). */
  async press(key: string): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.context });
    const value = KEY_CODES[key] ?? key;
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
    await this.bidi.send('input.releaseActions', { context: this.context });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context });
  }

  private async call(functionDeclaration: string, args: BidiParams[]): Promise<EvaluateResult> {
    const result = await this.bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration,
      arguments: args,
      awaitPromise: true,
      target: { context: this.context },
      serializationOptions: { maxDomDepth: 0 },
    });
    if (result.type === 'exception') throw new Error(`Script failed in ${this.url}: ${result.exceptionDetails?.text ?? 'unknown error'}`);
    return result;
  }
}

function addonIdOf(dir: string): string {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox e2e build at ${dir}. Build it first: npx wxt build -b firefox --mode e2e (npm run test:e2e does).`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id: Firefox needs a fixed add-on id to pin its moz-extension:// host`);
  return id;
}

/** Profile preferences: the extension's moz-extension host fixed in advance, and no first-run or update noise. */
function userPrefs(uuids: Record<string, string>, downloadDir?: string): string {
  const prefs: Record<string, string | number | boolean> = {
    // Downloads go straight to `downloadDir`, without a dialog or the downloads panel, as a user's default setup does.
    ...(downloadDir
      ? {
          'browser.download.folderList': 2,
          'browser.download.dir': downloadDir,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.alwaysOpenPanel': false,
          'browser.download.panel.shown': true,
          'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,text/markdown,text/plain',
        }
      : {}),
    'extensions.webextensions.uuids': JSON.stringify(uuids),
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

/** Waits for Firefox to print its WebDriver BiDi address; fails with Firefox's own output if it exits first. */
function bidiEndpoint(browser: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => finish(new Error(`Firefox did not start WebDriver BiDi within ${STARTUP_TIMEOUT} ms. Its output:\n${output}`)), STARTUP_TIMEOUT);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (match) finish(null, match[1]);
    };
    const onExit = (code: number | null) => finish(new Error(`Firefox exited (code ${code}) before WebDriver BiDi started. Its output:\n${output}`));
    const onError = (error: Error) => finish(new Error(`Could not start ${FIREFOX}: ${error.message}`));
    function finish(error: Error | null, endpoint?: string) {
      clearTimeout(timer);
      browser.stdout?.off('data', onData);
      browser.stderr?.off('data', onData);
      browser.off('exit', onExit);
      browser.off('error', onError);
      // Keep draining Firefox's output so a full pipe never blocks it.
      browser.stdout?.resume();
      browser.stderr?.resume();
      if (error) reject(error);
      else resolve(endpoint!);
    }
    browser.stdout?.on('data', onData);
    browser.stderr?.on('data', onData);
    browser.once('exit', onExit);
    browser.once('error', onError);
  });
}

/** Waits up to `graceMs` for Firefox to exit (after browser.close), then terminates it, then kills it. */
async function stopBrowser(browser: ChildProcess, graceMs = 0): Promise<void> {
  const running = () => browser.exitCode === null && browser.signalCode === null;
  if (!running()) return;
  const exited = new Promise<void>((resolve) => browser.once('exit', () => resolve()));
  const within = (ms: number) => Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
  if (graceMs > 0 && (await within(graceMs))) return;
  browser.kill('SIGTERM');
  if (await within(5_000)) return;
  browser.kill('SIGKILL');
  await exited;
}
