// A cheap, exact pre-screen for many regular expressions run on the same text.
// For each regex we derive a set of literal strings such that every match contains at least one of them
// (read from the regex source, conservatively). One pass over the text finds which literals occur; a regex
// whose literals are all absent cannot match, so its (costly) test is skipped. Results never change: a
// regex is either skipped because it provably cannot match, or run as before.

/** Parsed regex: an alternation of sequences. */
type Alternation = Sequence[];
type Sequence = Item[];
interface Item {
  atom: Atom;
  /** Minimum repetitions (0 = optional). */
  min: number;
  /** Maximum repetitions is exactly one. */
  once: boolean;
}
type Atom =
  | { kind: 'char'; text: string }
  | { kind: 'any' } // a class, an escape class or '.': some character, unknown
  | { kind: 'zero' } // lookaround, anchor, \b: consumes nothing
  | { kind: 'group'; body: Alternation };

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  alternation(): Alternation {
    const options: Alternation = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options;
  }

  private sequence(): Sequence {
    const items: Sequence = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items;
  }

  private atom(): Atom {
    const src = this.src;
    const ch = src[this.pos];
    if (ch === '\\') {
      const next = src[this.pos + 1] ?? '';
      this.pos += 2;
      if ((next === 'p' || next === 'P' || next === 'u') && src[this.pos] === '{') {
        this.pos = src.indexOf('}', this.pos) + 1;
        return { kind: 'any' };
      }
      if (next === 'b' || next === 'B') return { kind: 'zero' };
      // Letter and digit escapes are classes, code units, control characters or back-references: an unknown
      // character. Their arguments are consumed so they are not read as literals.
      if (next === 'u') this.pos += 4;
      else if (next === 'x') this.pos += 2;
      else if (next === 'c') this.pos += 1;
      else if (/[0-9]/.test(next)) while (/[0-9]/.test(src[this.pos] ?? '')) this.pos++;
      if (/[A-Za-z0-9]/.test(next)) return { kind: 'any' };
      return { kind: 'char', text: next };
    }
    if (ch === '[') {
      let i = this.pos + 1;
      if (src[i] === '^') i++;
      if (src[i] === ']') i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      this.pos = i + 1;
      return { kind: 'any' };
    }
    if (ch === '(') {
      let zero = false;
      if (src.startsWith('(?:', this.pos)) this.pos += 3;
      else if (src.startsWith('(?=', this.pos) || src.startsWith('(?!', this.pos)) {
        this.pos += 3;
        zero = true;
      } else if (src.startsWith('(?<=', this.pos) || src.startsWith('(?<!', this.pos)) {
        this.pos += 4;
        zero = true;
      } else if (src.startsWith('(?<', this.pos)) this.pos = src.indexOf('>', this.pos) + 1;
      else this.pos += 1;
      const body = this.alternation();
      if (src[this.pos] !== ')') throw new Error('unbalanced group');
      this.pos++;
      return zero ? { kind: 'zero' } : { kind: 'group', body };
    }
    if (ch === '.') {
      this.pos++;
      return { kind: 'any' };
    }
    if (ch === '^' || ch === '$') {
      this.pos++;
      return { kind: 'zero' };
    }
    // A literal code point (a surrogate pair stays whole, so a quantifier after it covers all of it).
    const cp = src.codePointAt(this.pos)!;
    const text = String.fromCodePoint(cp);
    this.pos += text.length;
    return { kind: 'char', text };
  }

  private quantified(atom: Atom): Item {
    const src = this.src;
    const q = src[this.pos];
    let item: Item = { atom, min: 1, once: true };
    let quantifier = true;
    if (q === '?' || q === '*') {
      this.pos++;
      item = { atom, min: 0, once: false };
    } else if (q === '+') {
      this.pos++;
      item = { atom, min: 1, once: false };
    } else if (q === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(this.pos))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.pos))!;
      this.pos += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      item = { atom, min, once: min === 1 && max === 1 };
    } else quantifier = false;
    // A lazy quantifier matches the same strings.
    if (quantifier && src[this.pos] === '?') this.pos++;
    return item;
  }
}

/** Literals of which every match contains at least one, or null when none can be derived. */
function requiredOf(alternation: Alternation): string[] | null {
  const out: string[] = [];
  for (const seq of alternation) {
    const set = requiredOfSequence(seq);
    if (!set) return null;
    out.push(...set);
  }
  return [...new Set(out)];
}

