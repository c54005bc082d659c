// The labelled sets that survive a new machine: labels in data/labels (no text), texts read back from the source's
// public repository by scripts/sources/<id>.ts. These tests guard the join and the committed label files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitFiles, joinLabels, textSha, type CommentSource, type LabelRow } from '../../../scripts/sources/source';
import { LOCAL_SETS } from '../../../scripts/local-sets';

const root = resolve(import.meta.dirname, '../../..');
const LABELS = ['thanks', 'question', 'bug', 'other'];

describe('rebuilding a labelled set from its source repository', () => {
  const work = mkdtempSync(join(tmpdir(), 'threadsift-source-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: work, encoding: 'utf8' }).trim();
  git('init', '-q');
  writeFileSync(join(work, 'comments.json'), JSON.stringify([{ post: 'p1', body: 'Thanks, great post!' }, { post: 'p1', body: 'The link to part 2 is dead.' }]));
  writeFileSync(join(work, 'latin1.txt'), Buffer.from([0x70, 0x65, 0x72, 0xf2]));
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'first');
  const first = git('rev-parse', 'HEAD');
  writeFileSync(join(work, 'comments.json'), JSON.stringify([{ post: 'p1', body: 'Thanks, great post!' }, { post: 'p1', body: 'The link to part 2 works now.' }]));
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'edit');
  const second = git('rev-parse', 'HEAD');

  const source = (commit: string): CommentSource => ({
    id: 'test',
    repo: 'someone/blog',
    commit,
    read: (files) => (JSON.parse(files.read('comments.json')) as Array<{ post: string; body: string }>).map((c, i) => ({ page: c.post, i, text: c.body })),
  });
  const labels: LabelRow[] = [
    { page: 'p1', i: 0, lang: 'en', accept: ['thanks'], must: [], sha: textSha('Thanks, great post!') },
    { page: 'p1', i: 1, lang: 'en', accept: ['bug'], must: ['bug'], sha: textSha('The link to part 2 is dead.') },
  ];

  it('gives each label its text back at the pinned commit', () => {
    const files = gitFiles(join(work, '.git'), first);
    const { rows, missing, changed } = joinLabels(source(first).read(files), labels);
    expect(missing).toEqual([]);
    expect(changed).toEqual([]);
    expect(rows.map((r) => [r.text, r.accept[0]])).toEqual([['Thanks, great post!', 'thanks'], ['The link to part 2 is dead.', 'bug']]);
    expect(files.list()).toEqual(['comments.json', 'latin1.txt']);
  });

  it('leaves out a label whose text changed since it was labelled, and one whose comment is gone', () => {
    const files = gitFiles(join(work, '.git'), second);
    const { rows, missing, changed } = joinLabels(source(second).read(files), [...labels, { ...labels[0], i: 7 }]);
    expect(rows.map((r) => r.i)).toEqual([0]);
    expect(changed).toEqual(['p1#1']);
    expect(missing).toEqual(['p1#7']);
  });

  it('decodes an old archive in the encoding it was written in', () => {
    const files = gitFiles(join(work, '.git'), first);
    expect(files.read('latin1.txt', 'latin1')).toBe('però');
  });
});

describe('the committed label files', () => {
  const ids = readdirSync(join(root, 'data/labels')).filter((f) => f.endsWith('.jsonl')).map((f) => f.slice(0, -6));

  it.each(ids)('%s: has a reader pinned to a commit, valid labels, no text, and a place in the eval list', async (id) => {
    const source: CommentSource = (await import(`../../../scripts/sources/${id}.ts`)).default;
    expect(source.id).toBe(id);
    expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    const rows = readFileSync(join(root, 'data/labels', `${id}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(50);
    const keys = new Set<string>();
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['accept', 'i', 'lang', 'must', 'page', 'sha']);
      expect(row.sha).toMatch(/^[0-9a-f]{12}$/);
      expect(row.accept.length).toBeGreaterThan(0);
      for (const label of [...row.accept, ...row.must]) expect(LABELS).toContain(label);
      keys.add(`${row.page}#${row.i}`);
    }
    expect(keys.size).toBe(rows.length);
    expect(LOCAL_SETS.some((set) => set.file === `data/local/${id}.jsonl`)).toBe(true);
  });
});
