/**
 * The profanity and slur matcher: one pass over the tokens of the normalised text, each token looked
 * up in a hash map keyed by its "skeleton" (runs of a letter collapsed to one). Linear in the text.
 *
 * Why not a library: `obscenity` was measured on the same corpus (scripts/eval.ts prints it as a
 * scorer, scripts/bench.ts times it); this matcher is several times faster, matches whole words only
 * (so "Scunthorpe", "Penistone" and "Cockermouth" are safe without an allow-list per place name),
 * and uses a curated list for UK schools. See the report in the commit history for the figures.
 *
 * What a token matches:
 * - letters as written ("fuck"), with intentionally elongated runs ("fuuuuck": see normalise.ts),
 * - leetspeak decoded per token: 0->o 1->i|l 3->e 4->a 5->s 7->t 8->b 9->g @->a $->s !->i |->l +->t,
 * - masked forms ("f*ck", "f**k", "sh*t") against a short list of commonly masked words,
 * - inflections (-s, -ed, -ing, -er, -y...) of roots marked inflectable in the data,
 * - multi-word terms ("son of a bitch") token by token.
 */
import { LEXICON_DATA } from './data/lexicon';
import type { Normalised } from './normalise';
import type { Severity } from './types';

export type LexCategory = 'offensive' | 'discrimination';

export interface LexEntry {
  /** The term with leetspeak decoded (words separated by single spaces). */
  readonly term: string;
  readonly words: readonly string[];
  readonly severity: Severity;
  readonly category: LexCategory;
  readonly inflect: boolean;
}

export interface LexHit {
  entry: LexEntry;
  /** Half-open range in the normalised text. */
  from: number;
  to: number;
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
};

/** Words people often mask with asterisks ("f*ck"); matched position by position. */
const MASKABLE =
  'fuck fucking fucked fucker fuckers shit shite shitty bitch bitches cunt cunts dick dickhead cock twat wank wanker wankers piss pissed slut whore bastard nigger nigga niggas faggot asshole arsehole bollocks prick motherfucker retard'.split(
    ' ',
  );

export function decodeLeet(word: string, oneAs: 'i' | 'l' = 'i'): string {
  let out = '';
  for (const ch of word) out += ch === '1' ? oneAs : (LEET[ch] ?? ch);
  return out;
}

/** "fuuck" -> "fuck". */
export function skeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (i === 0 || word[i] !== word[i - 1]) out += word[i];
  return out;
}

function runLengths(word: string): number[] {
  const runs: number[] = [];
  for (let i = 0; i < word.length; i++) {
    if (i > 0 && word[i] === word[i - 1]) runs[runs.length - 1]!++;
    else runs.push(1);
  }
  return runs;
}

interface Indexed {
  entry: LexEntry;
  runs: number[];
}

let index: Map<string, Indexed[]> | null = null;
let entries: LexEntry[] = [];
let maskIndex: Map<number, LexEntry[]> | null = null;

function sevOf(c: string): Severity {
  return c === 's' ? 'serious' : c === 'w' ? 'warning' : 'advice';
}

/** Parses the shipped data once. */
export function lexicon(): { index: Map<string, Indexed[]>; entries: LexEntry[] } {
  if (!index) for (const _ of lexiconSteps());
  return { index: index!, entries };
}

/** Lines of the data parsed per step of lexiconSteps(). */
const LINES_PER_STEP = 400;

/**
 * lexicon()'s parsing in steps of a few hundred lines (for src/checker/prepare.ts). A check that needs
 * the lexicon before the steps are done parses it whole; the steps then stop.
 */
export function* lexiconSteps(): Generator<string, void, void> {
  if (index) return;
  const idx = new Map<string, Indexed[]>();
  const list: LexEntry[] = [];
  const seen = new Map<string, LexEntry>();
  const lines = LEXICON_DATA.split('\n');
  for (let from = 0; from < lines.length; from += LINES_PER_STEP) {
    if (from > 0) {
      yield 'lexicon';
      if (index) return;
    }
    parseLines(lines, from, Math.min(lines.length, from + LINES_PER_STEP), seen);
  }
  yield 'lexicon index';
  if (index) return;
  indexEntries(seen, idx, list);
  index = idx;
  entries = list;
}

