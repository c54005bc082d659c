// A cheap, exact pre-screen for many regular expressions run on the same text.
// Each big alternation is split into parts of a few phrases (splitOf), and for each part we derive a set of literal
// strings such that every match contains at least one of them (read from the regex source, conservatively). One pass
// over the text finds which literals occur; a part whose literals are all absent cannot match, so its test is
// skipped, and a regex matches where one of its remaining parts does. Results never change: a part is either skipped
// because it provably cannot match, or run.
//
// Parsing the lexicon for its parts and literals takes over a second with today's lexicon (1.3-1.5 s on this host).
// `npm run train` therefore writes them ahead of time (screen-table.ts) with a fingerprint of the regexes they came
// from; a table whose fingerprint does not match (the lexicon changed since) is ignored and they are derived.

import { contentHash } from './hash';
import { LiteralTrie, type TrieTables } from './literal-trie';

/** Parsed regex: an alternation of sequences. */
type Alternation = Sequence[];
type Sequence = Item[];
interface Item {
  atom: Atom;
  /** Where the item (atom and quantifier) sits in the regex source. */
  start: number;
  end: number;
  /** Minimum repetitions (0 = optional). */
  min: number;
  /** Exactly once. */
  once: boolean;
  /** Zero or one time (`x?`, `x{0,1}`). */
  optionalOnce?: boolean;
}
type Atom =
  | { kind: 'char'; text: string }
  | { kind: 'any' } // a class, an escape class or '.': some character, unknown
  | { kind: 'zero' } // lookaround, anchor, \b: consumes nothing
  | { kind: 'group'; body: Alternation; spans: Array<[number, number]> };

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  /** Source spans of the options of the alternation parsed last (at any depth; read right after `alternation`). */
  lastSpans: Array<[number, number]> = [];

  alternation(): Alternation {
    let start = this.pos;
    const options: Alternation = [this.sequence()];
    const spans: Array<[number, number]> = [[start, this.pos]];
    while (this.src[this.pos] === '|') {
      this.pos++;
      start = this.pos;
      options.push(this.sequence());
      spans.push([start, this.pos]);
    }
    this.lastSpans = spans;
    return options;
  }

  private sequence(): Sequence {
    const items: Sequence = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const start = this.pos;
      const atom = this.atom();
      items.push({ ...this.quantified(atom), start, end: this.pos });
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
      const spans = this.lastSpans;
      if (src[this.pos] !== ')') throw new Error('unbalanced group');
      this.pos++;
      return zero ? { kind: 'zero' } : { kind: 'group', body, spans };
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

  private quantified(atom: Atom): Omit<Item, 'start' | 'end'> {
    const src = this.src;
    const q = src[this.pos];
    let item: Omit<Item, 'start' | 'end'> = { atom, min: 1, once: true };
    let quantifier = true;
    if (q === '?') {
      this.pos++;
      item = { atom, min: 0, once: false, optionalOnce: true };
    } else if (q === '*') {
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
      item = { atom, min, once: min === 1 && max === 1, optionalOnce: min === 0 && max === 1 };
    } else quantifier = false;
    // A lazy quantifier matches the same strings.
    if (quantifier && src[this.pos] === '?') this.pos++;
    return item;
  }
}

/** Bound on the strings one expansion may produce: beyond it, the literals are split instead. */
const MAX_EXPANSION = 256;

/** Literals of which every match contains at least one, or null when none can be derived. */
function requiredOf(alternation: Alternation, cap: number): string[] | null {
  const out = new Set<string>();
  for (const seq of alternation) {
    const set = requiredOfSequence(seq, cap);
    if (!set) return null;
    for (const s of set) out.add(s);
  }
  return [...out];
}

/** Every string the item can match, when that is a small finite set (lookarounds count as empty). */
function expansions(item: Item, cap: number): string[] | null {
  let once: string[] | null;
  if (item.atom.kind === 'char') once = [item.atom.text];
  else if (item.atom.kind === 'zero') once = [''];
  else if (item.atom.kind === 'group') once = expandAlternation(item.atom.body, cap);
  else once = null;
  if (!once) return null;
  if (item.once) return once;
  // `x?`: min 0, max 1 (only the '?' quantifier, or {0,1}, comes here as optional-once).
  if (item.min === 0 && item.optionalOnce) return ['', ...once];
  return null;
}

