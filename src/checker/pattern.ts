/**
 * The checker's regexes, built and compiled only when a draft needs them, and written so that V8
 * compiles them in a fraction of a millisecond.
 *
 * Why lazily: the rules hold some 270 patterns, many of them alternations of hundreds of phrases
 * (rules/rule.ts words()). Building them all when the engine loads was one long task on a page where
 * nobody may ever post; most drafts open the anchors or gates of a handful of them (see doc.ts), so
 * a pattern is built the first time Doc.find() is asked for it with its anchors open.
 *
 * Why tame(): V8's regex compiler (irregexp) unrolls an optional or a bounded quantifier whose
 * maximum is 3 or less ("an?", "(?:absolute |complete )?", "(?:so|such|...) ){0,3}", "\s{1,3}")
 * into copies of its body, each leading to what follows, and its analysis then walks every path
 * through the copies, so the cost multiplies with each such quantifier on the way: a pattern with
 * "(?:<55 degree words> ){0,3}" before a list of insults took 50-200 ms to compile on first use, and
 * "what an? (?:absolute |...)?(?:idiot|...)" (277 characters) 3 ms against 0.07 ms tamed (a long
 * task on a slow laptop; all the rules' patterns took 250-350 ms to compile, 125 ms tamed, the
 * longest 8 ms instead of 30-55). An alternative that can never match, "(?:...|(?!))", makes V8
 * treat the body as one that may match empty, which it never unrolls: it compiles a loop instead.
 * The added alternative fails at once wherever it is tried, so what the pattern matches, and in which
 * order it tries things, is unchanged (a test holds every rule pattern to that).
 */

/** How much has been built so far: patterns and word lists (for the tests and the benchmark). */
export const builds = { patterns: 0, lists: 0 };

/** Every pattern built on first use, in the order the rule modules made them (for prepare.ts). */
export const LAZY_PATTERNS: LazyRegExp[] = [];

/**
 * A set of words the engine looks for in one pass over a draft's words (see Doc.scan): a rule's gate
 * (rules/rule.ts gateWords(), gateRare(), gateOf()) or one of a pattern's anchors (anchored()). It is
 * a declaration only: its words are worked out, and it is given its number, when the engine builds its
 * tables from the rules that use it (tablesFor() in doc.ts), never when a rule module loads.
 *  - 'gate': open when a whole run of a-z and 0-9 is one of its words, or on a marker ("#digit").
 *  - 'anchor': letters-only words, open when a run of a-z letters is one of them, also inside a run
 *    with digits (so "thief" opens in "thief9").
 */
export class Gate {
  /**
   * Its number in the engine's current tables, or -1 when they do not hold it; one the tables do not
   * hold counts as open (so a gate left out of a rule's `uses` costs time, never a finding).
   */
  id = -1;
  constructor(
    readonly kind: 'gate' | 'anchor',
    readonly words: () => Iterable<string>,
  ) {}
}

/** What a rule uses that the engine keeps tables for: its patterns (with their anchors) and gates. */
export type Declared = Pattern | Gate;

/** A regex built on first use (see the module comment). */
export class LazyRegExp {
  private built: RegExp | null = null;
  /**
   * Gates and anchors that must all be open for it to match at all (see anchored() and requireGate()
   * in rules/rule.ts); Doc.find skips it otherwise.
   */
  requires: readonly Gate[] = [];
  constructor(private readonly make: () => RegExp) {
    LAZY_PATTERNS.push(this);
  }
  /** Adds to what it requires (for the declaring helpers in rules/rule.ts); returns it. */
  require(...gates: Gate[]): this {
    this.requires = [...this.requires, ...gates];
    return this;
  }
  /** The regex (tamed), built the first time it is asked for. */
  get re(): RegExp {
    if (this.built === null) {
      const raw = this.make();
      this.built = new RegExp(tame(raw.source), raw.flags);
      builds.patterns++;
    }
    return this.built;
  }
  /** The regex as written, not tamed (for the test that taming changes no match). */
  untamed(): RegExp {
    return this.make();
  }
  /** Whether it has been built yet (for the tests and the benchmark). */
  get isBuilt(): boolean {
    return this.built !== null;
  }
}

/** A rule's pattern: a regex, or one built on first use. */
export type Pattern = RegExp | LazyRegExp;

/** A regex that the rules match with: tamed copies of plain regexes, made once each. */
const tamedCopies = new WeakMap<RegExp, RegExp>();

/** The regex to run for `p`: a lazy one's built regex, or a tamed copy of a plain one (made once). */
export function regexOf(p: Pattern): RegExp {
  if (p instanceof LazyRegExp) return p.re;
  let t = tamedCopies.get(p);
  if (t === undefined) {
    const src = tame(p.source);
    t = src === p.source ? p : new RegExp(src, p.flags);
    tamedCopies.set(p, t);
  }
  return t;
}

