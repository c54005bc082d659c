// Fails early, in plain words, when the Firefox end-to-end test cannot find Firefox.
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(path)) {
  console.error(
    `Firefox was not found at ${path}. The Firefox end-to-end test needs it.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
      'or point FIREFOX_PATH at a Firefox binary.',
  );
  process.exit(1);
}
