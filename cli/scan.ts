// npm run scan -- <file.html|url> [--url <page-url>] [--staff a,b] [--format json|csv|md]
// Prints the analysed thread. Exit 0 with output, 2 when the page holds no comment thread, 1 on other errors.
import { parseArgs, fail } from './args';
import { loadPage, parseDocument } from './load-page';
import { extractThread, NoThreadError } from '../lib/extract/registry';
import { createClassifier } from '../lib/classify';
import { analyseExtract } from '../lib/pipeline';
import { formatThread, isOutputFormat, OUTPUT_FORMATS } from './format';

const USAGE = 'usage: npm run scan -- <file.html|url> [--url <page-url>] [--staff login1,login2] [--format json|csv|md]';

async function main(): Promise<void> {
  const { positional, options } = parseArgs(process.argv.slice(2), ['help']);
  if (options.help || positional.length !== 1) fail(USAGE, options.help ? 0 : 1);
  const format = typeof options.format === 'string' ? options.format : 'json';
  if (!isOutputFormat(format)) fail(`unknown --format "${format}" (choose ${OUTPUT_FORMATS.join(', ')})`);
  const staff = typeof options.staff === 'string' ? options.staff.split(',').map((s) => s.trim()).filter(Boolean) : [];

  const page = await loadPage(positional[0], typeof options.url === 'string' ? options.url : undefined).catch((e: Error) =>
    fail(e.message),
  );
  const doc = parseDocument(page.html);
  let extracted;
  try {
    extracted = await extractThread(doc, { url: page.url, now: new Date(), fetch: page.fetch });
  } catch (error) {
    if (error instanceof NoThreadError) fail(error.message, 2);
    throw error;
  }
  for (const warning of extracted.thread.warnings) process.stderr.write(`threadsift: ${warning}\n`);
  const analysed = analyseExtract(extracted, createClassifier(), staff);
  process.stdout.write(formatThread(analysed, format));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
