import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build (npm run build:e2e) grants 127.0.0.1 up front so the real-browser tests
// can scan a locally served page without a permission prompt nobody can click.
const e2e = process.env.THREADSIFT_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Threadsift',
    description: 'Triage comment threads locally: find the questions and bug reports among the thank-yous.',
    permissions: ['activeTab', 'scripting', 'storage', 'alarms', 'tabs'],
    optional_host_permissions: ['*://*/*'],
    host_permissions: e2e ? ['http://127.0.0.1/*'] : [],
    action: { default_title: 'Threadsift' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'threadsift@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});
