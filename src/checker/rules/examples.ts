/**
 * Every rule's "must flag" and "must not flag" examples, by rule id. Each rule file exports its own
 * as EXAMPLES next to its rules; this lookup gathers them for the tests and tools. The checker and
 * the content script never import this file, so the examples are not shipped in the extension.
 */
import type { Rule, RuleExamples } from './rule';
import { EXAMPLES as bullying } from './bullying';
import { EXAMPLES as confidential } from './confidential';
import { EXAMPLES as consent } from './consent';
import { EXAMPLES as copyright } from './copyright';
import { EXAMPLES as defamation } from './defamation';
import { EXAMPLES as discrimination } from './discrimination';
import { EXAMPLES as disrepute } from './disrepute';
import { EXAMPLES as offensive } from './offensive';
import { EXAMPLES as pupilContact } from './pupil-contact';
import { EXAMPLES as reputation } from './reputation';
import { EXAMPLES as safeguarding } from './safeguarding';
import { EXAMPLES as unlawful } from './unlawful';

const ALL: Readonly<Record<string, RuleExamples>> = {
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

const NONE: RuleExamples = { flag: [], ok: [] };

/** The examples of a rule (none when its file lists none: a convention test fails then). */
export function examplesOf(rule: Pick<Rule, 'id'>): RuleExamples {
  return ALL[rule.id] ?? NONE;
}
