/**
 * What a rule is: data plus one function, with metadata that explains it (ESLint's `meta`), and
 * "must flag" / "must not flag" examples that a table-driven test runs (ESLint's RuleTester).
 */
import type { Doc, Range } from '../doc';
import { builds, Gate, lazy, LazyRegExp, type Declared, type Pattern } from '../pattern';

export { Gate, lazy, type Declared, type Pattern } from '../pattern';
import type { CategoryId, CheckContext, Severity } from '../types';

/** An example text, optionally with the context it needs (pupil names, media attached...). */
export type Example = string | { text: string; context: CheckContext };

export interface RuleHit {
  /** Ranges in the NORMALISED text (the engine maps them to the original). */
  ranges: Range[];
  /** Overrides the rule's severity for this hit (e.g. from the lexicon). */
  severity?: Severity;
  /** Overrides the rule's reason for this hit. */
  reason?: string;
}

/**
 * What a rule is for, and its "must flag" and "must not flag" examples. Each rule file exports them
 * as DOCS, by rule id, next to its rules; they are kept out of the Rule objects so that the content
 * script, which imports the rules, does not ship them (rules/docs.ts is the lookup the tests, tools
 * and docs generator use).
 */
export interface RuleDocs {
  /** One line for the admin guide's list of rules (docs/admin.md). */
  readonly description: string;
  readonly flag: readonly Example[];
  readonly ok: readonly Example[];
}

export interface Rule {
  /** "<category>/<name>"; stable, admins switch rules off by it. */
  readonly id: string;
  readonly category: CategoryId;
  readonly severity: Severity;
  /** The default one-sentence reason shown to staff (British English, kind). */
  readonly reason: string;
  /**
   * A cheap test run first (usually: does the text contain one of the rule's key words?). When it
   * returns false the rule is skipped; it must never be false for a text the rule would flag.
   */
  gate?(doc: Doc): boolean;
  /** Finds the rule's matches. May throw: the engine skips a failing rule. */
  run(doc: Doc): RuleHit[];
  /**
   * The gates and the anchored patterns its gate and run use (directly or through a helper such as
   * refs.ts mayHavePupil()): the engine builds its word tables from these (tablesFor() in doc.ts). One
   * left out is treated as open, so it costs speed, not a finding; gates.test.ts "every gate and
   * anchored pattern a rule meets is in its uses" fails then.
   */
  readonly uses?: readonly Declared[];
}

/** Shorthand for a rule whose hits are the matches of one or more regexes. */
export function hitsOf(doc: Doc, ...patterns: Pattern[]): RuleHit[] {
  let ranges: Range[] | null = null;
  for (const p of patterns) {
    const found = doc.find(p);
    if (found.length) ranges = ranges ? ranges.concat(found) : found;
  }
  return ranges ? [{ ranges }] : [];
}

/** Shorthand for co-occurrence in one sentence: both ranges become the finding's spans. */
export function pairsOf(doc: Doc, a: Range[], b: Range[]): RuleHit[] {
  const pairs = doc.together(a, b);
  if (!pairs.length) return [];
  const ranges: Range[] = [];
  for (const [x, y] of pairs) ranges.push(x, y);
  return [{ ranges }];
}

/**
 * An alternation of a list of words or phrases, written out only when a pattern that uses it is built
 * (see pattern.ts): words() returns it unbuilt, and a template literal or "+" turns it into its text.
 */
export class Trie {
  private text: string | null = null;
  constructor(private readonly list: readonly string[]) {}
  toString(): string {
    if (this.text === null) {
      this.text = trieSource(this.list);
      builds.lists++;
    }
    return this.text;
  }
}

/**
 * Builds an alternation from a list of words or phrases (a space matches one to three whitespace
 * characters). It is written as a trie, "(?:a(?:ll|rabs)|b(?:lacks|...))", so the regex engine tries
 * only the phrases that share the letters it has read, instead of every phrase at every word start.
 * It matches what the plain alternation of the phrases, longest first, matches: at a node the longer
 * phrases are tried before the phrase that ends there, and sibling branches never match the same text
 * (each starts with a different character, or with the whitespace run). Built when first used.
 */
export function words(list: readonly string[]): Trie {
  return new Trie(list);
}

/** Characters escaped in a phrase (the regex syntax characters). */
const SPECIAL = new Set('.*+?^${}()|[]\\');

