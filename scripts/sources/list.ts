// Print a source's comments as JSON lines {page, i, author, staff, sha, text}, for labelling.
// Usage: tsx scripts/sources/list.ts <id> [--mirrors DIR]
import { gitFiles, loadSource, mirrorGitDir, mirrorsOption, textSha } from './source';

const args = process.argv.slice(2);
const mirrors = mirrorsOption(args);
const source = await loadSource(args[0]);
const files = gitFiles(mirrorGitDir(mirrors, source.repo), source.commit);
for (const c of source.read(files)) console.log(JSON.stringify({ page: c.page, i: c.i, author: c.author, staff: c.staff === true, sha: textSha(c.text), text: c.text }));
