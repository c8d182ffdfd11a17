/**
 * The stable ids of everything the extension can raise a concern about.
 *
 * Ids are a contract: settings (admins switch categories and rules by id), the
 * policy pack (which maps each id to the clauses of the school's own policy) and
 * the checker's rules all refer to them. Never rename one; add new ids instead. Which clauses each
 * falls under is the policy pack's to say (src/policy/builtin-meta.json for the built-in one), and
 * the built-in pack lists exactly these, in this order (test/unit/policy/ids.test.ts).
 */
export const CATEGORY_IDS = [
  // What staff must not upload (the model policy's list of content).
  'confidential',
  'bullying',
  'discrimination',
  'disrepute',
  'reputation',
  'offensive',
  'defamation',
  'copyright',
  'unlawful',
  // The other duties.
  'pupil-contact', // no friend requests with pupils or ex-pupils under 18
  'lesson-time', // no personal social media in lesson time
  'consent', // share pupils' moments only with consent
  'safeguarding', // never use information to locate or meet a child
  'reporting', // report safeguarding concerns and abuse received
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

/** Ordered from least to most severe. */
export const SEVERITIES = ['advice', 'warning', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}
