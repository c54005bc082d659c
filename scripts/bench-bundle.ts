// The size of what runs inside other people's pages (the page reader), from the last build.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';

export async function benchBundle(): Promise<string[]> {
  const file = '.output/chrome-mv3/reader.js';
  if (!existsSync(file)) execSync('npx wxt build', { stdio: 'ignore' });
  const code = readFileSync(file);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  // The model files' format tag and version prefixes would be in the bundle if either model were.
  const hasClassifier = /threadsift-classifier\/1|tsc1-|tcm1-/.test(code.toString('utf8'));
  return [
    `page reader (content script) ${kb(code.length)} minified, ${kb(gzipSync(code).length)} gzip; injected only when a scan is asked for`,
    `classifier inside the page reader: ${hasClassifier ? 'YES (should not be)' : 'no'}`,
  ];
}
