import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  outDir: '.output',
  // The saved third-party pages are test material: never in any zip we hand to a store.
  zip: { excludeSources: ['tests/fixtures/**', 'docs/**', '.tmp/**'] },
  // The e2e build (`npm run build:e2e`, output .output/chrome-mv3-e2e) grants 127.0.0.1 up front so
  // the real-browser tests and the demo can scan a locally served page without a permission
  // prompt nobody can click, and the test hosts the real-browser Chromium resolves to it (two sites
  // of their own: see scripts/chromium.ts). The normal build asks for no host at all.
  manifest: ({ browser, mode, manifestVersion }) => ({
    name: 'Threadsift',
    description: 'Triage comment threads locally: find the questions and bug reports among the thank-yous.',
    permissions: ['activeTab', 'scripting', 'alarms', 'tabs'],
    // MV2 (Firefox) has no optional_host_permissions: hosts go in optional_permissions there.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*', 'http://*.example.org/*', 'http://*.example.net/*'] : [],
    action: { default_title: 'Threadsift' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'threadsift@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});
