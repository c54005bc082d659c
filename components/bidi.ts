// Text written by page visitors may hold invisible direction controls: "eve\u202Egnp.exe" shows as
// "eveexe.png". The pages isolate such text (<bdi>) so it cannot reorder the UI around it, and
// flag names that hold these characters, showing where they are.

/** Embeddings, overrides, isolates and the implicit marks (LRM, RLM, ALM). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS_ALL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Record<string, string> = {
  '\u061C': 'ALM', '\u200E': 'LRM', '\u200F': 'RLM',
  '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
};

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}

/** The text in logical order with each control shown by name: "eve[RLO]gnp.exe". */
export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS_ALL, (char) => `[${NAMES[char]}]`);
}
