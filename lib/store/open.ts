// Opening the database at a given version with any IDBFactory (the browser's, or fake-indexeddb
// in Node), running migrations inside the upgrade transaction.
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { migrate } from './migrations';

export async function openDatabaseAt(factory: IDBFactory, name: string, version: number): Promise<IDBPDatabase<unknown>> {
  const request = factory.open(name, version);
  let upgradeError: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result);
    const tx = wrap(request.transaction!) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    migrate(db, tx, event.oldVersion, event.newVersion ?? version).catch((error: unknown) => {
      // Aborting the versionchange transaction rolls every step back: the old database stays whole.
      upgradeError = error;
      try {
        request.transaction?.abort();
      } catch {
        // Already finished or aborted.
      }
    });
  });
  let db: IDBPDatabase<unknown> | undefined;
  try {
    db = await wrap(request);
  } catch (error) {
    throw openError(upgradeError ?? error);
  }
  if (!db) throw new Error('Threadsift could not open its database.');
  // Another tab (a newer version of the extension) wants to upgrade: step aside instead of blocking it.
  db.addEventListener('versionchange', () => db!.close());
  return db;
}

function openError(error: unknown): Error {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'VersionError') {
    return new Error('The saved Threadsift data was written by a newer version of Threadsift. Update the extension to read it.', { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new Error(`Threadsift could not open or upgrade its database; your saved data was left as it was. (${detail})`, { cause: error });
}
