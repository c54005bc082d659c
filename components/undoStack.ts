// The dashboard's undo history: each entry holds the triage states from before one change,
// exactly as `TriageStore.updateTriage` returned them, so undo is one `restoreTriage` call.
import type { TriageRecord } from '../lib/store/types';

export interface UndoEntry {
  /** What the toast said about the change. */
  description: string;
  previous: TriageRecord[];
}

export class UndoStack {
  private entries: UndoEntry[] = [];
  constructor(private readonly limit = 100) {}

  push(entry: UndoEntry): void {
    if (entry.previous.length === 0) return;
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  get size(): number {
    return this.entries.length;
  }
}
