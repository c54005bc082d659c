// Reads the extension's IndexedDB from inside one of its pages, as raw records, so tests check
// what really landed on disk rather than what the UI claims.
import type { Page } from 'playwright-core';

export interface RawDb {
  name: string;
  version: number;
  comments: Array<Record<string, unknown>>;
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
    const result = { name: db.name, version: db.version, comments: await all('comments'), threads: await all('threads'), triage: await all('triage') };
    db.close();
    return result;
  });
}
