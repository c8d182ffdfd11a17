import type { Rng, SynthRow } from './lib';

/** Placeholder: the conduct part's generators go here. */
export function generate(_r: Rng): SynthRow[] {
  return [];
}
