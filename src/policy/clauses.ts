/**
 * Lookups over a policy pack that has already been validated (pack.ts). Kept apart from the pack's
 * zod schema so that the content script's engine, which gives every finding its clause, does not
 * carry zod (about 450 KB minified) to every page.
 */
import type { CategoryId } from './ids';
import type { PolicyPack } from './pack';

/** category id -> its first clause number, for the checker's findings. */
export function categoryClauses(pack: Pick<PolicyPack, 'categories'>): Partial<Record<CategoryId, string>> {
  const out: Partial<Record<CategoryId, string>> = {};
  for (const c of pack.categories) if (c.clauses[0]) out[c.id] = c.clauses[0];
  return out;
}

/**
 * The clause a category falls under in this pack (its `n`th when the pack lists several, e.g. the
 * reporting category: concerns about a child, then abuse received, then keeping a record), or '' when
 * the pack has none: a link to '' opens the policy at its start.
 */
export function clauseFor(pack: Pick<PolicyPack, 'categories'>, id: CategoryId, n = 0): string {
  return pack.categories.find((c) => c.id === id)?.clauses[n] ?? '';
}

/** The id of a clause's element on the policy page: "5.2" -> "clause-5-2". */
export function anchorFor(number: string): string {
  return 'clause-' + number.replace(/\./g, '-');
}
