import { JSDOM } from 'jsdom';
import { buildWordPressPage } from '/work/main/scripts/bench-extract';
import { EXTRACTORS } from '/work/main/lib/extract/registry';
const doc = new JSDOM(buildWordPressPage(), { url: 'https://bench.example/post/' }).window.document;
const ctx = { url: 'https://bench.example/post/', now: new Date() };
for (const e of EXTRACTORS) { const t = performance.now(); const r = e.canExtract(doc, ctx); console.log(e.id, r, (performance.now() - t).toFixed(1)); }
let t = performance.now(); const all = doc.querySelectorAll('li.comment, li[id^="comment-"], article.comment[id^="comment-"], div.comment[id^="comment-"], div[id^="comment-"][data-comment-id]'); console.log('qsa', all.length, (performance.now()-t).toFixed(1));
t = performance.now(); const b = doc.getElementsByTagName('li'); console.log('byTag', b.length, (performance.now()-t).toFixed(1));
