/**
 * The small toolkit the synthetic training-post generators share (see README.md beside this file).
 *
 * A generator is a pure function of a seeded random source: the same seed gives the same posts, so
 * `npm run train` reproduces its data from a clean checkout. Templates are strings with {slots};
 * a slot names a list in the generator's lexicon (or a function of the random source), and a
 * template may carry its own label, category and the other fair categories.
 */
import { mulberry32 } from '../lib/prng';

export type Label = 'flag' | 'ok';

/** One synthetic training post. `category` is a policy category id, or 'none' for an ok post. */
export interface SynthRow {
  text: string;
  label: Label;
  category: string;
  /** Other categories that would also be a fair reading. */
  also?: string[];
  /** For discrimination: which Equality Act 2010 protected characteristic. */
  characteristic?: string;
  /** For ok posts that look risky on the surface (a place name, a set text, an RSE lesson...). */
  trap?: boolean;
  /** Which generator (file/template family) made it, for the report and for spotting over-used templates. */
  source: string;
}

export type Rng = () => number;

export function rng(seed: number): Rng {
  return mulberry32(seed);
}

export function pick<T>(r: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from an empty list');
  return xs[Math.floor(r() * xs.length)] as T;
}

export function chance(r: Rng, p: number): boolean {
  return r() < p;
}

export type Slot = readonly string[] | ((r: Rng) => string);
export type Lexicon = Record<string, Slot>;

/**
 * Fills {slot} references from the lexicon, recursively (a slot's value may hold further slots),
 * and {a|b|c} inline alternatives. Unknown slots throw, so a typo fails the generator's test.
 */
export function fill(r: Rng, template: string, lex: Lexicon, depth = 0): string {
  if (depth > 8) throw new Error(`template recursion too deep: ${template}`);
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    if (name.includes('|')) return fill(r, pick(r, name.split('|')), lex, depth + 1);
    const slot = lex[name];
    if (slot === undefined) throw new Error(`unknown slot {${name}} in: ${template}`);
    const v = typeof slot === 'function' ? slot(r) : pick(r, slot);
    return fill(r, v, lex, depth + 1);
  });
}

/** Surface variety that real posts have: emoji, hashtags, case, trailing punctuation, typos. */
export function decorate(r: Rng, text: string, extras: { emoji?: readonly string[]; hashtags?: readonly string[] } = {}): string {
  let t = text;
  if (chance(r, 0.12)) t = t.toLowerCase();
  if (chance(r, 0.25) && extras.emoji?.length) t += ' ' + pick(r, extras.emoji);
  if (chance(r, 0.15) && extras.hashtags?.length) t += ' ' + pick(r, extras.hashtags);
  if (chance(r, 0.08)) t = t.replace(/\.$/, '');
  return t.replace(/\s+/g, ' ').trim();
}

/** Runs a template family `n` times, dropping duplicates. */
export function many(r: Rng, n: number, make: (r: Rng) => SynthRow | null): SynthRow[] {
  const seen = new Set<string>();
  const out: SynthRow[] = [];
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const row = make(r);
    if (!row || seen.has(row.text)) continue;
    seen.add(row.text);
    out.push(row);
  }
  return out;
}