function trieSource(list: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const phrase of list) {
    let node = root;
    let space = false;
    for (const ch of phrase) {
      // A run of spaces is one gap.
      if (ch === ' ') {
        if (space) continue;
        space = true;
      } else space = false;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const token = (ch: string) => (ch === ' ' ? '\\s{1,3}' : SPECIAL.has(ch) ? '\\' + ch : ch);
  const emit = (node: Node): string => {
    if (node.next.size === 0) return '';
    let alt = '';
    let first = '';
    for (const [ch, child] of node.next) {
      const part = token(ch) + emit(child);
      if (alt === '') alt = first = part;
      else alt += '|' + part;
    }
    const single = node.next.size === 1;
    if (!single) alt = '(?:' + alt + ')';
    if (!node.end) return alt;
    // A phrase ends here and longer ones go on: try the longer ones first (a greedy optional group).
    return single && first.length === 1 ? alt + '?' : (single ? '(?:' + alt + ')' : alt) + '?';
  };
  return '(?:' + emit(root) + ')';
}

/**
 * `(?<![a-z0-9])(?:...)(?![a-z0-9])` with the g flag over the normalised (lower-case) text, built on
 * first use; `body` may be a string, words() or a function giving the body.
 */
export function wordRe(body: string | Trie | (() => string)): LazyRegExp {
  return lazy(() => new RegExp(`(?<![a-z0-9])${typeof body === 'function' ? body() : String(body)}(?![a-z0-9])`, 'g'));
}

/** Shorthand for "a then b within maxGap characters" pairs. */
export function nearOf(doc: Doc, a: Range[], b: Range[], maxGap: number, ordered = true): RuleHit[] {
  const pairs = doc.near(a, b, maxGap, ordered);
  if (!pairs.length) return [];
  const ranges: Range[] = [];
  for (const [x, y] of pairs) ranges.push(x, y);
  return [{ ranges }];
}

/** Little words that never make a useful gate. */
const STOP = new Set(
  'a an the of to in on at is are was were be been being and or but if so as by for with from this that these those it its i me my we our you your u ur he him his she her they them their there here who what which not no do does did don t s re ll ve d m just all any some one'.split(
    ' ',
  ),
);

/** Common English words that make weak anchors (a phrase's other words are rarer). */
const COMMON = new Set(
  (
    'about up down out over off into after before again get got gets getting go goes going gone went come comes came take takes took make made has have had having does doing said says say see saw know knew think like can could would should will one two all more most other some such only own same than too very now then time people kids kid day way back good new first last long great little right old big high small ' +
    // ...and words common in posts about school.
    'school class year today week children pupils pupil teacher teachers parents staff work home love free care need needs help look looks looked looking social health order case away passed move team head life happy thanks please still much well really tomorrow night best'
  ).split(' '),
);

/** The word of a phrase to require: not a little word, not common if avoidable, then the longest. */
function rarest(ws: readonly string[]): string | undefined {
  const score = (w: string) => (STOP.has(w) || w.length < 2 ? 0 : COMMON.has(w) ? 100 : 1000) + w.length;
  let best: string | undefined;
  for (const w of ws) if (best === undefined || score(w) > score(best)) best = w;
  return best;
}

/** The words of a phrase, lower-case, split at anything but `keep`. */
function wordsOf(phrase: string, split: RegExp): string[] {
  return phrase
    .toLowerCase()
    .split(split)
    .filter((x) => x.length > 0);
}

/**
 * The gate words of word lists and phrases: every word of at least two letters that is not a little
 * word (markers such as "#digit" are kept). A Doc finds which gates its words open in one pass (see
 * Doc.scan); the rule that tests it names it in its `uses`.
 */
export function gateWords(...lists: ReadonlyArray<readonly string[]>): Gate {
  return new Gate('gate', () => {
    const out = new Set<string>();
    for (const list of lists)
      for (const phrase of list)
        for (const w of phrase.toLowerCase().split(/[^a-z0-9#]+/)) if ((w.length >= 2 && !STOP.has(w)) || w.startsWith('#')) out.add(w);
    return out;
  });
}

/**
 * A gate of the rarest word of each phrase (see rarest()): every match of a phrase contains that word,
 * so the gate is exact for lists whose phrases are matched whole, and it opens on far fewer texts than
 * gateWords (which takes every word).
 */
export function gateRare(...lists: ReadonlyArray<readonly string[]>): Gate {
  return new Gate('gate', () => {
    const out = new Set<string>();
    for (const list of lists)
      for (const phrase of list) {
        const w = rarest(wordsOf(phrase, /[^a-z0-9#]+/));
        if (w) out.add(w);
      }
    return out;
  });
}

/**
 * An anchor: of each phrase, its rarest letters-only word (see rarest()). Every word of a phrase
 * stands in any match of it, so one is enough to require: the rarest, so the regex is skipped on as
 * many texts as possible ("beat up" needs "beat", not "up").
 */
function anchorOf(list: readonly string[]): Gate {
  return new Gate('anchor', () => {
    const set = new Set<string>();
    for (const phrase of list) {
      const w = rarest(wordsOf(phrase, /[^a-z]+/));
      if (w) set.add(w);
    }
    return set;
  });
}

/**
 * `re` with the words it cannot match without, in one declaration, so Doc.find skips it (returns no
 * matches) on a text that lacks them; an exact pre-filter, not a heuristic. Each list is one
 * requirement: every match of `re` must contain one of its phrases, each phrase's words standing as
 * whole runs of a-z letters in the match (the regex puts a non-letter or (?<![a-z]) / (?![a-z]) around
 * them). Of each phrase, one word is required: its rarest (see rarest()). All the lists must be
 * satisfied. Returns the pattern carrying them (a plain regex becomes one built on first use).
 */
export function anchored(re: Pattern, ...required: ReadonlyArray<readonly string[]>): LazyRegExp {
  return asLazy(re).require(...required.map(anchorOf));
}

/**
 * A whole-word alternation of `list` (wordRe(words(list))) anchored on the same phrases: every match
 * is one of them, so none can match in a text that lacks them all. One list, written once.
 */
export function wordList(list: readonly string[]): LazyRegExp {
  return anchored(wordRe(words(list)), list);
}

/** `re` skipped (no matches) unless the text opens `gate` (a marker such as "#ld"): returns the pattern carrying it. */
export function requireGate(re: Pattern, gate: Gate): LazyRegExp {
  return asLazy(re).require(gate);
}

function asLazy(re: Pattern): LazyRegExp {
  return re instanceof LazyRegExp ? re : lazy(() => re);
}

/**
 * A gate derived from patterns' own anchors: open when the first anchor of any of them is, so it is
 * open whenever one of them may match (Doc.mayMatch). For a rule whose every finding is a match of
 * these patterns, it is the exact gate, with no word list to keep in step with them. Each pattern
 * must have an anchor (see anchored()).
 */
export function gateOf(...patterns: readonly Pattern[]): Gate {
  const firsts: Gate[] = [];
  for (const p of patterns) {
    const a = p instanceof LazyRegExp ? p.requires.find((g) => g.kind === 'anchor') : undefined;
    if (!a) throw new Error(`gateOf: a pattern without anchors: ${p instanceof LazyRegExp ? '(lazy)' : p.source.slice(0, 60)}`);
    firsts.push(a);
  }
  return new Gate('anchor', () => {
    const out = new Set<string>();
    for (const a of firsts) for (const w of a.words()) out.add(w);
    return out;
  });
}

/**
 * For each range of `b`, the first range of `a` at most `max` characters away (0 when they touch or
 * overlap), as [a, b] pairs: "a group word near a stance", "a work near an offer to share". With
 * `disjoint`, a range of `a` that overlaps the `b` range does not count (the same words cannot be both).
 */
export function nearPairs(a: readonly Range[], b: readonly Range[], max: number, opts: { disjoint?: boolean } = {}): Array<[Range, Range]> {
  const out: Array<[Range, Range]> = [];
  for (const y of b) {
    const x = a.find((r) => !(opts.disjoint && r.from < y.to && y.from < r.to) && (r.to <= y.from ? y.from - r.to : r.from - y.to) <= max);
    if (x) out.push([x, y]);
  }
  return out;
}

/**
 * A category file's rules, each with `uses` (see Rule.uses): the patterns and gates the file declares,
 * and those of the refs.ts helpers its rules call.
 */
export function withUses(rules: readonly Rule[], uses: readonly Declared[]): Rule[] {
  return rules.map((r) => ({ ...r, uses: [...(r.uses ?? []), ...uses] }));
}
