// The dashboard's undo history. A triage change's entry is pushed as soon as the change shows on screen, before
// the store has written it, so `u` pressed at once undoes that change: undo waits for `previous`. A removed
// thread's entry is pushed once the removal is written (it needs what was removed).
import type { Correction, TriageField, TriageRecord } from '../lib/store/types';

export interface UndoEntry {
  /** What the toast said about the change. */
  description: string;
  /** The fields the change wrote: undo puts back only these, so a note or draft saved since stays. */
  fields: TriageField[];
  /** The triage states from before the change, as `TriageStore.updateTriage` returns them once written. */
  previous: Promise<TriageRecord[]>;
  /**
   * A relabel also stored a correction for the comment's text: the one it wrote (undo takes it back
   * only while it is still the stored one) and the one it replaced, if any.
   */
  correction?: Promise<{ added: Correction; previous: Correction | undefined }>;
  /** A change that is not a triage patch (a removed thread): its undo is this, and `fields` is empty. */
  restore?: () => Promise<string>;
}

export class UndoStack {
  private entries: UndoEntry[] = [];
  constructor(private readonly limit = 100) {}

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  /** Forgets an entry (its change failed or found nothing to change); false if it was not there. */
  remove(entry: UndoEntry): boolean {
    const index = this.entries.indexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
    return index >= 0;
  }

  get size(): number {
    return this.entries.length;
  }
}