function expandAlternation(alternation: Alternation, cap: number): string[] | null {
  const out = new Set<string>();
  for (const seq of alternation) {
    let partial = [''];
    for (const item of seq) {
      const e = expansions(item, cap);
      if (!e || partial.length * e.length > MAX_EXPANSION) return null;
      partial = product(partial, e, cap);
    }
    for (const s of partial) out.add(s);
    if (out.size > MAX_EXPANSION) return null;
  }
  return [...out];
}

/**
 * Every prefix followed by every suffix, each cut to `cap` code units. Cutting is safe because only prefixes are
 * kept: the first `cap` units of a string stay the same whatever is appended later. Cut strings that coincide
 * are kept once, which keeps long alternations of phrases from multiplying.
 */
function product(prefixes: string[], suffixes: string[], cap: number): string[] {
  if (suffixes.length === 1 && prefixes.length === 1) return [(prefixes[0] + suffixes[0]).slice(0, cap)];
  const out = new Set<string>();
  for (const p of prefixes) {
    if (p.length >= cap) {
      out.add(p);
      continue;
    }
    for (const s of suffixes) out.add((p + s).slice(0, cap));
  }
  return [...out];
}

function requiredOfSequence(seq: Sequence, cap: number): string[] | null {
  const candidates: string[][] = [];
  // The strings the current contiguous stretch of the sequence can be: all of its expansions.
  let partial = [''];
  const flush = () => {
    if (partial.every((s) => s.length > 0)) candidates.push([...new Set(partial)]);
    partial = [''];
  };
  for (const item of seq) {
    const e = expansions(item, cap);
    if (e && partial.length * e.length <= MAX_EXPANSION) {
      partial = product(partial, e, cap);
      continue;
    }
    if (e) {
      // Too many combinations: close this stretch and start a new one with the item.
      flush();
      partial = e;
      continue;
    }
    const { atom, min } = item;
    if (atom.kind === 'char' && min >= 1) {
      // `c+` or `c{2,}`: at least one c, then an unknown number.
      partial = product(partial, [atom.text], cap);
      flush();
      continue;
    }
    flush();
    if (atom.kind === 'group' && min >= 1) {
      const inner = requiredOf(atom.body, cap);
      if (inner) candidates.push(inner);
    }
  }
  flush();
  let best: string[] | null = null;
  let bestScore = -Infinity;
  for (const set of candidates) {
    // Longer literals are rarer; fewer of them are cheaper to look for.
    let shortest = Infinity;
    for (const s of set) shortest = Math.min(shortest, s.length);
    const score = Math.min(shortest, 10) * 1000 - set.length;
    if (shortest > 0 && score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Where a regex splits into parts that together match exactly what it matches: `X(?:A|B)Y` matches where
 * `X(?:A)Y` or `X(?:B)Y` does, and `A|B` where `A` or `B` does. The screen then runs only the parts whose literals a
 * text holds, one short phrase each, instead of the whole alternation trying every phrase at every position.
 * The split is kept as source positions (not sources) so a stored table can rebuild the parts without parsing:
 * `[start, end, ...options]` says each part is `source[.., start) + '(?:' + option + ')' + source[end, ..)`, and an
 * option `[a, b]` is `source[a, b)`, or `[a, b, split]` when that option is itself split the same way (a long option
 * that is one big alternation, as `words()` makes when some phrases are elided, "j'", "est-ce qu'"). With
 * start = end = -1 the options are the regex's own top-level alternatives. Null when the regex does not split: no
 * alternation worth splitting, back-references (a part would lose its group), or a stateful flag.
 */
export type PartSplit = [number, number, ...SplitOption[]];
export type SplitOption = [number, number] | [number, number, PartSplit];

/** An option at least this long is split again when it is one big alternation. */
const SPLIT_AGAIN_FROM = 400;

export function splitOf(re: RegExp): PartSplit | null {
  if (re.flags.includes('g') || re.flags.includes('y') || /\\(?:[1-9]|k<)/.test(re.source)) return null;
  let tree: Alternation;
  let parser: Parser;
  try {
    parser = new Parser(re.source);
    tree = parser.alternation();
    if (parser.pos !== re.source.length) return null;
  } catch {
    return null;
  }
  if (tree.length > 1) {
    const spans = parser.lastSpans;
    return [-1, -1, ...tree.map((sequence, k) => optionOf(spans[k], sequence))];
  }
  return splitSequence(tree[0]);
}

/** The split of one sequence: its biggest plain group of alternatives, long options split again. */
function splitSequence(sequence: Sequence): PartSplit | null {
  let best: Item | null = null;
  for (const item of sequence) {
    if (item.atom.kind !== 'group' || !item.once || item.atom.body.length < 2) continue;
    if (!best || item.atom.body.length > (best.atom as { body: Alternation }).body.length) best = item;
  }
  if (!best || best.atom.kind !== 'group') return null;
  const { body, spans } = best.atom;
  return [best.start, best.end, ...body.map((option, k) => optionOf(spans[k], option))];
}

function optionOf([a, b]: [number, number], sequence: Sequence): SplitOption {
  const inner = b - a >= SPLIT_AGAIN_FROM ? splitSequence(sequence) : null;
  return inner ? [a, b, inner] : [a, b];
}

/** The parts of `re` by its split (see `splitOf`); `[re]` when it does not split. */
export function partsOf(re: RegExp, split: PartSplit | null): RegExp[] {
  if (!split) return [re];
  return partSources(re.source, 0, re.source.length, split).map((source) => new RegExp(source, re.flags));
}

/**
 * Options per part: a few phrases share one regex. Each regex is compiled on its first run, so thousands of one-phrase
 * parts cost a one-off command more in compiling than they save in matching; a handful per part keeps most of the
 * saving (the screen still rules out most parts of a big alternation).
 */
const OPTIONS_PER_PART = 4;

/** The part sources of `src[lo, hi)` under `split`, whose positions lie inside that range. */
function partSources(src: string, lo: number, hi: number, split: PartSplit): string[] {
  const [start, end] = split;
  // Plain options are grouped OPTIONS_PER_PART at a time; an option split again brings its own parts.
  const groups: string[][] = [];
  let open: string[] | null = null;
  for (let k = 2; k < split.length; k++) {
    const [a, b, inner] = split[k] as SplitOption;
    if (inner) {
      open = null;
      for (const part of partSources(src, a, b, inner)) groups.push([part]);
      continue;
    }
    if (!open || open.length >= OPTIONS_PER_PART) groups.push((open = []));
    open.push(src.slice(a, b));
  }
  return groups.map((group) => (start < 0 ? group.join('|') : `${src.slice(lo, start)}(?:${group.join('|')})${src.slice(end, hi)}`));
}

/**
 * The literal strings every match of `re` contains at least one of; null when the regex is not screenable. With
 * `cap`, the literals are cut to that many code units (a prefix of a required literal is required too).
 */
export function requiredLiterals(re: RegExp, cap = Infinity): string[] | null {
  const literals = literalsOf(re, cap);
  if (!literals) return null;
  // A literal that starts with another is redundant: where it occurs, the shorter one occurs too. In sorted
  // order a literal's extensions follow it directly.
  const kept: string[] = [];
  for (const literal of literals.sort()) if (!kept.length || !literal.startsWith(kept[kept.length - 1])) kept.push(literal);
  return kept;
}

/** `requiredLiterals` before the redundant ones are dropped (the screen's trie drops them as it goes). */
function literalsOf(re: RegExp, cap: number): string[] | null {
  // Case-insensitive or multi-line regexes are rare here; they are always run.
  if (re.flags.includes('i') || re.flags.includes('m')) return null;
  try {
    const parser = new Parser(re.source);
    const tree = parser.alternation();
    if (parser.pos !== re.source.length) return null;
    return requiredOf(tree, cap);
  } catch {
    return null;
  }
}

/**
 * Literals are cut to this length: a prefix of a required literal is required too, and short literals keep the
 * trie small. Long enough to be rare.
 */
const MAX_LITERAL = 14;

/** The parts and literals of a list of regexes, derived ahead of time. */
export interface ScreenTable {
  /** `screenFingerprint` of the regexes the table was derived from. */
  fingerprint: string;
  /** Per regex: how it splits into parts (see `splitOf`). */
  splits: Array<PartSplit | null>;
  /** Per part, all regexes' parts in order: its required literals front-coded (see `frontCode`), or null when it always runs. */
  literals: Array<string[] | null>;
}

/** Identifies a list of regexes (sources, flags and order), the literal cap and the table's layout. */
function screenFingerprint(regexes: readonly RegExp[]): string {
  return contentHash(`parts2\u0000${OPTIONS_PER_PART}\u0000${MAX_LITERAL}\u0000${regexes.map((re) => `${re.flags}/${re.source}`).join('\u0000')}`);
}

/** What `npm run train` stores: every regex's split, and every part's required literals, sorted and front-coded. */
export function deriveScreenTable(regexes: readonly RegExp[]): ScreenTable {
  const splits = regexes.map(splitOf);
  const parts = regexes.flatMap((re, i) => partsOf(re, splits[i]));
  return { fingerprint: screenFingerprint(regexes), splits, literals: parts.map((part) => frontCode(requiredLiterals(part, MAX_LITERAL))) };
}

// Sorted literals share long prefixes ("crash", "crashe", ...): each is stored as one character giving how many
// leading code units it shares with the one before (as the code unit 48 + n), then the rest. The table shrinks by half.
function frontCode(literals: string[] | null): string[] | null {
  if (!literals) return null;
  return literals.map((literal, i) => {
    const previous = i ? literals[i - 1] : '';
    let shared = 0;
    while (shared < literal.length && shared < previous.length && literal[shared] === previous[shared]) shared++;
    return String.fromCharCode(48 + shared) + literal.slice(shared);
  });
}

function frontDecode(coded: string[] | null): string[] | null {
  if (!coded) return null;
  let previous = '';
  return coded.map((entry) => (previous = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1)));
}

/** Which parts of which regexes one text may match (reused from scan to scan). */
export interface Screening {
  /** Per part: 1 when it may match, 0 when it cannot. */
  parts: Uint8Array;
  /** Per regex: 1 when one of its parts may match. */
  regexes: Uint8Array;
}

/** A screen's trie, with the fingerprint of the table it was built from (structured-cloneable, for a worker thread). */
export interface BuiltScreen {
  fingerprint: string;
  trie: TrieTables;
}

/**
 * Screens a fixed list of regexes: `scan` reads a text once and says which of them, and which of their parts, can
 * possibly match it; `test` then runs only those parts.
 */
export class RegexScreen {
  readonly regexes: readonly RegExp[];
  /** Every regex's parts, in regex order: regex r owns parts partStart[r] up to partStart[r + 1]. */
  private readonly parts: RegExp[];
  private readonly partStart: Int32Array;
  private readonly regexOfPart: Int32Array;
  /** Parts with no derivable literals: always candidates. */
  private readonly always: number[] = [];
  /** Every part's literals: a part none of whose literals occurs in a text cannot match it. */
  private readonly literals: LiteralTrie;
  private readonly screening: Screening;
  /** Whether the parts and literals came from a table rather than being derived at construction. */
  readonly fromTable: boolean;

  /** The fingerprint of the table this screen was read from ('' when derived). */
  private readonly fingerprint: string;

  /**
   * With a `table` derived from exactly these regexes, their parts and literals are read from it instead of derived;
   * with the `built` trie of another screen read from that same table (see built), the trie is not built again.
   */
  constructor(regexes: readonly RegExp[], table?: ScreenTable, built?: BuiltScreen) {
    this.regexes = regexes;
    const fromTable = table !== undefined && table.splits?.length === regexes.length && table.fingerprint === screenFingerprint(regexes);
    this.fromTable = fromTable;
    const splits = fromTable ? table.splits : regexes.map(splitOf);
    this.partStart = new Int32Array(regexes.length + 1);
    this.parts = [];
    regexes.forEach((re, r) => {
      this.partStart[r] = this.parts.length;
      this.parts.push(...partsOf(re, splits[r]));
    });
    this.partStart[regexes.length] = this.parts.length;
    this.regexOfPart = new Int32Array(this.parts.length);
    for (let r = 0; r < regexes.length; r++) this.regexOfPart.fill(r, this.partStart[r], this.partStart[r + 1]);
    this.screening = this.newScreening();
    const literalsFromTable = fromTable && table.literals.length === this.parts.length;
    this.fingerprint = literalsFromTable ? table.fingerprint : '';
    if (literalsFromTable && built && built.fingerprint === table.fingerprint) {
      table.literals.forEach((coded, index) => {
        if (!coded || !coded.length) this.always.push(index);
      });
      this.literals = new LiteralTrie(built.trie);
      return;
    }
    const literalsPerPart = literalsFromTable ? table.literals.map(frontDecode) : this.parts.map((part) => literalsOf(part, MAX_LITERAL));
    literalsPerPart.forEach((literals, index) => {
      if (!literals || !literals.length) this.always.push(index);
    });
    this.literals = new LiteralTrie(literalsPerPart);
  }

  /** The trie this screen built, for a screen of the same table in another thread; null when it was not read from a table. */
  built(): BuiltScreen | null {
    return this.fingerprint ? { fingerprint: this.fingerprint, trie: this.literals.tables() } : null;
  }

  /** A screening to scan into, for a caller that keeps two scans at once. */
  newScreening(): Screening {
    return { parts: new Uint8Array(this.parts.length), regexes: new Uint8Array(this.regexes.length) };
  }

  /**
   * `regexes[at].test(text)`, running only the parts that `screening` (a scan of exactly `text`) left possible.
   * With a null screening (the text was rewritten after its scan), the whole regex runs.
   */
  test(at: number, text: string, screening: Screening | null): boolean {
    if (screening === null) return this.regexes[at].test(text);
    if (screening.regexes[at] === 0) return false;
    const flags = screening.parts;
    const parts = this.parts;
    for (let p = this.partStart[at], end = this.partStart[at + 1]; p < end; p++) if (flags[p] === 1 && parts[p].test(text)) return true;
    return false;
  }

  /**
   * True when one of `regexes[from]` up to `regexes[to - 1]` matches: `test` for each, in one loop over the
   * screening's flags. Where a long run of regexes is asked at once (the fault frames, over seventy), most are ruled
   * out, and a call of `test` for each cost more than the few that run.
   */
  testAny(from: number, to: number, text: string, screening: Screening | null): boolean {
    if (screening === null) {
      for (let at = from; at < to; at++) if (this.regexes[at].test(text)) return true;
      return false;
    }
    const regexFlags = screening.regexes;
    for (let at = from; at < to; at++) if (regexFlags[at] === 1 && this.test(at, text, screening)) return true;
    return false;
  }

  /**
   * One pass over `text`: which parts, and which regexes, may match it. A 0 is exact (the part or the regex cannot
   * match); a 1 means run it. The screening is reused by the next scan unless one is passed `into`.
   */
  scan(text: string, into: Screening = this.screening): Screening {
    const partFlags = into.parts;
    const regexFlags = into.regexes;
    const regexOfPart = this.regexOfPart;
    partFlags.fill(0);
    regexFlags.fill(0);
    for (const p of this.always) {
      partFlags[p] = 1;
      regexFlags[regexOfPart[p]] = 1;
    }
    this.literals.scan(text, partFlags, regexFlags, regexOfPart);
    return into;
  }
}
