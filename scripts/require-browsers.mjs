// Fails early, in plain words, when the real-browser tests cannot find a browser they drive.
import { existsSync } from 'node:fs';

const BROWSERS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium', needs: 'The end-to-end tests need it.' },
  { name: 'Firefox', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr', needs: 'The Firefox end-to-end test needs it.' },
];

let missing = false;
for (const browser of BROWSERS) {
  const path = process.env[browser.env] || browser.path;
  if (existsSync(path)) continue;
  missing = true;
  console.error(
    `${browser.name} was not found at ${path}. ${browser.needs}\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y ${browser.pkg}\n` +
      `or point ${browser.env} at a ${browser.name} binary.`,
  );
}
if (missing) process.exit(1);
