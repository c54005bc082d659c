import { parseHTML } from 'linkedom';
import { buildWordPressPage } from '../../../scripts/bench-extract';
import { extractThread } from '../../../lib/extract/registry';
const doc = parseHTML(buildWordPressPage(5000)).document as unknown as Document;
const ctx = { url: 'https://bench.example/post/', now: new Date() };
for (let i = 0; i < 5; i++) { const t = performance.now(); await extractThread(doc, ctx); console.log('linkedom 5000', (performance.now() - t).toFixed(1)); }
