// npm run scan -- <file.html|url> [--url <page-url>] [--staff a,b] [--format json|csv|md]
// Prints the analysed thread. Exit 0 with output, 2 when the page holds no comment thread, 1 on other errors.
import { parseLogins } from '../lib/logins';
import { ArgumentError, parseArgs, fail, type ParsedArgs } from './args';
import { loadPage, parseDocument } from './load-page';
import { Output, OutputError } from './output';
import { escapeUnshowable } from './text';
import { extractThread, NoThreadError } from '../lib/extract/registry';
import { createClassifier } from '../lib/classify';
import { analyseExtract } from '../lib/pipeline';
import { noteText } from '../lib/i18n';
import { formatThread, isOutputFormat, OUTPUT_FORMATS } from './format';

const USAGE = 'usage: npm run scan -- <file.html|url> [--url <page-url>] [--staff login1,login2] [--format json|csv|md]';

/** The output, written so that a failed write is told in one line rather than a stack trace. */
const output = new Output(process.stdout);

async function main(): Promise<void> {
  const { positional, options } = readArgs();
  if (options.help) {
    await write(`${USAGE}\n`);
    return;
  }
  if (positional.length !== 1) fail(USAGE);
  const format = typeof options.format === 'string' ? options.format : 'json';
  if (!isOutputFormat(format)) fail(`unknown --format "${escapeUnshowable(format)}" (choose ${OUTPUT_FORMATS.join(', ')})`);
  const staff = typeof options.staff === 'string' ? parseLogins(options.staff) : [];
  const pageUrl = typeof options.url === 'string' ? checkedPageUrl(options.url) : undefined;

  const page = await loadPage(positional[0], pageUrl).catch((e: Error) => fail(e.message));
  for (const warning of page.warnings) process.stderr.write(`threadsift: ${warning}\n`);
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
  for (const note of extracted.thread.warnings) process.stderr.write(`threadsift: ${noteText(note)}\n`);
  const analysed = analyseExtract(extracted, createClassifier(), staff);
  timing.lap('classify');
  await write(formatThread(analysed, format));
  timing.lap('format');
  timing.report(extracted.comments.length);
}

function readArgs(): ParsedArgs {
  try {
    return parseArgs(process.argv.slice(2), { flags: ['help'], valued: ['url', 'staff', 'format'] });
  } catch (error) {
    if (error instanceof ArgumentError) fail(`${error.message} (see --help)`);
    throw error;
  }
}

/** --url names the page's address, which the permalinks are built on: an http(s) URL. */
function checkedPageUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') fail(`--url needs the page's http(s) address, such as https://example.org/post, not "${escapeUnshowable(value)}"`);
  return value;
}

async function write(text: string): Promise<void> {
  await output.write(text).catch((error: unknown) => {
    // The reader went away (`| head`): it has what it asked for, so the command ends quietly with status 0, as
    // classify does (see cli/classify.ts for why not 141).
    if (error instanceof OutputError && error.readerGone) process.exit(0);
    fail(error instanceof Error ? error.message : String(error));
  });
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

// With nothing left to tell the user on, a failing stderr (closed, or on a full disk) must not crash the command.
process.stderr.on('error', () => {});
main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
