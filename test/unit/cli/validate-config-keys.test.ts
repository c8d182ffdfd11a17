/**
 * validate-config reads an admin's file before it goes to staff machines, so it must report what
 * the extension would report, never crash: keys named like built-in object properties
 * (constructor, toString, __proto__ ...) at any depth and in every file format, `--id` naming one,
 * deep nesting and arbitrary JSON.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateConfig, validateConfigText, formatResult, DEV_EXTENSION_ID, GECKO_ID, type ValidateResult } from '../../../src/cli/validate-config-core';
import { settingsSchema } from '../../../src/settings/schema';
import { BUILTIN_KEYS, builtinKey, clone, hostileValue, nestedText, objectAt, prototypeChanges, withKey } from '../settings/hostile-input';

const SETTING_KEYS = Object.keys(settingsSchema.shape);
const UNKNOWN = 'is not a Think Twice setting';

const settings = () =>
  clone({
    schoolName: 'Oakfield Academy',
    staffMayChangeSettings: false,
    categories: { offensive: { action: 'block' } },
    safeguardingLead: { name: 'Sam Patel' },
  });
const CONTAINERS = ['', 'categories', 'categories.offensive', 'safeguardingLead'];
const join = (container: string, key: string) => (container ? `${container}.${key}` : key);

type Format = 'settings' | 'chrome' | 'firefox' | 'google-admin';
function wrap(format: Format, s: Record<string, unknown>): unknown {
  if (format === 'chrome') return { '3rdparty': { extensions: { [DEV_EXTENSION_ID]: s } } };
  if (format === 'firefox') return { policies: { '3rdparty': { Extensions: { [GECKO_ID]: s } } } };
  if (format === 'google-admin') {
    const out = {};
    for (const [k, v] of Object.entries(s)) withKey(out, k, { Value: v });
    return out;
  }
  return s;
}

/** The valid siblings still apply (and would be locked). */
function expectSiblingsApply(r: ValidateResult): void {
  expect(r.fatal).toBeUndefined();
  expect(r.applied).toEqual(expect.arrayContaining(['schoolName', 'staffMayChangeSettings', 'categories.offensive.action', 'safeguardingLead.name']));
}

