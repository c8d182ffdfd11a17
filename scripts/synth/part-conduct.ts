/**
 * The conduct part of the synthetic training posts: discrimination (each protected characteristic
 * of the Equality Act 2010), bullying, offensive content, disrepute, reputation, defamation,
 * copyright, other unlawful content, and benign posts, most of them traps. Method: README.md
 * beside this file, section "Conduct". Written from the policy and knowledge of UK school life;
 * nothing here is drawn from the measuring set.
 */
import type { Rng, SynthRow } from './lib';
import { normalise, run, type Family } from './conduct/kit';
import { DISCRIMINATION } from './conduct/discrimination';
import { BULLYING, OFFENSIVE } from './conduct/tone';
import { DEFAMATION, DISREPUTE, REPUTATION } from './conduct/school';
import { COPYRIGHT, UNLAWFUL } from './conduct/legal';
import { BENIGN } from './conduct/benign';

/** Every family of this part, in generation order (the order is part of the seed's meaning). */
export const FAMILIES: readonly Family[] = [
  ...DISCRIMINATION,
  ...BULLYING,
  ...OFFENSIVE,
  ...DISREPUTE,
  ...REPUTATION,
  ...DEFAMATION,
  ...COPYRIGHT,
  ...UNLAWFUL,
  ...BENIGN,
];

/** No family may exceed this many rows, so no single frame set dominates the data. */
export const FAMILY_CAP = 260;

export function generate(r: Rng): SynthRow[] {
  const seen = new Set<string>();
  const out: SynthRow[] = [];
  for (const f of FAMILIES) {
    for (const row of run(r, { ...f, n: Math.min(f.n, FAMILY_CAP) })) {
      const key = normalise(row.text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(row);
    }
  }
  return out;
}
