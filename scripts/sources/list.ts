// Print a source's comments as JSON lines {page, i, author, staff, sha, text}, for labelling.
// Usage: tsx scripts/sources/list.ts <id> [--mirrors DIR]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gitFiles, mirrorGitDir, textSha, type CommentSource } from './source';

const args = process.argv.slice(2);
const mirrorAt = args.indexOf('--mirrors');
const mirrors = mirrorAt >= 0 ? args.splice(mirrorAt, 2)[1] : '/work/.mirror';
const source: CommentSource = (await import(pathToFileURL(join(import.meta.dirname, `${args[0]}.ts`)).href)).default;
const files = gitFiles(mirrorGitDir(mirrors, source.repo), source.commit);
for (const c of source.read(files)) console.log(JSON.stringify({ page: c.page, i: c.i, author: c.author, staff: c.staff === true, sha: textSha(c.text), text: c.text }));
