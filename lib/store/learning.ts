// Corrections as a file of their own, so a team can share what staff taught the classifier.
// Importing validates every record; a bad file throws CorrectionsFileError and changes nothing.
import type { Correction } from './types';
import { Problems, checkCorrection, checkList, isObject } from './validate';
import { textHash } from './hash';

export const CORRECTIONS_FORMAT = 'threadsift-corrections';
export const CORRECTIONS_VERSION = 1;

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: number;
  exportedAt: string;
  corrections: Correction[];
}

export class CorrectionsFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorrectionsFileError';
  }
}

export function exportCorrections(corrections: readonly Correction[], exportedAt: Date = new Date()): string {
  const file: CorrectionsFile = { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, exportedAt: exportedAt.toISOString(), corrections: [...corrections] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Accepts the file's text or parsed JSON; returns its corrections, ids recomputed from the text. */
export function parseCorrections(input: unknown): Correction[] {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new CorrectionsFileError('This file is not a Threadsift corrections file: it is not valid JSON.', { cause: error });
    }
  }
  // Files the Options page wrote before it used this format: a bare list of corrections.
  if (Array.isArray(value)) value = { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, corrections: value };
  if (!isObject(value) || value.format !== CORRECTIONS_FORMAT) {
    throw new CorrectionsFileError('This file is not a Threadsift corrections file (its format tag is missing or different).');
  }
  if (typeof value.version !== 'number' || value.version > CORRECTIONS_VERSION) {
    throw new CorrectionsFileError('This corrections file was made by a newer version of Threadsift. Update Threadsift, then import it.');
  }
  const problems = new Problems();
  checkList(problems, value.corrections, 'corrections', checkCorrection);
  if (!problems.ok) throw new CorrectionsFileError(`This corrections file is damaged, so nothing was imported: ${problems.summary()}.`);
  // The id is a hash of the text: recompute it so a hand-edited file cannot break "one per text".
  const byId = new Map<string, Correction>();
  for (const correction of value.corrections as Correction[]) {
    const id = textHash(correction.text);
    byId.set(id, { id, text: correction.text, labels: [...correction.labels], site: correction.site, createdAt: correction.createdAt });
  }
  return [...byId.values()];
}

/** Imported corrections win over existing ones for the same text; the rest are kept. */
export function mergeCorrections(existing: readonly Correction[], imported: readonly Correction[]): Correction[] {
  const byId = new Map(existing.map((c) => [c.id, c]));
  for (const correction of imported) byId.set(correction.id, correction);
  return [...byId.values()];
}
