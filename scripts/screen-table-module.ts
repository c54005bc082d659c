// The source of lib/classify/screen-table.ts, which `npm run train` writes. A TypeScript module rather than JSON:
// literals cut to a length may end in half a surrogate pair, which a JavaScript string holds but JSON loaders reject.
import type { ScreenTable } from '../lib/classify/prescreen';

export function screenTableModule(table: ScreenTable): string {
  return [
    '// Written by `npm run train` (scripts/screen-table-module.ts): the regex pre-screen\'s literals, derived ahead of time.',
    '// Do not edit. A table that no longer fits the lexicon is ignored (and a unit test fails until it is rewritten).',
    "import type { ScreenTable } from './prescreen';",
    '',
    `export const SCREEN_TABLE: ScreenTable = ${JSON.stringify(table)};`,
    '',
  ].join('\n');
}
