import type { CategoryId, Severity } from '../policy/ids';

export type { CategoryId, Severity };

/** A half-open range [start, end) of UTF-16 code units in the ORIGINAL text given to check(). */
export interface Span {
  start: number;
  end: number;
}

/** One concern about a draft. Everything the prompt needs to explain itself, without knowing any rule. */
export interface Finding {
  /** Stable category id (see src/policy/ids.ts). */
  category: CategoryId;
  /** The policy clause this falls under, e.g. "5.2" (from the active policy pack when one is given). */
  clause: string;
  /** Stable rule id, "<category>/<name>", e.g. "offensive/profanity". Admins switch rules off by this id. */
  ruleId: string;
  severity: Severity;
  /** Where in the original text; at least one span, each within [0, text.length]. */
  spans: Span[];
  /** One short plain-English sentence in British English, written for staff. */
  reason: string;
  /** Where the finding came from: an explainable rule, or (later) a learned model. */
  source: 'rule' | 'model';
}

/**
 * What the checker knows about the school. Every field is optional: check(text) with no
 * context works with built-in behaviour. The settings module maps the settings to this.
 */
export interface CheckContext {
  /** The school's and trust's names (and short forms), e.g. ["Oakfield Academy", "Oakfield", "Northway Trust"]. */
  schoolNames?: readonly string[];
  /** Admin-supplied pupil names, matched case- and accent-insensitively on word boundaries. Never leaves the device. */
  pupilNames?: readonly string[];
  /** Extra terms an admin adds to a category; a match raises a finding in that category. */
  extraTerms?: Partial<Record<CategoryId, readonly string[]>>;
  /** Rule ids switched off by the admin (e.g. "offensive/profanity"). */
  disabledRules?: readonly string[];
  /** Categories switched off entirely. */
  disabledCategories?: readonly CategoryId[];
  /** Per-category severity override (raise or lower). */
  severity?: Partial<Record<CategoryId, Severity>>;
  /** Category -> clause, from the active policy pack; rules fall back to their own default clause. */
  clauses?: Partial<Record<CategoryId, string>>;
  /** The post has a photo or video attached (set by the composer adapter). */
  mediaAttached?: boolean;
}
