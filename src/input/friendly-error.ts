/**
 * Plain-English validation messages for admins (zod's defaults read like a compiler's).
 * Passed to safeParse as `{ error: friendlyError }`.
 */
import type { z } from 'zod';

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

function describe(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? 'a piece of text' : `"${v}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

export const friendlyError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = issue.expected === 'array' ? 'list' : issue.expected === 'boolean' ? 'true or false' : issue.expected;
      return `must be ${expected === 'true or false' ? expected : article(expected)}, not ${describe(issue.input)}`;
    }
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (found ${describe(issue.input)})`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${issue.maximum} entries`
        : issue.origin === 'string'
          ? `must be at most ${issue.maximum} characters`
          : `must be at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : issue.origin === 'string'
          ? issue.minimum === 1
            ? 'must not be empty'
            : `must be at least ${issue.minimum} characters`
          : `must be at least ${issue.minimum}`;
    default:
      return undefined;
  }
};
