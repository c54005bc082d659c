// Lazily opened store and classifier for the background. The classifier is rebuilt when staff
// corrections change ('store.changed'), so the next scan learns from them.
import { openStore } from '../lib/store';
import type { TriageStore } from '../lib/store/types';
import { createClassifier } from '../lib/classify';

type Classifier = ReturnType<typeof createClassifier>;

let storePromise: Promise<TriageStore> | null = null;
let classifierPromise: Promise<Classifier> | null = null;

export function getStore(): Promise<TriageStore> {
  storePromise ??= openStore()
    .then(reopeningOnClose)
    .catch((error) => {
      storePromise = null;
      throw error;
    });
  return storePromise;
}

/**
 * The store closes its connection when another context upgrades or deletes the database (a newer
 * schema, a restore of a v1 database). The background outlives that: on the first call that finds
 * the connection closed (InvalidStateError, thrown before any write starts), open afresh and retry once.
 */
function reopeningOnClose(store: TriageStore): TriageStore {
  let current = store;
  return new Proxy(store, {
    get(_target, name) {
      const value = Reflect.get(current, name) as unknown;
      if (typeof value !== 'function' || name === 'close') return typeof value === 'function' ? value.bind(current) : value;
      return async (...args: unknown[]) => {
        try {
          return await (Reflect.get(current, name) as (...a: unknown[]) => unknown).apply(current, args);
        } catch (error) {
          if ((error as { name?: string } | null)?.name !== 'InvalidStateError') throw error;
          current = await openStore();
          return (Reflect.get(current, name) as (...a: unknown[]) => unknown).apply(current, args);
        }
      };
    },
  });
}

export function getClassifier(): Promise<Classifier> {
  classifierPromise ??= (async () => {
    const store = await getStore();
    const [corrections, settings] = await Promise.all([store.listCorrections(), store.getSettings()]);
    return createClassifier({ corrections, threshold: settings.labelThreshold });
  })().catch((error) => {
    classifierPromise = null;
    throw error;
  });
  return classifierPromise;
}

/** Corrections or settings changed: rebuild the classifier on next use. */
export function invalidateClassifier(): void {
  classifierPromise = null;
}
