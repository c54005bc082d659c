// Regenerates tests/fixtures/pages/<name>/expected.json from the current extractors:
//   npx tsx tests/unit/extract/generate-expected.ts
// Review the diff by hand against tests/fixtures/fixture-comments/labelled-comments.jsonl before committing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractThread } from '../../../lib/extract/registry';
import { loadPage, pageDirs, PAGES_DIR, SCAN_TIME } from './load';
import { snapshotOf } from './snapshot';

for (const dir of pageDirs()) {
  const { doc, url } = loadPage(dir);
  const result = await extractThread(doc, { url, now: SCAN_TIME });
  writeFileSync(join(PAGES_DIR, dir, 'expected.json'), `${JSON.stringify(snapshotOf(result), null, 1)}\n`);
  console.log(dir, result.comments.length);
}
