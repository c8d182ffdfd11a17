/**
 * The stable ids of everything the extension can raise a concern about.
 *
 * Ids are a contract: settings (admins switch categories and rules by id), the
 * policy pack (which maps each id to the clauses of the school's own policy) and
 * the checker's rules all refer to them. Never rename one; add new ids instead.
 */
export const CATEGORY_IDS = [
  // Clause 5.2 of the model policy: content staff must not upload.
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
  'pupil-contact', // 5.3: no friend requests with pupils or ex-pupils under 18
  'lesson-time', // 5.4: no personal social media in lesson time
  'consent', // 5.5: share pupils' moments only with consent
  'safeguarding', // 6.1: never use information to locate or meet a child
  'reporting', // 7, 8: report safeguarding concerns and abuse received
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
