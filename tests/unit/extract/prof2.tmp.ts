import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { buildWordPressPage } from '../../../scripts/bench-extract';
const html = buildWordPressPage(5000);
for (const [name, doc] of [['jsdom', new JSDOM(html).window.document], ['linkedom', parseHTML(html).document]] as [string, Document][]) {
  for (let r = 0; r < 3; r++) {
    let t = performance.now(); const a = Array.from(doc.getElementsByClassName('comment')); const ta = performance.now() - t;
    t = performance.now(); const c = doc.getElementsByClassName('comment'); const out = []; for (let i = 0, n = c.length; i < n; i++) out.push(c.item(i)); const tb = performance.now() - t;
    t = performance.now(); const found: Element[] = []; const stack: Element[] = [doc.body]; while (stack.length) { const el = stack.pop()!; if (el.nextElementSibling && el !== doc.body) stack.push(el.nextElementSibling); if (/^comment-\d+$/.test(el.id)) found.push(el); if (el.firstElementChild) stack.push(el.firstElementChild); } const tc = performance.now() - t;
    t = performance.now(); const q = doc.querySelectorAll('li.comment'); const td = performance.now() - t;
    t = performance.now(); const tw = doc.createTreeWalker(doc.body, 1); let n = 0; for (let e = tw.nextNode(); e; e = tw.nextNode()) if (/^comment-\d+$/.test((e as Element).id)) n++; const te = performance.now() - t;
    console.log(name, 'arrayFrom', ta.toFixed(0), 'item', tb.toFixed(0), 'walk', tc.toFixed(0), found.length, 'qsa', td.toFixed(0), q.length, 'treewalker', te.toFixed(0), n);
  }
}
