// Issue 6, hostile text: a WordPress page whose comments are markup, script, javascript: links,
// bidi overrides, zalgo, 1 MB of text and a null byte. After a scan, every extension page shows
// them as text, nothing runs or loads (the test server would see the payloads' beacons), IndexedDB
// holds the page's text byte for byte, and the in-page marks sit in a closed Shadow DOM the page
// cannot reach or restyle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, type ExtensionSession, type Served } from '../../scripts/chromium';
import { HOSTILE_POST, hostileComments, renderHostilePage, type HostileComment } from '../fixtures/hostile/hostile-thread';
import { readExtensionDb, type RawDb } from './idb';
import Papa from 'papaparse';
import { unguardCell } from '../../lib/export/csv';
import { auditDom, CLEAN_AUDIT, downloadText, scanFromDashboard, until } from './helpers';

let session: ExtensionSession;
let server: Served;
let article: Page;
let dashboard: Page;
let pageUrl: string;
let comments: HostileComment[];
let db: RawDb;

const stored = (id: number) => db.comments.find((c) => String(c.key).endsWith(`#comment-${id}`));

beforeAll(async () => {
  server = await serve({});
  pageUrl = server.origin + HOSTILE_POST.path;
  comments = hostileComments(server.origin);
  server.set(HOSTILE_POST.path, renderHostilePage(server.origin, comments));
  session = await launchWithExtension();
  article = await session.context.newPage();
  await article.goto(pageUrl);
  dashboard = await session.openExtensionPage('dashboard.html');
  await scanFromDashboard(dashboard, pageUrl);
  db = await readExtensionDb(dashboard);
}, 90_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The audit must be clean, and the page must never have requested a beacon. */
async function expectNothingRan(page: Page, where: string) {
  expect(await auditDom(page), where).toEqual(CLEAN_AUDIT);
  expect(server.requests.filter((r) => r.startsWith('/beacon')), where).toEqual([]);
}

describe('hostile comment text', () => {
  it('the served page shows every payload as text (the fixture itself is inert)', async () => {
    const pageTexts = await article.evaluate(() =>
      Array.from(document.querySelectorAll('.comment-content')).map((el) => el.textContent!.trim()),
    );
    expect(pageTexts).toEqual(comments.map((c) => c.text));
    expect(await article.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it('stores every comment, with the page’s text byte for byte (the 1 MB one and the null byte included)', () => {
    expect(db.comments).toHaveLength(comments.length);
    for (const comment of comments) {
      const record = stored(comment.id);
      expect(record, `comment ${comment.id}`).toBeDefined();
      const text = String(record!.text);
      // Compare as code units so a mismatch in a 1 MB string reports where, not a 2 MB diff.
      const firstDiff = [...Array(Math.max(text.length, comment.text.length)).keys()].find((i) => text[i] !== comment.text[i]);
      expect(firstDiff, `comment ${comment.id} differs at ${firstDiff}: ${JSON.stringify(text.slice(firstDiff, (firstDiff ?? 0) + 40))}`).toBeUndefined();
      expect(Buffer.from(text, 'utf8').equals(Buffer.from(comment.text, 'utf8'))).toBe(true);
      expect(record!.author).toBe(comment.author);
    }
    expect(String(stored(908)!.text).length).toBeGreaterThanOrEqual(1_048_576);
    expect(String(stored(909)!.text)).toContain('\u0000');
    expect(db.threads[0].title).toBe(HOSTILE_POST.title);
  });

  it('dashboard, all comments view: every row shows its payload as text and nothing ran', async () => {
    await dashboard.getByTestId('view-all').click();
    const rows = dashboard.locator('[data-testid="queue-row"]');
    await until(async () => (await rows.count()) === comments.length, 'all rows rendered');
    const shown = (await rows.allTextContents()).join('\n');
    expect(shown).toContain('<img src=');
    expect(shown).toContain('<script>window.__pwned=1;');
    expect(shown).toContain('"><svg onload=');
    expect(shown).toContain('javascript:window.__pwned=1');
    expect(shown).toContain('\u202E');
    await expectNothingRan(dashboard, 'all comments view');
  });

  it('a right-to-left override in a name stays inside the name: the badges of the row keep their order', async () => {
    const row = dashboard.locator('[data-testid="queue-row"]', { hasText: 'gnp.exe' }).first();
    const lefts = await row.locator('.row-head > *').evaluateAll((els) => els.map((el) => [el.className, el.getBoundingClientRect().left] as const));
    expect(lefts[0][0]).toBe('author');
    const xs = lefts.map(([, left]) => left);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('CSV and JSON exports keep the hostile text exactly, as data', async () => {
    await dashboard.getByTestId('view-queue').click();
    const csv = await downloadText(dashboard, () => dashboard.getByTestId('export-csv').click());
    const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const json = JSON.parse((await downloadText(dashboard, () => dashboard.getByTestId('export-json').click())).text) as {
      threads: Array<{ comments: Array<{ id: string; text: string }> }>;
    };
    const exported = json.threads[0].comments;
    expect(exported.length).toBe(parsed.data.length);
    expect(exported.length).toBeGreaterThanOrEqual(comments.length - 2);
    for (const row of parsed.data) {
      const original = comments.find((c) => c.text === unguardCell(row.text));
      expect(original, `CSV cell ${JSON.stringify(row.text.slice(0, 60))}`).toBeDefined();
    }
    for (const c of exported) expect(comments.map((x) => x.text)).toContain(c.text);
    expect(exported.some((c) => c.text.length >= 1_048_576)).toBe(true);
    expect(exported.some((c) => c.text.includes('\u0000'))).toBe(true);
    await expectNothingRan(dashboard, 'after exports');
    await dashboard.getByTestId('view-all').click();
  });

  it('dashboard, detail pane of each comment (the whole 1 MB text included): nothing ran', async () => {
    await dashboard.locator('[role="listbox"]').focus();
    const seen = new Set<string>();
    for (let i = 0; i < comments.length; i++) {
      if (i > 0) await dashboard.keyboard.press('j');
      await until(async () => (await dashboard.locator('[data-testid="queue-row"].active').getAttribute('data-index')) === String(i), `row ${i} active`);
      const key = (await dashboard.locator('[data-testid="queue-row"].active').getAttribute('data-comment-key'))!;
      const full = (await dashboard.locator('.detail .fulltext').textContent()) ?? '';
      expect(full).toBe(db.comments.find((c) => c.key === key)!.text);
      seen.add(key);
      await expectNothingRan(dashboard, `detail of ${key}`);
    }
    expect(seen.size).toBe(comments.length);
  });

  it('dashboard, thread view and threads list: nothing ran', async () => {
    await dashboard.keyboard.press('Enter');
    const view = dashboard.locator('.thread-view');
    await view.waitFor();
    const texts = await view.locator('li.comment .text').allTextContents();
    expect(texts.sort()).toEqual(comments.map((c) => c.text).sort());
    expect(await view.locator('h1').textContent()).toBe(HOSTILE_POST.title);
    await expectNothingRan(dashboard, 'thread view');
    await dashboard.keyboard.press('Escape');
    await dashboard.getByTestId('view-threads').click();
    await dashboard.locator('[data-testid="thread-card"]').first().waitFor();
    expect(await dashboard.locator('[data-testid="thread-card"]').first().textContent()).toContain(HOSTILE_POST.title);
    await expectNothingRan(dashboard, 'threads view');
  });

  it('popup scanning the hostile page, and the options page: nothing ran', async () => {
    const popup = await session.openExtensionPage('popup.html');
    // The popup scans the active tab: make the article active, then let the popup read it.
    await article.bringToFront();
    await popup.reload();
    await popup.getByTestId('scan-page').click();
    const result = popup.getByTestId('scan-result');
    await until(async () => /comments/.test((await result.textContent()) ?? ''), 'popup scan result', 60_000);
    await expectNothingRan(popup, 'popup');
    const options = await session.openExtensionPage('options.html');
    await options.locator('[data-testid="site-row"]').first().waitFor();
    await expectNothingRan(options, 'options');
    await expectNothingRan(dashboard, 'dashboard after everything');
  });

  it('the article page stays inert after the scan and its marks', async () => {
    expect(await article.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(server.requests.filter((r) => r.startsWith('/beacon'))).toEqual([]);
    // Nothing Threadsift added to the page is an element the payloads name.
    expect(await article.evaluate(() => document.querySelectorAll('[data-threadsift-mark] img, [data-threadsift-mark] script, [data-threadsift-mark] svg').length)).toBe(0);
  });

  it('logs no error in any extension page', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('in-page marks', () => {
  it('live in closed shadow roots: the page sees the hosts, never the chips inside, and cannot restyle them', async () => {
    const probe = await article.evaluate(() => (window as unknown as { __pageProbe(): { hosts: number; spansSeen: number; rootsSeen: number; internalRoots: number } }).__pageProbe());
    expect(probe.hosts).toBeGreaterThan(0);
    expect(probe.spansSeen).toBe(0);
    expect(probe.rootsSeen).toBe(0);
    // Nor through a custom element of the marks' name defined beforehand.
    expect(probe.internalRoots).toBe(0);

    // Look inside with the DevTools protocol, which (unlike the page) can pierce closed roots.
    const cdp = await session.context.newCDPSession(article);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    type DomNode = { nodeId: number; nodeName: string; localName: string; nodeValue: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: Array<DomNode & { shadowRootType: string }> };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const hosts: DomNode[] = [];
    const visit = (node: DomNode) => {
      if (node.localName.startsWith('threadsift-mark-') && (node.attributes ?? []).includes('data-threadsift-mark')) hosts.push(node);
      for (const child of node.children ?? []) visit(child);
    };
    visit(root);
    expect(hosts.length).toBe(probe.hosts);
    const chips: Array<{ nodeId: number; text: string }> = [];
    for (const host of hosts) {
      expect(host.shadowRoots?.map((r) => r.shadowRootType)).toEqual(['closed']);
      for (const child of host.shadowRoots![0].children ?? []) {
        if (child.localName === 'span') chips.push({ nodeId: child.nodeId, text: (child.children ?? []).map((t) => t.nodeValue).join('') });
      }
    }
    expect(chips.length).toBeGreaterThan(0);
    for (const chip of chips) {
      expect(['question', 'bug', 'thanks']).toContain(chip.text);
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: chip.nodeId })) as {
        computedStyle: Array<{ name: string; value: string }>;
      };
      const style = Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
      // The page's sheet says display:none, red 40px text on green, a blue outline; its script set visibility:hidden.
      expect(style.display).not.toBe('none');
      expect(style.visibility).toBe('visible');
      expect(style.color).toBe('rgb(255, 255, 255)');
      expect(style['font-size']).toBe('11px');
      expect(style['background-color']).not.toBe('rgb(0, 255, 0)');
      expect(style['outline-color']).not.toBe('rgb(0, 0, 255)');
    }
    await cdp.detach();
  });
});
