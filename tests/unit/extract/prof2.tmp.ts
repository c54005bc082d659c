import { JSDOM } from 'jsdom';
import { buildWordPressPage } from '../../../scripts/bench-extract';
const doc = new JSDOM(buildWordPressPage(5000)).window.document;
for (let r = 0; r < 3; r++) {
  const out: string[] = [];
  for (const sel of ['.react-issue-comment', 'div.react-issue-comment', 'div.react-issue-comment, div.timeline-comment, div.postprofile', '[data-x]', 'div[data-x]', 'li.comment', '.comment', 'meta']) {
    const t = performance.now(); doc.querySelector(sel); out.push(`${sel}=${(performance.now() - t).toFixed(0)}`);
  }
  let t = performance.now(); doc.querySelectorAll('li.comment'); out.push(`qsaLi=${(performance.now() - t).toFixed(0)}`);
  t = performance.now(); doc.getElementsByTagName('div').length; out.push(`tagDivLen=${(performance.now() - t).toFixed(0)}`);
  t = performance.now(); let n = 0; const w = doc.createTreeWalker(doc.documentElement, 1); for (let e = w.nextNode(); e; e = w.nextNode()) n++; out.push(`walk=${(performance.now() - t).toFixed(0)} n=${n}`);
  console.log(out.join(' '));
}
