/**
 * An imported calendar's TZID is input: looked up in the table of Windows zone names, a TZID
 * named like something every object inherits (constructor, toString ...) must find nothing.
 */
import { describe, it, expect } from 'vitest';
import { ianaZoneFor } from '../../../src/schedule/ics';
import { BUILTIN_KEYS } from '../settings/hostile-input';

describe('calendar import: a TZID named like a built-in object property', () => {
  it.each(BUILTIN_KEYS)('a TZID named %s is not taken for a time zone', (key) => {
    expect(ianaZoneFor(key)).toBeUndefined();
  });

  it('Windows zone names are still recognised', () => {
    expect(ianaZoneFor('GMT Standard Time')).toBe('Europe/London');
  });
});
