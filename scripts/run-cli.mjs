// Runs a command of cli/ (`node scripts/run-cli.mjs classify comments.jsonl`) from a bundle that esbuild writes to
// .cache/cli/ and rebuilds whenever a source in cli/ or lib/ (or the lockfile) is newer. Node starts a bundle in
// about 0.18 s, against 0.35 s through the tsx loader, which transpiles every module at start: for a command that
// classifies a file of comments, that start-up is a visible share of the run.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The commands of cli/ (the other files there are their modules). */
const COMMANDS = ['classify', 'scan'];
const [name, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(name)) {
  console.error(`usage: node scripts/run-cli.mjs <${COMMANDS.join('|')}> [arguments]`);
  process.exit(1);
}
const entry = join(root, 'cli', `${name}.ts`);
const bundle = join(root, '.cache', 'cli', `${name}.mjs`);

/** Newest modification time among the files under `dir` (recursively). */
function newest(dir) {
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    latest = Math.max(latest, item.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sourcesChanged = () => {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return Math.max(newest(join(root, 'cli')), newest(join(root, 'lib')), statSync(join(root, 'package-lock.json')).mtimeMs) > built;
};

if (sourcesChanged()) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  // Written aside and renamed into place, so that a command started meanwhile never loads half a file.
  const partial = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Dependencies published as CommonJS call require(): give the ES module bundle one.
    banner: { js: "import { createRequire as __threadsiftRequire } from 'node:module'; const require = __threadsiftRequire(import.meta.url);" },
  });
  renameSync(partial, bundle);
  // Files the old bundle kept beside it (the classify command's regex-screen trie) were laid out by its code: drop them.
  for (const kept of readdirSync(dirname(bundle))) if (kept.startsWith(`${name}-kept-`)) rmSync(join(dirname(bundle), kept), { force: true });
}

// The classify command keeps its built regex-screen trie here between runs (cli/screen-cache.ts). The name carries the
// bundle's build time, so that a file written by a run of an older bundle is never read by a newer one. (Tests name a
// file of their own.)
if (name === 'classify') process.env.THREADSIFT_SCREEN_CACHE ||= join(dirname(bundle), `${name}-kept-${Math.round(statSync(bundle).mtimeMs)}.trie`);

// The command reads its arguments from process.argv and checks argv[1] to know it is the program being run.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(bundle).href);
