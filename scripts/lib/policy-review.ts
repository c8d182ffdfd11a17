/**
 * The project's reading of corpus rows whose label disagrees with the policy
 * (test/corpus/policy-review.jsonl). The corpus README asks us to "look at the disagreements before
 * deciding which side is wrong"; this file records that look, so `npm run eval` can print each
 * figure twice: with the publisher's labels, and with the rows the policy reads differently.
 *
 * How the rows were chosen and read (benign-tweets.jsonl, VALIDATION rows only, 2026-11-24):
 *  - Candidates: every validation row that the rules or the combined check flagged, or that contains
 *    a term of the Surge profanity lexicon (../shared/corpus/lexicons); 22 rows. Each candidate is
 *    listed with the reading given to it, "ok" ones too.
 *  - A row reads "flag" when a staff member posting it would breach clause 5.2 on any reading:
 *    sexual content, a slur, or swearing or a put-down aimed at a person. Swearing aimed at no one
 *    ("so fucking excited") stays "ok", as the publisher labelled it: that disagreement is ours to
 *    carry, and it counts against us.
 *  - The readings were written before any change was measured against them and are not tuned on.
 * Rows are identified by the FNV-1a hash of their text (scripts/lib/corpus.ts), so no corpus text is
 * copied here beyond a few opening words to help a reviewer find the row.
 */
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a, readJsonl, type CorpusRow } from './corpus';

const here = dirname(fileURLToPath(import.meta.url));
export const POLICY_REVIEW_FILE = join(resolve(here, '../..'), 'test/corpus/policy-review.jsonl');

export interface PolicyReading {
  file: string;
  fnv1a: number;
  excerpt: string;
  policy: 'flag' | 'ok';
  why: string;
}

export function loadPolicyReview(path = POLICY_REVIEW_FILE): PolicyReading[] {
  if (!existsSync(path)) return [];
  return readJsonl(path) as unknown as PolicyReading[];
}

/** The rows of `file` with the policy's reading in place of the publisher's label, and the reviewed hashes. */
export function asPolicyReadsIt(
  file: string,
  rows: readonly CorpusRow[],
  review: readonly PolicyReading[],
): { rows: CorpusRow[]; changed: number; reviewed: Set<number>; unmatched: PolicyReading[] } {
  const byHash = new Map(review.filter((r) => r.file === file).map((r) => [r.fnv1a, r]));
  const seen = new Set<number>();
  let changed = 0;
  const out = rows.map((r) => {
    const h = fnv1a(r.text);
    const reading = byHash.get(h);
    if (!reading) return r;
    seen.add(h);
    if (reading.policy === r.label) return r;
    changed++;
    return { ...r, label: reading.policy };
  });
  // A reading that matches no row (the corpus changed): reported, never silently dropped.
  const unmatched = [...byHash.values()].filter((r) => !seen.has(r.fnv1a));
  return { rows: out, changed, reviewed: new Set(byHash.keys()), unmatched };
}
