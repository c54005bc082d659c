import { defineWebExtConfig } from 'wxt';

// `npm run dev` rebuilds on change but does not launch a browser: load .output/chrome-mv3-dev
// by hand (chrome://extensions -> Load unpacked). Launching needs a display, and machines without
// one (CI, servers) would fail here.
export default defineWebExtConfig({ disabled: true });
