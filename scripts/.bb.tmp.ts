import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, serve } from './chromium';
const r = await build({ entryPoints: ['scripts/browser-bench/entry.ts'], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
const server = await serve({ '/': '<script src="/b.js"></script>', '/b.js': r.outputFiles[0].text });
const b = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const p = await b.newPage(); await p.goto(server.origin + '/');
for (let i = 0; i < 3; i++) console.log(await p.evaluate(() => (window as any).threadsiftBench.upsert(10000)));
await b.close(); await server.close();
