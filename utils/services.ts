// Lazily opened store and classifier for the background. The classifier is rebuilt when staff
// corrections change ('store.changed'), so the next scan learns from them.
import { openStore } from '../lib/store';
import type { TriageStore } from '../lib/store/types';
import { createClassifier } from '../lib/classify';

type Classifier = ReturnType<typeof createClassifier>;

let storePromise: Promise<TriageStore> | null = null;
let classifierPromise: Promise<Classifier> | null = null;

export function getStore(): Promise<TriageStore> {
  storePromise ??= openStore().catch((error) => {
    storePromise = null;
    throw error;
  });
  return storePromise;
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
