import { loadPage, pageDirs, SCAN_TIME, labelled } from './load';
import { extractThread } from '../../../lib/extract/registry';
import { normaliseWhitespace } from '../../../lib/extract/text';
import { EXTRACTORS } from '../../../lib/extract/registry';
const generic = process.argv[2] === 'generic';
const lab = labelled();
for (const dir of pageDirs()) {
  const { doc, url } = loadPage(dir);
  const saved = EXTRACTORS.slice();
  if (generic) { EXTRACTORS.splice(0, EXTRACTORS.length, ...saved.filter(e => e.id === 'generic')); }
  let r;
  try { r = await extractThread(doc, { url, now: SCAN_TIME }); } catch (e) { console.log(dir, String(e)); continue; } finally { EXTRACTORS.splice(0, EXTRACTORS.length, ...saved); }
  const mine = lab.filter(l => l.page === dir);
  const visitors = r.comments.filter(c => !c.id.endsWith('-reply'));
  let bad = 0;
  mine.forEach((l, i) => {
    const c = visitors[i];
    const own = normaliseWhitespace(l.text.split('\n').filter(x => !x.startsWith('>')).join('\n'));
    const got = c ? normaliseWhitespace(c.text) : '';
    const name = c ? (c.authorName ?? c.author) : '';
    const okText = got === own, okAuthor = (l.author ?? '') === name;
    if (!okText || !okAuthor) { bad++; if (bad <= 4) console.log('  #' + i, okAuthor ? '' : `author ${JSON.stringify(l.author)} vs ${JSON.stringify(name)}`, okText ? '' : `\n   want ${JSON.stringify(own.slice(0, 300))}\n   got  ${JSON.stringify(got.slice(0, 300))}`); }
  });
  console.log(dir, r.thread.platform, 'count', visitors.length, '/', mine.length, 'total', r.comments.length, 'mismatches', bad);
}