function requiredOfSequence(seq: Sequence): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const { atom, min, once } of seq) {
    if (atom.kind === 'zero') continue; // consumes nothing: the characters around it stay adjacent
    if (atom.kind === 'char' && min >= 1) {
      run += atom.text;
      if (!once || min > 1) flush();
      continue;
    }
    flush();
    if (atom.kind === 'group' && min >= 1) {
      const inner = requiredOf(atom.body);
      if (inner) candidates.push(inner);
    }
  }
  flush();
  let best: string[] | null = null;
  let bestScore = -Infinity;
  for (const set of candidates) {
    // Longer literals are rarer; fewer of them are cheaper to look for.
    const shortest = Math.min(...set.map((s) => s.length));
    const score = Math.min(shortest, 6) * 100 - set.length;
    if (shortest > 0 && score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}

/** The literal strings every match of `re` contains at least one of; null when the regex is not screenable. */
export function requiredLiterals(re: RegExp): string[] | null {
  // Case-insensitive or multi-line regexes are rare here; they are always run.
  if (re.flags.includes('i') || re.flags.includes('m')) return null;
  try {
    const parser = new Parser(re.source);
    const tree = parser.alternation();
    if (parser.pos !== re.source.length) return null;
    return requiredOf(tree);
  } catch {
    return null;
  }
}

interface Entry {
  literal: string;
  regex: number;
}

const TABLE_BITS = 14;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & TABLE_MASK;
}

/** Screens a fixed list of regexes: `scan` says which of them can possibly match a text. */
export class RegexScreen {
  readonly regexes: readonly RegExp[];
  private readonly indexOf = new Map<RegExp, number>();
  /** Regexes with no derivable literals: always candidates. */
  private readonly always: number[] = [];
  /** Literals of two or more code units, bucketed by a hash of their first two. */
  private readonly pairs: Array<Entry[] | undefined> = new Array(TABLE_MASK + 1);
  /** One-code-unit literals: a flag per code unit, then the regexes it makes candidates. */
  private readonly singleFlags = new Uint8Array(0x10000);
  private readonly singles = new Map<number, number[]>();
  private readonly flags: Uint8Array;

  constructor(regexes: readonly RegExp[]) {
    this.regexes = regexes;
    this.flags = new Uint8Array(regexes.length);
    regexes.forEach((re, index) => {
      this.indexOf.set(re, index);
      const literals = requiredLiterals(re);
      if (!literals || !literals.length) {
        this.always.push(index);
        return;
      }
      for (const literal of literals) {
        if (literal.length === 1) {
          const code = literal.charCodeAt(0);
          this.singleFlags[code] = 1;
          const list = this.singles.get(code) ?? [];
          list.push(index);
          this.singles.set(code, list);
        } else {
          const slot = pairSlot(literal.charCodeAt(0), literal.charCodeAt(1));
          (this.pairs[slot] ??= []).push({ literal, regex: index });
        }
      }
    });
  }

  /**
   * Scan `text` once, then answer `test(re)` for any screened regex exactly as `re.test(text)` would, running
   * the regex only when its literals occur. The returned function is valid until the next `scan`.
   */
  scan(text: string): (re: RegExp) => boolean {
    const flags = this.flags;
    flags.fill(0);
    for (const i of this.always) flags[i] = 1;
    const n = text.length;
    const singleFlags = this.singleFlags;
    const pairs = this.pairs;
    let next = n ? text.charCodeAt(0) : 0;
    for (let i = 0; i < n; i++) {
      const code = next;
      next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (singleFlags[code] === 1) for (const r of this.singles.get(code)!) flags[r] = 1;
      if (i + 1 >= n) break;
      const bucket = pairs[pairSlot(code, next)];
      if (bucket === undefined) continue;
      for (let k = 0; k < bucket.length; k++) {
        const e = bucket[k];
        if (flags[e.regex] === 0 && text.startsWith(e.literal, i)) flags[e.regex] = 1;
      }
    }
    return (re: RegExp) => {
      const index = this.indexOf.get(re);
      // Not screened: run it.
      if (index === undefined) return re.test(text);
      return flags[index] === 1 && re.test(text);
    };
  }

  /** Candidate flags of the last scan, in constructor order (for tests). */
  candidates(): Uint8Array {
    return this.flags.slice();
  }
}