/** The entries in order, and indexed by the skeleton of their first word. */
function indexEntries(seen: Map<string, LexEntry>, idx: Map<string, Indexed[]>, list: LexEntry[]): void {
  for (const entry of seen.values()) {
    list.push(entry);
    const first = entry.words[0]!;
    const k = skeleton(first);
    const arr = idx.get(k) ?? [];
    arr.push({ entry, runs: runLengths(first) });
    idx.set(k, arr);
  }
}

/** Parses lines[from, to) of the data into `seen` (term -> entry). */
function parseLines(lines: readonly string[], from: number, to: number, seen: Map<string, LexEntry>): void {
  for (let k = from; k < to; k++) {
    const line = lines[k]!;
    const bar = line.lastIndexOf('|');
    if (bar <= 0) continue;
    const term = line.slice(0, bar);
    const flags = line.slice(bar + 1);
    const words = term.split(' ').map((w) => decodeLeet(w));
    const key = words.join(' ');
    const entry: LexEntry = {
      term: key,
      words,
      severity: sevOf(flags[0] ?? 'a'),
      category: flags[1] === 'd' ? 'discrimination' : 'offensive',
      inflect: flags.includes('i'),
    };
    const prev = seen.get(key);
    // Leetspeak spellings in the source decode to the plain word: keep the stronger of the two.
    if (prev && rankSev(prev.severity) >= rankSev(entry.severity) && (prev.category === 'discrimination' || entry.category === 'offensive')) continue;
    seen.set(key, entry);
  }
}

function rankSev(s: Severity): number {
  return s === 'serious' ? 2 : s === 'warning' ? 1 : 0;
}

function masked(): Map<number, LexEntry[]> {
  if (maskIndex) return maskIndex;
  const { index: idx } = lexicon();
  const m = new Map<number, LexEntry[]>();
  for (const w of MASKABLE) {
    const hit = (idx.get(skeleton(w)) ?? []).find((x) => x.entry.words.length === 1 && x.entry.words[0] === w);
    if (!hit) continue;
    const arr = m.get(w.length) ?? [];
    arr.push(hit.entry);
    m.set(w.length, arr);
  }
  maskIndex = m;
  return m;
}

const SUFFIXES = ['ing', 'in', 'ed', 'ers', 'er', 'es', 's', 'y', 'z'];

/**
 * Does `word` (already normalised and decoded) spell the first word of an indexed term?
 * `elong(i)` tells whether word[i] stood for an elongated run in the original.
 */
function runsMatch(word: string, termRuns: number[], elong: (i: number) => boolean): boolean {
  // A word stretched somewhere ("fuuckkkk") may double its other letters too ("uu" for "u").
  let stretched = false;
  for (let k = 0; k < word.length && !stretched; k++) if (elong(k)) stretched = true;
  let r = 0;
  let i = 0;
  while (i < word.length) {
    let j = i + 1;
    let e = elong(i);
    while (j < word.length && word[j] === word[i]) {
      if (elong(j)) e = true;
      j++;
    }
    const len = j - i;
    const want = termRuns[r];
    if (want === undefined) return false;
    // "fuuuuck" (normalised to "fuuck", marked elongated) matches "fuck"; "good" never matches "god".
    if (len !== want && !(e && want <= 2) && !(stretched && len === 2 && want === 1)) return false;
    r++;
    i = j;
  }
  return r === termRuns.length;
}

function lookupWord(word: string, elong: (i: number) => boolean, single: boolean): LexEntry[] {
  const { index: idx } = lexicon();
  const out: LexEntry[] = [];
  const cands = idx.get(skeleton(word));
  if (cands) for (const c of cands) if ((c.entry.words.length === 1) === single && runsMatch(word, c.runs, elong)) out.push(c.entry);
  return out;
}

