/**
 * The rule registry: every rule of every category, in a stable order, and the one list of rule files.
 * The engine builds its word tables from these rules' `uses` (tablesFor() in doc.ts, at the first
 * check), docs.ts reads each registered file's DOCS, and the UI and the docs list rules from here; a
 * convention test fails when a file in this folder named after a category is not registered.
 * 'lesson-time' (5.4) and 'reporting' (7, 8) have no text rules: they are handled by the schedule and
 * the prompt.
 */
import type { CategoryId } from '../types';
import { rules as bullying } from './bullying';
import { rules as confidential } from './confidential';
import { rules as consent } from './consent';
import { rules as copyright } from './copyright';
import { rules as defamation } from './defamation';
import { rules as discrimination } from './discrimination';
import { rules as disrepute } from './disrepute';
import { rules as offensive } from './offensive';
import { rules as pupilContact } from './pupil-contact';
import { rules as reputation } from './reputation';
import { rules as safeguarding } from './safeguarding';
import { rules as unlawful } from './unlawful';
import type { Rule } from './rule';

export type { Rule, RuleHit, Example } from './rule';

/** Category id -> its rules. */
export const RULES_BY_CATEGORY: Readonly<Partial<Record<CategoryId, readonly Rule[]>>> = {
  confidential,
  bullying,
  discrimination,
  disrepute,
  reputation,
  offensive,
  defamation,
  copyright,
  unlawful,
  'pupil-contact': pupilContact,
  consent,
  safeguarding,
};

/** Every rule, in registry order. */
export const RULES: readonly Rule[] = Object.values(RULES_BY_CATEGORY).flatMap((r) => r ?? []);
