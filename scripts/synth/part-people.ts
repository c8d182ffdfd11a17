/**
 * The people part of the synthetic training posts (see README.md beside this file, "People"):
 * confidential (pupils, colleagues, school-internal matters), safeguarding, consent and
 * pupil-contact, and the ok posts (many of them traps) that share their words.
 *
 * Each family is a list of sentence frames x slot lists (scripts/synth/people/*), capped at a
 * modest share of the output; per-post slots keep a pupil's name, pronouns, year and form
 * consistent inside a post.
 */
import type { Rng, SynthRow } from './lib';
import { benignFamilies } from './people/benign';
import { colleagueFamilies } from './people/colleagues';
import { composedFamilies } from './people/compose';
import { composedFamilies2 } from './people/compose2';
import { run, type Family } from './people/kit';
import { pupilFamilies } from './people/pupils';
import { riskyFamilies } from './people/risky';

/** Words that make an ok post look like a flagged one; such ok posts are marked as traps. */
const TRAP_WORDS =
  /\b(snapchat|snap|whatsapp|insta(gram)?|tiktok|dms?|friend requests?|ehcps?|sen|send|senco|adhd|autis\w*|dyslexi\w*|consent|permission|groom\w*|safeguard\w*|dsl|dbs|ofsted|pregnan\w*|maternity|miscarriage|self-harm|exclu\w*|free school meals|pupil premium|looked-after|foster|care system|capability|stress|chemo|operation|diagnos\w*|address|location|results|paper|photos?|ex-pupils?|former (pupil|student)|disclos\w*|neglect|trauma|[0-9]{1,2}[A-Z][0-9]?)\b/i;

export const FAMILIES: ReadonlyArray<() => Family[]> = [pupilFamilies, colleagueFamilies, riskyFamilies, composedFamilies, composedFamilies2, benignFamilies];

/** About how many posts of each label the part writes; each family's size is scaled to fit. */
export const TARGET = { flag: 2950, ok: 2300 } as const;

function scaled(families: Family[]): Family[] {
  const sum = { flag: 0, ok: 0 };
  for (const f of families) sum[f.label] += f.n;
  return families.map((f) => ({ ...f, n: Math.round((f.n * TARGET[f.label]) / Math.max(1, sum[f.label])) }));
}

export function generate(r: Rng): SynthRow[] {
  const seen = new Set<string>();
  const out: SynthRow[] = [];
  for (const fam of scaled(FAMILIES.flatMap((f) => f()))) {
    for (const row of run(r, fam)) {
      const key = row.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (row.label === 'ok' && !row.trap && TRAP_WORDS.test(row.text)) row.trap = true;
      out.push(row);
    }
  }
  return out;
}
