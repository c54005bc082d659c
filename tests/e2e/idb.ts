// Reads the extension's IndexedDB from inside one of its pages, as raw records, so tests check
// what really landed on disk rather than what the UI claims. Schema v3 keeps comments in
// `commentBlocks` (up to 250 per record, as an array or one JSON string): they are listed one by one here, in block order, so tests
// count and compare comments whatever the layout. `triage` holds only the records staff decided
// on (from v3 a comment without one reads as open).
import type { Page } from 'playwright-core';

export interface RawDb {
  name: string;
  version: number;
  comments: Array<Record<string, unknown>>;
  /** Stored comment records: blocks from schema v3, single comments before. */
  commentRecords: number;
  threads: Array<Record<string, unknown>>;
  triage: Array<Record<string, unknown>>;
}

export function readExtensionDb(page: Page): Promise<RawDb> {
  return page.evaluate(async () => {
    const [info] = (await indexedDB.databases()).filter((d) => d.name);
    if (!info?.name) throw new Error('no IndexedDB database in the extension');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(info.name!);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const all = (store: string) =>
      new Promise<Array<Record<string, unknown>>>((ok, fail) => {
        if (!db.objectStoreNames.contains(store)) return ok([]);
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    const blocks = await all('commentBlocks');
    const comments = db.objectStoreNames.contains('commentBlocks')
      ? // A block holds its comments as an array, or as one JSON string (faster to read back in Chromium).
        blocks.flatMap((block) => (Array.isArray(block.comments) ? block.comments : JSON.parse(String(block.json))) as Array<Record<string, unknown>>)
      : await all('comments');
    const commentRecords = db.objectStoreNames.contains('commentBlocks') ? blocks.length : comments.length;
    const result = { name: db.name, version: db.version, comments, commentRecords, threads: await all('threads'), triage: await all('triage') };
    db.close();
    return result;
  });
}
