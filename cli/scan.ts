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
  const megabytes = Buffer.byteLength(page.html) / 1e6;
  if (megabytes > 10) process.stderr.write(`threadsift: reading a ${megabytes.toFixed(0)} MB page; this can take a minute…\n`);

  const timing = new Timing(process.env.THREADSIFT_TIMING === '1');
  const doc = parseDocument(page.html);
  timing.lap('parse');
  let extracted;
  try {
    extracted = await extractThread(doc, { url: page.url, now: new Date(), fetch: page.fetch });
  } catch (error) {
    if (error instanceof NoThreadError) fail(error.message, 2);
    throw error;
  }
  timing.lap('extract');
  for (const warning of extracted.thread.warnings) process.stderr.write(`threadsift: ${warning}\n`);
  const analysed = analyseExtract(extracted, createClassifier(), staff);
  timing.lap('classify');
  process.stdout.write(formatThread(analysed, format));
  timing.lap('format');
  timing.report(extracted.comments.length);
}

/** With THREADSIFT_TIMING=1, one stderr line of phase times and peak memory, read by `npm run bench`. */
class Timing {
  private last = performance.now();
  private readonly laps: string[] = [];
  constructor(private readonly enabled: boolean) {}
  lap(name: string): void {
    const now = performance.now();
    this.laps.push(`${name} ${Math.round(now - this.last)} ms`);
    this.last = now;
  }
  report(comments: number): void {
    if (!this.enabled) return;
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stderr.write(`threadsift: timing ${comments} comments: ${this.laps.join(', ')}; peak RSS ${peakMb} MB\n`);
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
