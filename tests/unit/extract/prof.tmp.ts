import { JSDOM } from 'jsdom';
import { buildWordPressPage } from '../../../scripts/bench-extract';
import { extractThread } from "../../../lib/extract/registry";
const doc = new JSDOM(buildWordPressPage(5000), { url: 'https://bench.example/post/' }).window.document;
const ctx = { url: 'https://bench.example/post/', now: new Date() };
for (let i = 0; i < 3; i++) { const t = performance.now(); await extractThread(doc, ctx); console.log('wp extract 1000', (performance.now() - t).toFixed(1)); }
