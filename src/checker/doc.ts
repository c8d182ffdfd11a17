/**
 * The text under check, as the rules see it: the normalised text with its offset map, the context,
 * and shared lazily computed views (lexicon hits, sentences) so no work is done twice.
 */
import {
  COMPOUND_ROOTS,
  findLexiconHits,
  isTokenChar,
  lexiconSteps,
  lexiconWords,
  plainWords,
  tokenOfMixedRun,
  type LexHit,
  type PlainWord,
  type Token,
} from './lexicon';
import { isWordChar, normalise, normaliseTerm, toOriginal, type Normalised } from './normalise';
import { Gate, LazyRegExp, regexOf, type Declared, type Pattern } from './pattern';
import type { CheckContext, Span } from './types';

export { Gate, LazyRegExp, lazy, regexOf, type Declared, type Pattern } from './pattern';

/** A match in the normalised text, half-open. */
export interface Range {
  from: number;
  to: number;
}

/**
 * word -> ids it opens: `g`, gates (opened by a whole run of a-z and 0-9, or a marker); `a`, anchors
 * (opened by a run of a-z letters only, also inside a run with digits).
 */
interface Opens {
  g: number[] | null;
  a: number[] | null;
}

/** What a rule gives the engine to build its tables from: the patterns and gates it uses (see Rule.uses). */
export interface UsesDeclarations {
  readonly uses?: readonly Declared[];
}

/** The rules the tables are built for (see tablesFor), and their gates and anchors, numbered in order. */
let RULE_SET: readonly UsesDeclarations[] | null = null;
let REGISTERED: Gate[] = [];
let PATTERNS: LazyRegExp[] = [];
let gateCount = 0;

/** word -> what it opens, worked out from REGISTERED when first needed (null until then). */
let GATE_INDEX: Map<string, Opens> | null = null;
/** How many of REGISTERED GATE_INDEX holds so far (prepareTables adds them one step at a time). */
let indexed = 0;

/**
 * Makes the engine's tables those of `rules`: numbers every gate and anchor their `uses` name (with
 * the anchors of their patterns). Cheap: the words are worked out, and the word table built, when a
 * draft is first scanned or in prepareTables()'s steps. Calling it again with the same array does
 * nothing; with another, the tables are made again for that one (the tests do this per rule).
 */
export function tablesFor(rules: readonly UsesDeclarations[]): void {
  if (rules === RULE_SET) return;
  for (const g of REGISTERED) g.id = -1;
  const gates: Gate[] = [];
  const patterns: LazyRegExp[] = [];
  const seen = new Set<Declared>();
  const add = (g: Gate) => {
    if (seen.has(g)) return;
    seen.add(g);
    g.id = gates.length;
    gates.push(g);
  };
  for (const r of rules)
    for (const d of r.uses ?? []) {
      if (seen.has(d)) continue;
      if (d instanceof Gate) add(d);
      else if (d instanceof LazyRegExp) {
        seen.add(d);
        if (d.requires.length) patterns.push(d);
        for (const g of d.requires) add(g);
      }
    }
  RULE_SET = rules;
  REGISTERED = gates;
  PATTERNS = patterns;
  gateCount = gates.length;
  GATE_INDEX = null;
  indexed = 0;
  table = null;
  stampedBy = null;
}

function addTo(index: Map<string, Opens>, g: Gate): void {
  const anchor = g.kind === 'anchor';
  for (const w of g.words()) {
    if (anchor && !isLetters(w)) throw new Error(`anchor word must be letters only: ${w}`);
    let o = index.get(w);
    if (!o) index.set(w, (o = { g: null, a: null }));
    if (anchor) (o.a ??= []).push(g.id);
    else (o.g ??= []).push(g.id);
  }
}

/** The word index, worked out from the registered gates on first use. */
function gateIndex(): Map<string, Opens> {
  GATE_INDEX ??= new Map();
  while (indexed < REGISTERED.length) addTo(GATE_INDEX, REGISTERED[indexed++]!);
  return GATE_INDEX;
}

/**
 * The word tables the first check would build (the lexicon, the word index, the hash table of plain
 * words), in pieces of a few milliseconds with a yield between them (see prepare.ts).
 */