/** `make()` as a pattern built on first use. */
export function lazy(make: () => RegExp): LazyRegExp {
  return new LazyRegExp(make);
}

/** Length of the escape sequence starting at src[i] === '\\'. */
function escapeLength(src: string, i: number): number {
  const c = src[i + 1];
  if (c === undefined) return 1;
  if (c === 'u') {
    if (src[i + 2] === '{') {
      const close = src.indexOf('}', i + 3);
      return close === -1 ? 2 : close - i + 1;
    }
    return /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6)) ? 6 : 2;
  }
  if (c === 'x') return /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4)) ? 4 : 2;
  if (c === 'c') return /^[a-zA-Z]$/.test(src[i + 2] ?? '') ? 3 : 2;
  if ((c === 'p' || c === 'P' || c === 'k') && (src[i + 2] === '{' || src[i + 2] === '<')) {
    const close = src.indexOf(src[i + 2] === '{' ? '}' : '>', i + 3);
    return close === -1 ? 2 : close - i + 1;
  }
  if (c >= '1' && c <= '9') {
    let j = i + 2;
    while (j < src.length && src[j]! >= '0' && src[j]! <= '9') j++;
    return j - i;
  }
  return 2;
}

const QUANTIFIER = /^\{(\d+)(?:,(\d*))?\}/;

/** Records the edits that give the atom at src[atom] (a group when `isGroup`), quantified at src[q], a body that may match empty. */
function tameAtom(src: string, atom: number, isGroup: boolean, q: number, edits: Array<[number, string]>): void {
  if (isGroup) {
    // Lookarounds are never quantified in the rules; leave them be. A tamed group is left as it is,
    // so tame() is idempotent.
    const look = src.startsWith('(?=', atom) || src.startsWith('(?!', atom) || src.startsWith('(?<=', atom) || src.startsWith('(?<!', atom);
    if (!look && src.slice(q - 6, q - 1) !== '|(?!)') edits.push([q - 1, '|(?!)']);
  } else edits.push([atom, '(?:'], [q, '|(?!))']);
}

/**
 * `src` with every bounded quantifier whose maximum is 2 or 3 applied to a body that can never
 * match empty instead: "X{m,n}" becomes "(?:X|(?!)){m,n}" and "(?:A|B){m,n}" becomes
 * "(?:A|B|(?!)){m,n}" (see the module comment). Matches, captures and their order are unchanged.
 * Patterns it cannot read are returned as they are.
 */
export function tame(src: string): string {
  // Edits to make: [position, text to insert]; an atom is wrapped by two inserts.
  const edits: Array<[number, string]> = [];
  const opens: number[] = [];
  // Start of the last atom (a group's "(", a class's "[", an escape's "\", a character), or -1.
  let atom = -1;
  let atomIsGroup = false;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === '\\') {
      atom = i;
      atomIsGroup = false;
      i += escapeLength(src, i);
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < n && src[j] !== ']') j += src[j] === '\\' ? escapeLength(src, j) : 1;
      if (j >= n) return src;
      atom = i;
      atomIsGroup = false;
      i = j + 1;
      continue;
    }
    if (c === '(') {
      opens.push(i);
      atom = -1;
      i++;
      continue;
    }
    if (c === ')') {
      const o = opens.pop();
      if (o === undefined) return src;
      atom = o;
      atomIsGroup = true;
      i++;
      continue;
    }
    if (c === '{') {
      const q = QUANTIFIER.exec(src.slice(i, i + 16));
      if (q) {
        const min = Number(q[1]);
        const max = q[2] === undefined ? min : q[2] === '' ? Infinity : Number(q[2]);
        if (atom >= 0 && max >= 1 && max <= 3 && min <= max && !(min === 1 && max === 1)) tameAtom(src, atom, atomIsGroup, i, edits);
        atom = -1;
        i += q[0].length;
        if (src[i] === '?') i++;
        continue;
      }
    }
    if (c === '?' && atom >= 0) {
      // "X?" (a group or an atom), greedy or lazy: the same as "X{0,1}".
      tameAtom(src, atom, atomIsGroup, i, edits);
      atom = -1;
      i++;
      if (src[i] === '?') i++;
      continue;
    }
    if (c === '|' || c === '^' || c === '$') atom = -1;
    else if (c === '*' || c === '+' || c === '?') atom = -1;
    else {
      atom = i;
      atomIsGroup = false;
    }
    i++;
  }
  if (!edits.length) return src;
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [pos, text] of edits) {
    out += src.slice(at, pos) + text;
    at = pos;
  }
  return out + src.slice(at);
}
