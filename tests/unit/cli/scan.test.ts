// The scan command as a user runs it: real saved pages in, the documented JSON out.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ThreadExport } from '../../../lib/thread';
import { DEMO_COMMENTS, DEMO_STAFF, renderDemoPage } from '../../fixtures/demo/outage-thread';
import { HOSTILE_POST, hostileComments, renderHostilePage } from '../../fixtures/hostile/hostile-thread';

// What `npm run scan` runs: the command's bundle, (re)built from cli/ and lib/ when they changed.
const RUN_CLI = join('scripts', 'run-cli.mjs');

function scan(...args: string[]) {
  const run = spawnSync(process.execPath, [RUN_CLI, 'scan', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'threadsift-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('npm run scan', () => {
  it('prints the documented JSON for a saved WordPress page', () => {
    const { code, stdout } = scan('tests/fixtures/pages/wordpress-lemire-en/source.html', '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as ThreadExport;
    expect(Object.keys(out.thread).sort()).toEqual(['author', 'commentCount', 'exportedCount', 'platform', 'title', 'url']);
    expect(out.thread.commentCount).toBe(5);
    expect(out.thread.exportedCount).toBe(5);
    expect(out.comments).toHaveLength(5);
    for (const comment of out.comments) {
      expect(Object.keys(comment).sort()).toEqual(
        ['author', 'followUp', 'id', 'labels', 'parentId', 'permalink', 'publishedAt', 'reply', 'scores', 'staff', 'text'].sort(),
      );
      expect(comment.labels.length).toBeGreaterThan(0);
      const sorted = [...comment.labels].sort((a, b) => comment.scores[b] - comment.scores[a]);
      expect(comment.labels[0]).toBe(sorted[0]);
    }
    // Daniel Lemire is the post author: his replies are staff.
    expect(out.comments.filter((c) => c.author === 'Daniel Lemire').every((c) => c.staff)).toBe(true);
  });

  it('marks --staff logins as staff and finds the unanswered follow-up in an outage thread', () => {
    const page = tempFile('outage.html', renderDemoPage());
    const { code, stdout } = scan(page, '--url', 'https://www.inaturalist.org/blog/98765', '--staff', DEMO_STAFF[1]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as ThreadExport;
    expect(out.comments).toHaveLength(DEMO_COMMENTS.length);
    const byAuthor = (login: string) => out.comments.filter((c) => c.author === login);
    expect(byAuthor('tiwane-staff')[0].staff).toBe(true);
    const late = byAuthor('ghostmail_gary')[0];
    expect(late.labels).toContain('question');
    expect(late.followUp).toBe(true);
    expect(late.reply?.state).toBe('unanswered');
    // Answered by @mention in the staff reply.
    expect(byAuthor('lepidoptera_lou')[0].reply?.state).toBe('answered');
    // No thank-you needs a reply.
    for (const c of out.comments.filter((c) => c.labels[0] === 'thanks' && !c.labels.includes('question'))) expect(c.reply).toBeNull();
  });

  it('reads --staff as Options reads logins: a leading @ and spaces dropped', () => {
    const page = tempFile('outage-at.html', renderDemoPage());
    const { code, stdout } = scan(page, '--url', 'https://www.inaturalist.org/blog/98765', '--staff', '@hans_kaefer , @claude_m');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as ThreadExport;
    for (const login of ['hans_kaefer', 'claude_m']) expect(out.comments.find((c) => c.author === login)!.staff, login).toBe(true);
    expect(out.comments.find((c) => c.author === 'birdnerd_jo')!.staff).toBe(false);
  });

  it('writes CSV that parses back to the same comments', () => {
    const { code, stdout } = scan('tests/fixtures/pages/wordpress-netzpolitik-de/source.html', '--format', 'csv');
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(74);
  });

  it('keeps hostile comment text as text, byte for byte, the 1 MB comment included', () => {
    const origin = 'https://blog.example.org';
    const comments = hostileComments(origin);
    const page = tempFile('hostile.html', renderHostilePage(origin, comments));
    const { code, stdout } = scan(page, '--url', origin + HOSTILE_POST.path);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as ThreadExport;
    expect(out.comments).toHaveLength(comments.length);
    // A NUL cannot travel through an HTML parser: the page fills that comment by script (covered in Chromium).
    for (const expected of comments.filter((c) => !c.byScript)) {
      const got = out.comments.find((c) => c.id.endsWith(String(expected.id)));
      expect(got, `comment ${expected.id}`).toBeDefined();
      expect(got!.text).toBe(expected.text);
      expect(got!.author).toBe(expected.author);
    }
    expect(out.comments.some((c) => c.text.length >= 1_048_576)).toBe(true);
  });

  it('says clearly when a page has no comment thread', () => {
    const page = tempFile('plain.html', '<!DOCTYPE html><html><head><title>About us</title></head><body><nav><a href="/">Home</a></nav><main><h1>About</h1><p>We count birds.</p></main></body></html>');
    const { code, stdout, stderr } = scan(page);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/No comment thread found on this page \(tried: .*generic\)/);
  });

  it('rejects a missing file and an unknown format in one line each', () => {
    expect(scan('does-not-exist.html').stderr).toMatch(/no such file/);
    const wrongFormat = scan('tests/fixtures/pages/wordpress-lemire-en/source.html', '--format', 'xml');
    expect(wrongFormat.code).toBe(1);
    expect(wrongFormat.stderr).toMatch(/unknown --format/);
  });
});