export function* prepareTables(): Generator<string, void, void> {
  yield 'lexicon';
  yield* lexiconSteps();
  yield 'plain words';
  plainWords();
  yield 'multi-word terms';
  lexiconWords();
  while (indexed < REGISTERED.length) {
    yield 'gate or anchor ' + indexed;
    // (The index is made again when tablesFor() was given other rules between two steps.)
    if (indexed < REGISTERED.length) addTo((GATE_INDEX ??= new Map()), REGISTERED[indexed++]!);
  }
  yield 'word table';
  yield* wordTableSteps();
}

/**
 * Gates and anchors a Doc was asked about that the tables do not hold (so it counted them open): a
 * rule whose `uses` leaves out what it uses (the test that every rule names what it uses reads this).
 */
export const unheld = new Set<Gate>();

/** Every pattern of the current rules with anchors or gates (for prepare.ts and the tests). */
export function gatedPatterns(): LazyRegExp[] {
  return PATTERNS;
}

/**
 * What one plain word (letters a-z only) means, for the single pass over a text's words: the gates
 * and anchors it opens and its lexicon entry. Built from GATE_INDEX and the lexicon on first use and
 * rebuilt when a gate is registered later.
 */
interface WordInfo {
  word: string;
  g: number[] | null;
  a: number[] | null;
  lex: PlainWord | null;
}

/**
 * The plain words as an open-addressing hash table keyed by a hash the pass computes while it reads
 * the letters, so a word is looked up without slicing it out of the text (most words are in no list).
 */
interface WordTable {
  mask: number;
  /** slot -> index + 1 into infos (0: empty). */
  slots: Int32Array;
  /** slot -> the hash of its word (read first, so a miss touches one array). */
  slotHashes: Int32Array;
  infos: WordInfo[];
}
/** The word table of the current rules (null until built; tablesFor() drops it). */
let table: WordTable | null = null;

