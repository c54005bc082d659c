// Rebuild data/local/<id>.jsonl (gitignored) from data/labels/<id>.jsonl (committed, no text) and the source's public
// repository, read from a local mirror. Usage: tsx scripts/rebuild-local-sets.ts [id ...] [--mirrors DIR]
// A mirror is the repository at DIR/<owner>+<name>/repo, bare or as a clone (default DIR: /work/.mirror, where the
// workplace's `fetch github:<owner>/<name>` puts it).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitFiles, joinLabels, loadSource, mirrorGitDir, mirrorsOption, type LabelRow } from './sources/source';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const mirrors = mirrorsOption(args);
const labelsDir = join(root, 'data/labels');
const ids = args.length ? args : readdirSync(labelsDir).filter((f) => f.endsWith('.jsonl')).map((f) => f.slice(0, -6)).sort();

let failed = 0;
for (const id of ids) {
  const source = await loadSource(id);
  const gitDir = mirrorGitDir(mirrors, source.repo);
  if (!existsSync(gitDir)) {
    console.log(`${id}: no mirror of ${source.repo} at ${gitDir}; fetch github:${source.repo}, then run this again`);
    failed++;
    continue;
  }
  const labels = readFileSync(join(labelsDir, `${id}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelRow);
  const { rows, missing, changed } = joinLabels(source.read(gitFiles(gitDir, source.commit)), labels);
  mkdirSync(join(root, 'data/local'), { recursive: true });
  writeFileSync(join(root, 'data/local', `${id}.jsonl`), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  console.log(`${id}: ${rows.length} of ${labels.length} labelled comments rebuilt from ${source.repo}@${source.commit.slice(0, 7)}` +
    (missing.length ? `; ${missing.length} not found (${missing.slice(0, 3).join(', ')})` : '') +
    (changed.length ? `; ${changed.length} with other text than was labelled (${changed.slice(0, 3).join(', ')})` : ''));
  if (missing.length || changed.length) failed++;
}
process.exitCode = failed ? 1 : 0;
