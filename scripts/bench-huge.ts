// A 50 MB page through the scan command: it must finish, keep every comment and stay within memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wordpressPage } from './synthetic-thread';

export async function benchHugePage(): Promise<string[]> {
  const comments = 82_000;
  const html = wordpressPage(comments);
  const dir = mkdtempSync(join(tmpdir(), 'threadsift-huge-'));
  const file = join(dir, 'huge.html');
  writeFileSync(file, html);
  try {
    const started = Date.now();
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['cli/scan.ts', file, '--format', 'csv'], {
      encoding: 'utf8',
      env: { ...process.env, THREADSIFT_TIMING: '1' },
      maxBuffer: 512 * 1024 * 1024,
    });
    const wall = ((Date.now() - started) / 1000).toFixed(1);
    if (run.status !== 0) return [`scan of a ${(html.length / 1e6).toFixed(0)} MB page FAILED (exit ${run.status}): ${run.stderr.trim().split('\n').pop()}`];
    const timing = run.stderr.split('\n').find((line) => line.includes('timing')) ?? '';
    return [
      `scan -- ${(html.length / 1e6).toFixed(0)} MB WordPress page, ${comments.toLocaleString('en')} comments: ${wall} s wall; ${timing.replace(/^threadsift: timing /, '')}`,
      'most of it is the DOM library parsing the HTML (linkedom; jsdom is slower still); in the browser the page is already parsed',
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
