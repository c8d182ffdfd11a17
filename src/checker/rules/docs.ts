/**
 * Every rule's description and "must flag" / "must not flag" examples, by rule id. Each rule file
 * exports its own as DOCS next to its rules; this lookup reads them from the files of the categories
 * registered in index.ts (the one list of rule files), for the tests, the tools and the admin guide's
 * list of rules (scripts/gen-admin-docs.ts). The checker and the content script never import this
 * file, so none of it is shipped in the content script.
 */
import type { Rule, RuleDocs } from './rule';
import { RULES_BY_CATEGORY } from './index';

/** A category file as this lookup reads it. */
interface RuleFile {
  readonly DOCS?: Readonly<Record<string, RuleDocs>>;
}

// A file per registered category, named after it (rules.test.ts holds every file to that).
const files = (await Promise.all(Object.keys(RULES_BY_CATEGORY).map((category) => import(/* @vite-ignore */ `./${category}.ts`)))) as RuleFile[];

const ALL: Readonly<Record<string, RuleDocs>> = Object.assign({}, ...files.map((f) => f.DOCS ?? {}));

const NONE: RuleDocs = { description: '', flag: [], ok: [] };

/** A rule's description and examples (empty when its file lists none: a convention test fails then). */
export function docsOf(rule: Pick<Rule, 'id'>): RuleDocs {
  return ALL[rule.id] ?? NONE;
}