export interface Token {
  from: number;
  to: number;
  /**
   * The token (for a plain token, its only spelling; otherwise its first decoded candidate). Null for
   * a plain token that is no word of the lexicon (Doc's pass leaves those unsliced; see lexiconWords()).
   */
  word: string | null;
  /** Decoded candidate spellings; null for a plain token (letters a-z only): its only one is `word`. */
  cands: string[] | null;
  /**
   * For a plain token: its entry in plainWords() (null when it has none), when the caller already
   * looked it up (Doc's one pass over the words does); undefined when not looked up yet.
   */
  pw?: PlainWord | null;
}

/** A lexicon token character: a-z, 0-9 and the leetspeak or masking marks @ $ ! | + *. */
export function isTokenChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    c === 64 /* @ */ ||
    c === 36 /* $ */ ||
    c === 33 /* ! */ ||
    c === 124 /* | */ ||
    c === 43 /* + */ ||
    c === 42
  ); /* * */
}

/**
 * The token for a run of token characters [i, j) that holds something other than letters (digits or
 * marks), or null: trims marks that are only punctuation there ("shit!", "+1") and decodes leetspeak.
 */
export function tokenOfMixedRun(text: string, i: number, j: number): Token | null {
  let a = i;
  let b = j;
  // Trim punctuation that is only punctuation here ("shit!", "+1", "|").
  while (a < b && '!|+*'.includes(text[a]!)) a++;
  while (b > a && '!|+@'.includes(text[b - 1]!)) b--;
  if (b - a <= 0 || b - a > 64) return null;
  const raw = text.slice(a, b);
  if (!/[a-z@$]/.test(raw)) return null;
  const cands: string[] = [];
  if (/^[a-z]+$/.test(raw)) cands.push(raw);
  else if (!raw.includes('*')) {
    if (/[a-z]/.test(raw) || /^[0-9@$!|+]*[a-z@$]/.test(raw)) {
      const d = decodeLeet(raw);
      if (/^[a-z]+$/.test(d)) cands.push(d);
      if (raw.includes('1')) {
        const l = decodeLeet(raw, 'l');
        if (/^[a-z]+$/.test(l)) cands.push(l);
      }
    }
  } else cands.push(raw);
  return cands.length ? { from: a, to: b, word: cands[0]!, cands } : null;
}

let exactForms: Map<string, LexEntry> | null = null;
let multiFirst: Set<string> | null = null;
/** Plain word -> its exact entry (or null) and whether a multi-word term starts with it: one lookup per token. */
export interface PlainWord {
  entry: LexEntry | null;
  /** Multi-word terms starting with this exact word (what lookupWord(w, no elongation, false) returns). */
  multi: LexEntry[] | null;
}
let plainIndex: Map<string, PlainWord> | null = null;

let lexWords: string[] | null = null;

/** Every word of the lexicon's multi-word terms that is letters only (for Doc's pass; see Token.word). */
export function lexiconWords(): string[] {
  if (lexWords) return lexWords;
  const out = new Set<string>();
  for (const e of lexicon().entries) if (e.words.length > 1) for (const w of e.words) if (/^[a-z]+$/.test(w)) out.add(w);
  return (lexWords = [...out]);
}

export function plainWords(): Map<string, PlainWord> {
  if (plainIndex) return plainIndex;
  const ex = exact();
  const m = new Map<string, PlainWord>();
  for (const [k, e] of ex) m.set(k, { entry: e, multi: null });
  for (const w of multiFirst!) {
    const list = lookupWord(w, () => false, false);
    const prev = m.get(w);
    if (prev) prev.multi = list;
    else m.set(w, { entry: null, multi: list });
  }
  plainIndex = m;
  return m;
}

