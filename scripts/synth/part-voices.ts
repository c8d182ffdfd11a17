/**
 * The voices part of the synthetic training posts: the same policy categories written in the
 * voices the other parts under-use (long rambling Facebook posts, sarcastic tweets, captions with
 * emoji and hashtags, LinkedIn reflections, replies in a thread, text-speak, regional British
 * phrasing) and with risk that is often implied rather than named. Method: README.md beside this
 * file, section "Voices". Written from the policy and knowledge of UK school life; nothing here is
 * drawn from the measuring set.
 */
import type { Rng, SynthRow } from './lib';
import { run, type VFamily } from './voices/kit';
import { FLAGGED } from './voices/risky';
import { BENIGN } from './voices/benign';

/** Every family of this part, in generation order (the order is part of the seed's meaning). */
export const FAMILIES: readonly VFamily[] = [...FLAGGED, ...BENIGN];

export function generate(r: Rng): SynthRow[] {
  const seen = new Set<string>();
  const out: SynthRow[] = [];
  for (const f of FAMILIES) out.push(...run(r, f, seen));
  return out;
}