describe('validate-config: keys named like built-in object properties', () => {
  it.each(BUILTIN_KEYS)('a key named %s is reported by its path in every file format, and its siblings still apply', (key) => {
    for (const format of ['settings', 'chrome', 'firefox', 'google-admin'] as const) {
      const s = settings();
      for (const at of CONTAINERS) withKey(objectAt(s, at), key, at === '' ? 1 : 'x');
      // Through the text, as the command reads it: JSON.parse makes "__proto__" an own key.
      const r = validateConfigText(JSON.stringify(wrap(format, s)));
      expect(r.format).toBe(format);
      expect(r.exitCode).toBe(1);
      expectSiblingsApply(r);
      expect(r.problems.map((p) => p.path).sort()).toEqual(CONTAINERS.map((at) => join(at, key)).sort());
      for (const p of r.problems) expect(p.message.startsWith(UNKNOWN), p.message).toBe(true);
      expect(formatResult(r, 'policy.json').stdout.filter((line) => line.startsWith(`${key}: ${UNKNOWN}`))).toHaveLength(1);
    }
    expect(prototypeChanges()).toEqual([]);
  });

  it.each(BUILTIN_KEYS)('--id %s picks no built-in: the file has no entry of that name', (key) => {
    const chrome = validateConfigText(JSON.stringify(wrap('chrome', settings())), { id: key });
    expect(chrome.exitCode).toBe(2);
    expect(chrome.fatal).toBe(`3rdparty.extensions has no entry for "${key}" (found: ${DEV_EXTENSION_ID}).`);
    const firefox = validateConfigText(JSON.stringify(wrap('firefox', settings())), { id: key });
    expect(firefox.exitCode).toBe(2);
    expect(firefox.fatal).toBe(`policies.3rdparty.Extensions has no entry for "${key}" (found: ${GECKO_ID}).`);
  });

  it.each(BUILTIN_KEYS)('--id %s picks an entry really named so', (key) => {
    const text = `{"3rdparty": {"extensions": {"${DEV_EXTENSION_ID}": {}, "${key}": ${JSON.stringify(settings())}}}}`;
    const r = validateConfigText(text, { id: key });
    expect(r.exitCode).toBe(0);
    expect(r.extensionId).toBe(key);
    expectSiblingsApply(r);
  });

  it.each(BUILTIN_KEYS)("entries named %s beside Think Twice's own ID are passed over for it", (key) => {
    const text = `{"policies": {"3rdparty": {"Extensions": {"${key}": {"schoolName": 1}, "${GECKO_ID}": ${JSON.stringify(settings())}}}}}`;
    const r = validateConfigText(text);
    expect(r.exitCode).toBe(0);
    expect(r.extensionId).toBe(GECKO_ID);
  });

  it('a Google Admin "__proto__" entry is reported, not hidden by becoming a prototype', () => {
    const r = validateConfigText('{"schoolName": {"Value": "Oakfield Academy"}, "__proto__": {"Value": {"schoolName": "Elsewhere"}}}');
    expect(r.format).toBe('google-admin');
    expect(r.exitCode).toBe(1);
    expect(r.problems.map((p) => p.path)).toEqual(['__proto__']);
    expect(r.applied).toEqual(['schoolName']);
    expect(prototypeChanges()).toEqual([]);
  });

  it('property: built-in key names at random depths, in any file format, are each reported by their dotted path', () => {
    const injection = fc.record({ at: fc.constantFrom(...CONTAINERS), key: builtinKey, value: fc.jsonValue({ maxDepth: 2 }) });
    fc.assert(
      fc.property(
        fc.constantFrom<Format>('settings', 'chrome', 'firefox', 'google-admin'),
        fc.array(injection, { minLength: 1, maxLength: 6 }),
        (format, keys) => {
          const s = settings();
          for (const k of keys) withKey(objectAt(s, k.at), k.key, k.value);
          const text = JSON.stringify(wrap(format, s));
          const r = validateConfigText(text);
          expect(r.exitCode).toBe(1);
          expect(r.format).toBe(format);
          expectSiblingsApply(r);
          const expected = [...new Set(keys.map((k) => join(k.at, k.key)))].sort();
          expect([...new Set(r.problems.map((p) => p.path))].sort()).toEqual(expected);
          expect(prototypeChanges()).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: arbitrary JSON, and --id set to anything, never throws and never pollutes a prototype', () => {
    const file = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      hostileValue([...SETTING_KEYS, 'policies', '3rdparty', 'extensions', 'Extensions', 'Value', DEV_EXTENSION_ID, GECKO_ID]),
      fc.dictionary(fc.oneof(builtinKey, fc.constantFrom(...SETTING_KEYS)), fc.record({ Value: hostileValue(SETTING_KEYS) }), { maxKeys: 6 }),
      fc
        .dictionary(fc.oneof(builtinKey, fc.constant(DEV_EXTENSION_ID)), hostileValue(SETTING_KEYS), { maxKeys: 4 })
        .map((exts) => ({ '3rdparty': { extensions: exts } })),
    );
    fc.assert(
      fc.property(file, fc.option(fc.oneof(builtinKey, fc.string())), fc.boolean(), (f, id, asText) => {
        const opts = id ? { id } : {};
        const r = asText ? validateConfigText(JSON.stringify(f) ?? 'null', opts) : validateConfig(f, opts);
        expect([0, 1, 2]).toContain(r.exitCode);
        if (r.exitCode === 2) expect(typeof r.fatal).toBe('string');
        else for (const p of r.problems) expect(typeof p.path).toBe('string');
        formatResult(r, 'file.json');
        expect(prototypeChanges()).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('property: a file nested 10,000 levels deep is checked without overflowing the stack', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'categories', 'categories.offensive'),
        fc.oneof(builtinKey, fc.constantFrom('a', 'schoolName')),
        fc.integer({ min: 10_000, max: 12_000 }),
        (at, key, depth) => {
          const s = settings();
          withKey(objectAt(s, at), 'deep', 0);
          // The deep part is written as text: JSON.stringify would recurse through it.
          const text = JSON.stringify(s).replace('"deep":0', `"deep":${nestedText(depth, key)}`);
          const r = validateConfigText(text);
          expect(r.exitCode).toBe(1);
          expectSiblingsApply(r);
          expect(r.problems.map((p) => p.path)).toEqual([join(at, 'deep')]);
        },
      ),
      { numRuns: 20 },
    );
  });
});