/** Every plain spelling a single-word entry matches exactly (with its inflections), for the fast path. */
function exact(): Map<string, LexEntry> {
  if (exactForms) return exactForms;
  const m = new Map<string, LexEntry>();
  const first = new Set<string>();
  const put = (k: string, e: LexEntry) => {
    const prev = m.get(k);
    m.set(k, prev ? strongest([prev, e]) : e);
  };
  const { entries: list } = lexicon();
  for (const e of list) {
    const w = e.words[0]!;
    if (e.words.length > 1) {
      first.add(w);
      continue;
    }
    if (!/^[a-z]+$/.test(w)) continue;
    put(w, e);
  }
  // Inflections second, so an entry listed in its own right wins over an inflection.
  for (const e of list) {
    const w = e.words[0]!;
    if (e.words.length > 1 || !e.inflect || w.length < 4 || !/^[a-z]+$/.test(w)) continue;
    for (const suf of SUFFIXES) {
      for (const form of [w + suf, w + w[w.length - 1] + suf]) if (!m.has(form) && form.length >= 5) m.set(form, e);
    }
  }
  exactForms = m;
  multiFirst = first;
  return m;
}

function maskedMatch(raw: string): LexEntry | null {
  if (!/^[a-z][a-z*]*$/.test(raw) || !raw.includes('*')) return null;
  const arr = masked().get(raw.length);
  if (!arr) return null;
  let letters = 0;
  for (const ch of raw) if (ch !== '*') letters++;
  if (letters < 1 || letters === raw.length) return null;
  for (const e of arr) {
    const w = e.words[0]!;
    let ok = true;
    for (let k = 0; k < raw.length && ok; k++) if (raw[k] !== '*' && raw[k] !== w[k]) ok = false;
    if (ok) return e;
  }
  return null;
}

let elongMap: Uint8Array | null = null;
let elongBase = 0;
function elongAt(i: number): boolean {
  return elongMap !== null && elongMap[elongBase + i] === 1;
}

/**
 * The roots a word may hide inside it and still be what it says ("shitshow", "fuckwit",
 * "absofuckinglutely"): the two commonest swear words only, as other roots hide inside innocent words
 * (Scunthorpe, snigger, swanky). Four letters each: Doc.scan spots them with the last four letters it
 * read, packed into one number.
 */
export const COMPOUND_ROOTS: readonly string[] = ['fuck', 'shit'];

/**
 * A compound of one of COMPOUND_ROOTS, longer than the root: its entry, or null ("shiitake" and
 * "mishit" are not compounds).
 */
function compoundOf(w: string): LexEntry | null {
  if (w.length <= 4 || /shi+take|mishit/.test(w)) return null;
  const root = COMPOUND_ROOTS.find((r) => w.includes(r));
  return root === undefined ? null : (exact().get(root) ?? null);
}

/**
 * Finds every lexicon term in the normalised text. Linear in its length (tokens are capped at 64
 * chars). `tokens`: the text's tokens, from Doc's one pass over its words (see Doc.scan, which
 * makes the plain ones and uses tokenOfMixedRun for the rest); `compounds`: whether a word of the
 * text has one of COMPOUND_ROOTS inside it (see compoundOf). Call it through Doc.lexiconHits().
 */
