// What undoing a triage change writes back: only the fields that change wrote, so edits made
// since to other fields (a note, a reply draft) are kept. The store and the dashboard share it.
import type { TriageField, TriagePatch, TriageRecord } from './types';

/** The fields of `previous` that undoing a change of `fields` puts back. */
export function undoPatch(previous: TriageRecord, fields: readonly TriageField[]): TriagePatch {
  // updateTriage clears the snooze date when it sets a status, so a status comes back with its date.
  const restored = new Set(fields.includes('status') ? [...fields, 'snoozeUntil' as const] : fields);
  // The undo is a change of its own and gets a new time.
  restored.delete('updatedAt');
  return Object.fromEntries([...restored].map((field) => [field, previous[field]])) as TriagePatch;
}
