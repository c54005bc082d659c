// Renders the toolbar icons (public/icon/*.png) from one SVG with Chromium, so the mark stays
// the same as the Logo component. Run once after changing the mark: npx tsx scripts/make-icons.ts
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM } from './chromium';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
  <rect x="0.5" y="0.5" width="23" height="23" rx="5.5" fill="#3949c8"/>
  <g fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
    <path d="M4.5 5.5h15v9.5H9.5l-5 4z"/><path d="M8 9h8M10 12h4"/>
  </g>
</svg>`;

async function main(): Promise<void> {
  mkdirSync('public/icon', { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 96, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${SVG}`);
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  }
  await browser.close();
  console.log('public/icon/{16,32,48,96,128}.png written');
}

void main();