export function findLexiconHits(norm: Normalised, tokens: readonly Token[], compounds: boolean): LexHit[] {
  const text = norm.text;
  const hits: LexHit[] = [];
  const plain = norm.plain === true;
  const el = plain ? null : norm.elongated;
  // elong(i): was character i of the current token elongated? (Module state, not a closure per call.)
  elongMap = el;
  const elong = elongAt;
  const ex = exact();
  const pw = plainWords();
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    elongBase = tok.from;
    let found: LexEntry | null = null;
    // Fastest path: a token of letters only with no elongated letters (Doc.scan checked the letters).
    if (tok.cands === null && (el === null || !hasElongation(el, tok.from, tok.to))) {
      const p = tok.pw !== undefined ? tok.pw : tok.word === null ? null : (pw.get(tok.word) ?? null);
      found = p !== null ? p.entry : null;
      if (!found && tok.to - tok.from > 4 && compounds) found = compoundOf(tok.word ?? text.slice(tok.from, tok.to));
      if (found) hits.push({ entry: found, from: tok.from, to: tok.to });
      if (p !== null && p.multi !== null) multiWordOf(text, tokens, t, p.multi, hits);
      continue;
    }
    const c0 = tok.word ?? text.slice(tok.from, tok.to);
    const cands = tok.cands ?? [c0];
    // Fast path: a plain word with no elongated letters is an exact lookup.
    if (cands.length === 1 && (el === null || !hasElongation(el, tok.from, tok.to)) && /^[a-z]/.test(c0) && !c0.includes('*')) {
      found = ex.get(c0) ?? null;
      if (!found) found = compoundOf(c0);
      if (found) hits.push({ entry: found, from: tok.from, to: tok.to });
      if (multiFirst!.has(c0)) multiWord(text, tokens, t, c0, elong, hits);
      continue;
    }
    for (const cand of cands) {
      if (cand.includes('*')) {
        found = maskedMatch(cand);
        if (found) break;
        continue;
      }
      const single = lookupWord(cand, elong, true);
      if (single.length) {
        found = strongest(single);
        break;
      }
      // Inflections of inflectable roots: "fucking", "twats", "bitchy".
      if (cand.length >= 5) {
        for (const suf of SUFFIXES) {
          if (!cand.endsWith(suf) || cand.length - suf.length < 4) continue;
          const stem = cand.slice(0, cand.length - suf.length);
          const m = lookupWord(stem, elong, true).filter((e) => e.inflect);
          const m2 = m.length
            ? m
            : stem.length > 4 && stem[stem.length - 1] === stem[stem.length - 2]
              ? lookupWord(stem.slice(0, -1), elong, true).filter((e) => e.inflect)
              : [];
          if (m2.length) {
            found = strongest(m2);
            break;
          }
        }
        if (found) break;
      }
      found = compoundOf(cand);
      if (found) break;
    }
    if (found) hits.push({ entry: found, from: tok.from, to: tok.to });
    // Multi-word terms starting at this token.
    const first = cands.find((c) => !c.includes('*'));
    if (first) multiWord(text, tokens, t, first, elong, hits);
  }
  elongMap = null;
  return hits;
}

function hasElongation(el: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (el[i] === 1) return true;
  return false;
}

function multiWord(text: string, tokens: readonly Token[], t: number, first: string, elong: (i: number) => boolean, hits: LexHit[]): void {
  multiWordOf(text, tokens, t, lookupWord(first, elong, false), hits);
}

function multiWordOf(text: string, tokens: readonly Token[], t: number, candidates: readonly LexEntry[], hits: LexHit[]): void {
  const tok = tokens[t]!;
  for (const entry of candidates) {
    const k = entry.words.length;
    if (t + k > tokens.length) continue;
    let ok = true;
    for (let w = 1; w < k && ok; w++) {
      const nt = tokens[t + w]!;
      // Words of a phrase must be separated by spaces or hyphens only.
      if (!/^[\s\-_]{1,3}$/.test(text.slice(tokens[t + w - 1]!.to, nt.from))) ok = false;
      else if (nt.cands === null ? nt.word !== entry.words[w] : !nt.cands.includes(entry.words[w]!)) ok = false;
      // (A plain token with no word is no word of the lexicon, so it never equals entry.words[w].)
    }
    if (ok) hits.push({ entry, from: tok.from, to: tokens[t + k - 1]!.to });
  }
}

function strongest(list: LexEntry[]): LexEntry {
  let best = list[0]!;
  for (const e of list) if (rankSev(e.severity) > rankSev(best.severity) || (e.category === 'discrimination' && best.category !== 'discrimination')) best = e;
  return best;
}