/** True when `w` is letters a-z only. */
function isLetters(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The pass's hash of a letter: h = wordHash(h, charCode), starting from 0. */
function wordHash(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function wordTable(): WordTable {
  if (!table) for (const _ of wordTableSteps());
  return table!;
}

/** Words put in the table per step of wordTableSteps(). */
const WORDS_PER_STEP = 1024;

/** wordTable()'s building in steps (for prepare.ts); a check that needs the table first builds it whole, and the steps then stop. */
function* wordTableSteps(): Generator<string, void, void> {
  if (table) return;
  const forRules = RULE_SET;
  const index = [...gateIndex()];
  const m = new Map<string, WordInfo>();
  for (let from = 0; from < index.length; from += WORDS_PER_STEP) {
    if (from > 0) {
      yield 'word table';
      if (table || RULE_SET !== forRules) return;
    }
    addGateWords(m, index, from, Math.min(index.length, from + WORDS_PER_STEP));
  }
  addLexiconWords(m);
  yield 'word table';
  if (table || RULE_SET !== forRules) return;
  table = hashTable([...m.values()]);
}

// (The loops live in plain functions: V8 optimises a long loop inside a generator less well.)

function infoOf(m: Map<string, WordInfo>, w: string): WordInfo {
  let o = m.get(w);
  if (!o) m.set(w, (o = { word: w, g: null, a: null, lex: null }));
  return o;
}

/** The letters-only words of index[from, to) with the gates and anchors they open. */
function addGateWords(m: Map<string, WordInfo>, index: ReadonlyArray<[string, Opens]>, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const [w, o] = index[k]!;
    if (!isLetters(w)) continue;
    const x = infoOf(m, w);
    x.g = o.g;
    x.a = o.a;
  }
}

/** The lexicon's plain words (with their entries) and the words of its multi-word terms. */
function addLexiconWords(m: Map<string, WordInfo>): void {
  for (const [w, p] of plainWords()) if (isLetters(w)) infoOf(m, w).lex = p;
  for (const w of lexiconWords()) infoOf(m, w);
}

function hashTable(infos: WordInfo[]): WordTable {
  let size = 16;
  // A sparse table (at most a quarter full): most words of a text are in no list, and a miss should
  // end at the first slot.
  while (size < infos.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const slotHashes = new Int32Array(size);
  for (let k = 0; k < infos.length; k++) {
    const w = infos[k]!.word;
    let h = 0;
    for (let i = 0; i < w.length; i++) h = wordHash(h, w.charCodeAt(i));
    let s = h & (size - 1);
    while (slots[s] !== 0) s = (s + 1) & (size - 1);
    slots[s] = k + 1;
    slotHashes[s] = h;
  }
  return { mask: size - 1, slots, slotHashes, infos };
}

/** The plain word text[i, j) with hash h, or undefined when it is in no list. */
function lookupWord(tb: WordTable, h: number, text: string, i: number, j: number): WordInfo | undefined {
  let s = h & tb.mask;
  for (;;) {
    const k = tb.slots[s]!;
    if (k === 0) return undefined;
    if (tb.slotHashes[s] === h) {
      const o = tb.infos[k - 1]!;
      const w = o.word;
      if (w.length === j - i) {
        let x = 0;
        while (x < w.length && w.charCodeAt(x) === text.charCodeAt(i + x)) x++;
        if (x === w.length) return o;
      }
    }
    s = (s + 1) & tb.mask;
  }
}

/**
 * Every pattern of the current rules with anchors, built (for the test that anchors never hide a
 * match): each with the regex it runs.
 */
export function anchoredPatterns(): Array<{ pattern: LazyRegExp; re: RegExp }> {
  return PATTERNS.map((pattern) => ({ pattern, re: pattern.re }));
}

/** True when [i, j) has anything but a-z. */
function mentionHasOthers(t: string, i: number, j: number): boolean {
  if (i >= j) return true;
  for (let k = i; k < j; k++) {
    const d = t.charCodeAt(k);
    if (d < 97 || d > 122) return true;
  }
  return false;
}

/** The lexicon token of "@" and letters ("@user", "@ss"): the "@" decodes to "a" (as tokenOfMixedRun does). */
function mentionToken(t: string, i: number, j: number): Token {
  const w = 'a' + t.slice(i + 1, j);
  return { from: i, to: j, word: w, cands: [w] };
}

/** Character classes for the word pass: a-z, the other lexicon token characters (0-9 @ $ ! | + *), the rest. */
const LETTER = 1;
/**
 * The lexicon's compound roots (COMPOUND_ROOTS) as four packed char codes, the way Doc.scan packs the
 * last four letters it read; the pass compares with two (a second root repeats the first when there
 * is one only).
 */
const [ROOT_A, ROOT_B] = ((): [number, number] => {
  const packed = COMPOUND_ROOTS.map((r) => {
    if (r.length !== 4 || !isLetters(r)) throw new Error(`a compound root is four letters a-z: ${r}`);
    let x = 0;
    for (let i = 0; i < 4; i++) x = (x << 8) | r.charCodeAt(i);
    return x;
  });
  if (packed.length < 1 || packed.length > 2) throw new Error('Doc.scan looks for one or two compound roots');
  return [packed[0]!, packed[1] ?? packed[0]!];
})();
const CHAR_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) CHAR_CLASS[c] = c >= 97 && c <= 122 ? LETTER : isTokenChar(c) ? 2 : 0;

/**
 * Which gates are open, for the Doc scanned last: stamps[id] holds the generation of the Doc that
 * opened gate `id`. One array for all Docs, so a check allocates none and clears none; a Doc that is
 * not the last one scanned scans again (see Doc.gates).
 */
let stamps = new Int32Array(64);
let generation = 0;
let stampedBy: Doc | null = null;

function markGates(open: Int32Array, w: string, gen: number): void {
  const o = GATE_INDEX!.get(w);
  if (o?.g) for (const id of o.g) open[id] = gen;
}

/** At most this many matches per regex per text: bounds memory on adversarial input. */
const MAX_MATCHES = 2000;

export class Doc {
  readonly norm: Normalised;
  readonly text: string;
  private lex: LexHit[] | null = null;
  private sents: Range[] | null = null;
  /** Shared results by key (findShared, findPhrases); made on first use. */
  private memoMap: Map<string, unknown> | null = null;
  private get memo(): Map<string, unknown> {
    return (this.memoMap ??= new Map());
  }
  /** This Doc's generation in `stamps` (0 before its first scan). */
  private gen = 0;
  private tokens: Token[] | null = null;
  /** Whether a word of the text has a compound root inside it (so a compound such as "shitshow" is possible: see COMPOUND_ROOTS). */
  private compounds = false;

  constructor(
    readonly original: string,
    readonly ctx: CheckContext,
  ) {
    this.norm = normalise(original);
    this.text = this.norm.text;
  }

  /** Original-text span of a normalised range. */
  span(r: Range): Span {
    return toOriginal(this.norm, r.from, r.to);
  }

  /**
   * One pass over the text's words, for both the gates and the lexicon. Gates: which gates the text
   * opens, from its words (runs of a-z and 0-9) looked up in GATE_INDEX, plus markers: "#year" for
   * "y9", "yr10s"; "#class" for class codes like "9x", "10b2"; "#c" for a lone "c" (as in "(c) 2023");
   * "#ld" for a word that starts with a letter and has a digit ("sw1a"); "#digit", "#at", "#copy" (the
   * copyright sign) and "#camera" (camera emoji). Rules use them as a cheap test before their patterns.
   * Lexicon: its tokens (runs of a-z, 0-9 and @ $ ! | + *; see lexicon.ts), plain ones already looked
   * up, so each plain word costs one slice and one hash lookup for both.
   */
  private scan(): void {
    if (stamps.length < gateCount + 1) stamps = new Int32Array(gateCount + 64);
    if (generation >= 0x7ffffff0) {
      stamps.fill(0);
      generation = 0;
    }
    const gen = ++generation;
    const open = stamps;
    stampedBy = this;
    this.gen = gen;
    const tokens: Token[] = [];
    const tb = wordTable();
    const t = this.text;
    const n = t.length;
    // The lexicon needs a token for a plain word in no list only when it could still match: a
    // compound of a root ("shitshow"), or a text with elongated letters. Otherwise such
    // words are left out (a multi-word term never spans one: the gap check between its tokens fails
    // on the letters).
    // A word with elongated letters may still spell a lexicon word ("fuuuck").
    const elongated = this.norm.plain !== true && this.norm.elongated.indexOf(1) !== -1;
    this.compounds = false;
    let digitSeen = false;
    let atSeen = false;
    let i = 0;
    while (i < n) {
      const c = t.charCodeAt(i);
      const cls = c < 128 ? CHAR_CLASS[c]! : 0;
      if (cls === 0) {
        if (c === 0xa9) markGates(open, '#copy', gen);
        else if (c === 0xd83d) {
          const d = t.charCodeAt(i + 1);
          if (d === 0xdcf8 || d === 0xdcf7 || d === 0xdfa5 || d === 0xdcf9) markGates(open, '#camera', gen);
        } else if (c === 0xd83c && t.charCodeAt(i + 1) === 0xdf9e) markGates(open, '#camera', gen);
        i++;
        continue;
      }
      let j = i;
      let mixed = false;
      let letters = false;
      let atOrDollar = false;
      let h = 0;
      // The last four letters, packed, to see a compound root inside a word ("shitshow").
      let last4 = 0;
      let root = false;
      while (j < n) {
        const d = t.charCodeAt(j);
        const k = d < 128 ? CHAR_CLASS[d]! : 0;
        if (k === LETTER) {
          h = wordHash(h, d);
          last4 = (last4 << 8) | d;
          if (last4 === ROOT_A || last4 === ROOT_B) root = true;
          letters = true;
          j++;
        } else if (k !== 0) {
          mixed = true;
          if (d === 64 || d === 36) atOrDollar = true;
          j++;
        } else break;
      }
      if (!mixed) {
        // Letters only (most words): one lookup serves the gates, the anchors and the lexicon.
        if (j - i <= 64) {
          const o = lookupWord(tb, h, t, i, j);
          if (o !== undefined) {
            if (j - i <= 40) {
              if (o.g) for (const id of o.g) open[id] = gen;
              if (o.a) for (const id of o.a) open[id] = gen;
            }
            tokens.push({ from: i, to: j, word: o.word, cands: null, pw: o.lex });
          } else if (root || elongated) tokens.push({ from: i, to: j, word: null, cands: null, pw: null });
          if (root) this.compounds = true;
          if (j - i === 1 && c === 99) markGates(open, '#c', gen);
        }
        i = j;
        continue;
      }
      // Digits or marks: the gates see each run of a-z and 0-9 in it; the lexicon decodes it.
      let k = i;
      while (k < j) {
        const d = t.charCodeAt(k);
        if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) {
          if (d === 64) atSeen = true;
          k++;
          continue;
        }
        const e = this.alnumRun(open, gen, k, j);
        if (e < 0) {
          digitSeen = true;
          k = -e;
        } else k = e;
      }
      if (letters || atOrDollar) {
        // (A run of digits and marks alone, with no @ or $ to decode to a letter, is no token.)
        const tok = c === 64 && j - i <= 64 && !mentionHasOthers(t, i + 1, j) ? mentionToken(t, i, j) : tokenOfMixedRun(t, i, j);
        if (tok) tokens.push(tok);
      }
      i = j;
    }
    if (digitSeen) markGates(open, '#digit', gen);
    if (atSeen) markGates(open, '#at', gen);
    this.tokens = tokens;
  }

  /**
   * Marks the gates of the run of a-z and 0-9 starting at `i` (it ends by `limit`). Returns its end,
   * negated when it has a digit.
   */
  private alnumRun(open: Int32Array, gen: number, i: number, limit: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    let j = i + 1;
    let digits = c <= 57 ? 1 : 0;
    while (j < limit) {
      const d = t.charCodeAt(j);
      if (d >= 97 && d <= 122) j++;
      else if (d >= 48 && d <= 57) {
        digits++;
        j++;
      } else break;
    }
    if (j - i <= 40) {
      const w = t.slice(i, j);
      if (digits) {
        markGates(open, w, gen);
        if (c >= 97) markGates(open, '#ld', gen);
        if (/^(?:y|yr)\d{1,2}s?$/.test(w)) markGates(open, '#year', gen);
        else if (/^\d{1,2}[a-z]{1,3}\d?$/.test(w)) markGates(open, '#class', gen);
      } else {
        const o = GATE_INDEX!.get(w);
        if (o !== undefined) {
          if (o.g) for (const id of o.g) open[id] = gen;
          if (o.a) for (const id of o.a) open[id] = gen;
        }
        if (j - i === 1 && c === 99) markGates(open, '#c', gen);
      }
    }
    if (digits && digits < j - i) {
      // Letter runs inside a run with digits ("thief9", "sw1a") open anchors.
      let k = i;
      while (k < j) {
        const d = t.charCodeAt(k);
        if (d <= 57) {
          k++;
          continue;
        }
        let e = k + 1;
        while (e < j && t.charCodeAt(e) >= 97) e++;
        const o = GATE_INDEX!.get(t.slice(k, e));
        if (o?.a) for (const id of o.a) open[id] = gen;
        k = e;
      }
    }
    return digits ? -j : j;
  }

  /** The gate stamps, with this Doc's gates stamped with its generation (see `stamps`). */
  private gates(): Int32Array {
    if (stampedBy !== this) this.scan();
    return stamps;
  }

  /**
   * True when any of the gate's words occurs in the text (see gates()), or when the tables do not
   * hold the gate (it is then no test at all: see Gate.id).
   */
  hasAny(gate: Gate): boolean {
    if (gate.id < 0) {
      unheld.add(gate);
      return true;
    }
    return this.gates()[gate.id] === this.gen;
  }

  /** True when every gate and anchor in `required` is open (see hasAny). */
  private allOpen(required: readonly Gate[]): boolean {
    const open = this.gates();
    for (const g of required)
      if (g.id < 0) unheld.add(g);
      else if (open[g.id] !== this.gen) return false;
    return true;
  }

  lexiconHits(): LexHit[] {
    if (!this.lex) {
      if (!this.tokens) this.scan();
      this.lex = findLexiconHits(this.norm, this.tokens!, this.compounds);
    }
    return this.lex;
  }

  /** False when `re` cannot match: one of the gates or anchors it requires (see LazyRegExp.requires) is closed. */
  mayMatch(re: Pattern): boolean {
    return !(re instanceof LazyRegExp) || re.requires.length === 0 || this.allOpen(re.requires);
  }

  /**
   * All matches of a pattern over the normalised text (empty matches skipped). A pattern whose
   * anchors are closed is neither built nor run (see pattern.ts).
   */
  find(p: Pattern): Range[] {
    if (p instanceof LazyRegExp && p.requires.length !== 0 && !this.allOpen(p.requires)) return [];
    const re = regexOf(p);
    const out: Range[] = [];
    const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(this.text)) !== null) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      out.push({ from: m.index, to: m.index + m[0].length });
      if (out.length >= MAX_MATCHES) break;
    }
    g.lastIndex = 0;
    return out;
  }

  /** Memoised find, for patterns several rules share (pupil references, school references). */
  findShared(key: string, re: Pattern): Range[] {
    const hit = this.memo.get(key) as Range[] | undefined;
    if (hit) return hit;
    const r = this.find(re);
    this.memo.set(key, r);
    return r;
  }

  /** Sentences (split at . ! ? followed by space, and at line breaks). */
  sentences(): Range[] {
    if (this.sents) return this.sents;
    const out: Range[] = [];
    const t = this.text;
    let s = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (c === '\n' || ((c === '.' || c === '!' || c === '?') && (i + 1 >= t.length || t[i + 1] === ' ' || t[i + 1] === '\n'))) {
        if (i + 1 > s) out.push({ from: s, to: i + 1 });
        s = i + 1;
      }
    }
    if (s < t.length) out.push({ from: s, to: t.length });
    this.sents = out;
    return out;
  }

  /**
   * Pairs of matches of `a` and `b` in the same sentence. Returns, per sentence with both, the first
   * `a` and the first `b` match. Linear: both lists and the sentences are walked once.
   */
  together(a: Range[], b: Range[]): Array<[Range, Range]> {
    if (!a.length || !b.length) return [];
    const out: Array<[Range, Range]> = [];
    const sents = this.sentences();
    let ia = 0;
    let ib = 0;
    for (const s of sents) {
      while (ia < a.length && a[ia]!.from < s.from) ia++;
      while (ib < b.length && b[ib]!.from < s.from) ib++;
      const ra = a[ia];
      const rb = b[ib];
      if (ra && rb && ra.from < s.to && rb.from < s.to) out.push([ra, rb]);
      if (ia >= a.length || ib >= b.length) break;
    }
    return out;
  }

  /**
   * Pairs where a match of `a` is followed by a match of `b` starting at most `maxGap` characters
   * after `a` ends (or, when `ordered` is false, either way round), with no sentence end between.
   * Linear-ish: for each `a`, `b` is searched from a moving pointer.
   */
  near(a: Range[], b: Range[], maxGap: number, ordered = true): Array<[Range, Range]> {
    if (!a.length || !b.length) return [];
    const out: Array<[Range, Range]> = [];
    const t = this.text;
    let jb = 0;
    for (const ra of a) {
      while (jb < b.length && b[jb]!.to <= ra.from - (ordered ? 0 : maxGap)) jb++;
      for (let k = jb; k < b.length; k++) {
        const rb = b[k]!;
        if (rb.from > ra.to + maxGap) break;
        const after = rb.from >= ra.to;
        const before = rb.to <= ra.from;
        if (ordered && !after) continue;
        if (!after && !before) continue;
        const gap = after ? t.slice(ra.to, rb.from) : t.slice(rb.to, ra.from);
        if (gap.length > maxGap || /[.!?]\s|\n/.test(gap)) continue;
        out.push([ra, rb]);
        break;
      }
      if (out.length >= MAX_MATCHES) break;
    }
    return out;
  }

  /**
   * Occurrences of admin-supplied phrases (names, extra terms), case- and accent-insensitive, on word
   * boundaries. One indexOf scan per distinct phrase; phrases are normalised like the text.
   */
  findPhrases(phrases: readonly string[], key: string): Array<Range & { phrase: string }> {
    const hit = this.memo.get('phr:' + key) as Array<Range & { phrase: string }> | undefined;
    if (hit) return hit;
    const out: Array<Range & { phrase: string }> = [];
    const t = this.text;
    const seen = new Set<string>();
    for (const raw of phrases) {
      if (typeof raw !== 'string') continue;
      const p = normaliseTerm(raw);
      if (p.length < 2 || seen.has(p)) continue;
      seen.add(p);
      let i = t.indexOf(p);
      let guard = 0;
      while (i !== -1 && guard++ < MAX_MATCHES) {
        const before = i > 0 ? t[i - 1]! : ' ';
        const after = i + p.length < t.length ? t[i + p.length]! : ' ';
        if (!isWordChar(before) && !isWordChar(after)) out.push({ from: i, to: i + p.length, phrase: raw });
        i = t.indexOf(p, i + 1);
      }
    }
    out.sort((x, y) => x.from - y.from);
    this.memo.set('phr:' + key, out);
    return out;
  }
}

/** Merges ranges into sorted order (used when a rule combines several patterns). */
export function sortRanges<T extends Range>(rs: T[]): T[] {
  return rs.sort((a, b) => a.from - b.from || a.to - b.to);
}
