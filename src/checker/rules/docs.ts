/**
 * Every rule's description and "must flag" / "must not flag" examples, by rule id. Each rule file
 * exports its own as DOCS next to its rules; this lookup gathers them for the tests, the tools and
 * the admin guide's list of rules (scripts/gen-admin-docs.ts). The checker and the content script
 * never import this file, so none of it is shipped in the content script.
 */
import type { Rule, RuleDocs } from './rule';
import { DOCS as bullying } from './bullying';
import { DOCS as confidential } from './confidential';
import { DOCS as consent } from './consent';
import { DOCS as copyright } from './copyright';
import { DOCS as defamation } from './defamation';
import { DOCS as discrimination } from './discrimination';
import { DOCS as disrepute } from './disrepute';
import { DOCS as offensive } from './offensive';
import { DOCS as pupilContact } from './pupil-contact';
import { DOCS as reputation } from './reputation';
import { DOCS as safeguarding } from './safeguarding';
import { DOCS as unlawful } from './unlawful';

const ALL: Readonly<Record<string, RuleDocs>> = {
  ...bullying,
  ...confidential,
  ...consent,
  ...copyright,
  ...defamation,
  ...discrimination,
  ...disrepute,
  ...offensive,
  ...pupilContact,
  ...reputation,
  ...safeguarding,
  ...unlawful,
};

const NONE: RuleDocs = { description: '', flag: [], ok: [] };

/** A rule's description and examples (empty when its file lists none: a convention test fails then). */
export function docsOf(rule: Pick<Rule, 'id'>): RuleDocs {
  return ALL[rule.id] ?? NONE;
}
