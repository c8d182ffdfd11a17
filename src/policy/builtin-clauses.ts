/**
 * The clause each category falls under in the built-in policy pack (the first of its clauses), read
 * from the pack so that a clause number is written in one place. Findings take it when no pack's
 * clauses are given (the command line without settings, tests); the pack in force overrides it
 * through CheckContext.clauses. Only the pack's categories are imported, so a bundle that needs
 * the clauses carries nothing else of it.
 */
import { categories } from './builtin-pack.json';
import { CATEGORY_IDS, type CategoryId } from './ids';

export const BUILTIN_CLAUSES: Readonly<Record<CategoryId, string>> = Object.fromEntries(
  CATEGORY_IDS.map((id) => [id, categories.find((c) => c.id === id)?.clauses[0] ?? '']),
) as Record<CategoryId, string>;
