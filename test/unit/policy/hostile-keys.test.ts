/**
 * A replacement policy pack arrives in managed policy: any key, any depth, any size. Keys the pack
 * format does not know, including names every object inherits (constructor, toString, __proto__
 * ...), are reported by path and left out; a category or clause named so is an invalid id, never a
 * built-in found by lookup; and nothing in a pack can change a prototype.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validatePack, categoryClauses, type PolicyPack } from '../../../src/policy/pack';
import { BUILTIN_CLAUSES } from '../../../src/policy/builtin-clauses';
import { toCheckContext } from '../../../src/settings/check-context';
import { BUILTIN_PACK } from '../../../src/policy/builtin';
import { activePack } from '../../../src/policy/active';
import { resolveSettings } from '../../../src/settings/resolve';
import { BUILTIN_KEYS, builtinKey, clone, hostileValue, nested, objectAt, prototypeChanges, setAtPath, withKey } from '../settings/hostile-input';

const UNKNOWN = 'is not part of a policy pack (check the spelling)';
const PACK_KEYS = [
  'id',
  'title',
  'version',
  'effectiveDate',
  'summary',
  'note',
  'prompt',
  'clauses',
  'categories',
  'number',
  'text',
  'anchor',
  'explanation',
  'heading',
  'intro',
  'editLabel',
  'postAnywayLabel',
];
const pack = (): PolicyPack => clone({ ...BUILTIN_PACK, id: 'oakfield-2025' });
const EXPECTED = validatePack(pack());

/** Every object in a pack, by dotted path ('' is the pack itself). */
const CONTAINERS = ['', 'prompt', ...BUILTIN_PACK.clauses.map((_, i) => `clauses.${i}`), ...BUILTIN_PACK.categories.map((_, i) => `categories.${i}`)];
const join = (container: string, key: string) => (container ? `${container}.${key}` : key);

describe('policy packs: keys and ids named like built-in object properties', () => {
  it('the fixture pack is valid and has nothing to ignore', () => {
    expect(EXPECTED.ok).toBe(true);
    if (EXPECTED.ok) expect(EXPECTED.ignored).toEqual([]);
  });

  it.each(BUILTIN_KEYS)('a key named %s in a replacement pack is reported and the pack still applies', (key) => {
    const text = JSON.stringify(pack())
      .replace('"prompt":{', `"prompt":{"${key}":{"heading":"x"},`)
      .replace('{"id":"oakfield-2025"', `{"${key}":null,"id":"oakfield-2025"`);
    const r = validatePack(JSON.parse(text));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ignored).toEqual([
      { path: key, message: UNKNOWN },
      { path: `prompt.${key}`, message: UNKNOWN },
    ]);
    expect(r.pack).toEqual(EXPECTED.ok && EXPECTED.pack);
    expect(Object.getPrototypeOf(r.pack)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.pack.prompt)).toBe(Object.prototype);
    expect(prototypeChanges()).toEqual([]);
  });

  it.each(BUILTIN_KEYS)('a category or clause named %s is rejected at its path, never taken for a built-in', (key) => {
    const p = pack() as unknown as { categories: { id: string; clauses: string[] }[]; clauses: { number: string }[] };
    p.categories[1]!.id = key;
    p.categories[2]!.clauses = [key];
    p.clauses[4]!.number = key;
    const r = validatePack(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((x) => x.path)).toEqual(expect.arrayContaining(['categories.1.id', 'categories.2.clauses.0', 'clauses.4.number']));
    // The tables the checker looks clauses up in by category hold nothing of Object.prototype's.
    expect(Object.hasOwn(categoryClauses(BUILTIN_PACK), key)).toBe(false);
    expect(Object.hasOwn(BUILTIN_CLAUSES, key)).toBe(false);
    expect(Object.hasOwn(toCheckContext(resolveSettings({}, {}).settings, BUILTIN_PACK).clauses ?? {}, key)).toBe(false);
  });

  it.each(BUILTIN_KEYS)('a pack with a key named %s applies through the settings, the key reported as policyPack.<path>', (key) => {
    const p = pack();
    withKey(objectAt(p, 'clauses.7'), key, 'x');
    const r = resolveSettings(clone({ schoolName: 'Oakfield Academy', policyPack: p }), {});
    expect(activePack(r.settings).id).toBe('oakfield-2025');
    expect(r.settings.schoolName).toBe('Oakfield Academy');
    expect(r.problems).toEqual([{ source: 'managed', path: `policyPack.clauses.7.${key}`, message: 'is not a Think Twice setting (check the spelling)' }]);
  });

  it('property: built-in key names at random depths in a pack are reported by their dotted paths, and the pack still applies', () => {
    const injection = fc.record({ at: fc.constantFrom(...CONTAINERS), key: builtinKey, value: fc.jsonValue({ maxDepth: 2 }) });
    fc.assert(
      fc.property(fc.array(injection, { minLength: 1, maxLength: 8 }), (keys) => {
        const p = pack();
        for (const k of keys) withKey(objectAt(p, k.at), k.key, k.value);
        const r = validatePack(clone(p));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.pack).toEqual(EXPECTED.ok && EXPECTED.pack);
        expect(r.ignored.map((x) => x.path).sort()).toEqual([...new Set(keys.map((k) => join(k.at, k.key)))].sort());
        expect(prototypeChanges()).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: arbitrary JSON as a pack never throws, never pollutes a prototype, and every problem names its path', () => {
    const candidate = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      hostileValue(PACK_KEYS),
      fc.dictionary(fc.oneof(builtinKey, fc.constantFrom(...PACK_KEYS)), hostileValue(PACK_KEYS), { maxKeys: 10 }),
    );
    fc.assert(
      fc.property(candidate, (c) => {
        const r = validatePack(c);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) {
          expect(typeof p.path).toBe('string');
          expect(typeof p.message).toBe('string');
        }
        if (typeof c === 'object' && c !== null && !Array.isArray(c)) {
          for (const k of Object.keys(c))
            if (!['id', 'title', 'version', 'effectiveDate', 'summary', 'note', 'prompt', 'clauses', 'categories'].includes(k))
              expect(r.problems).toContainEqual({ path: k, message: UNKNOWN });
        }
        expect(prototypeChanges()).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('property: junk in one field of a pack rejects it by path, and through the settings the built-in pack stays in force', () => {
    const fields = [
      'id',
      'title',
      'effectiveDate',
      'prompt',
      'prompt.heading',
      'clauses',
      'clauses.3',
      'clauses.3.text',
      'categories',
      'categories.2',
      'categories.2.id',
      'categories.2.clauses',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...fields), hostileValue(PACK_KEYS), (field, junk) => {
        const p = pack();
        setAtPath(p, field, junk);
        const direct = validatePack(p);
        const r = resolveSettings({ schoolName: 'Oakfield Academy', staffMayChangeSettings: false, policyPack: p }, {});
        expect(r.settings.schoolName).toBe('Oakfield Academy');
        expect(r.staffMayChange).toBe(false);
        if (direct.ok) {
          expect(activePack(r.settings)).toEqual(direct.pack);
        } else {
          expect(activePack(r.settings)).toBe(BUILTIN_PACK);
          expect(direct.problems.some((x) => x.path === field || x.path.startsWith(field + '.') || field.startsWith(x.path))).toBe(true);
        }
        for (const x of r.problems) expect(x.path.startsWith('policyPack'), x.path).toBe(true);
        expect(prototypeChanges()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: 10,000 levels of nesting in a pack are read without overflowing the stack', () => {
    const unknownAt = fc
      .record({ at: fc.constantFrom(...CONTAINERS), key: fc.oneof(builtinKey, fc.constant('deep')) })
      .map((x) => ({ path: join(x.at, x.key), ignored: true }));
    const valueAt = fc
      .constantFrom('title', 'prompt.heading', 'clauses.0', 'clauses.0.text', 'categories.3.clauses', 'categories.3.explanation')
      .map((path) => ({ path, ignored: false }));
    fc.assert(
      fc.property(
        fc.oneof(unknownAt, valueAt),
        fc.oneof(builtinKey, fc.constantFrom('id', 'clauses', 'a')),
        fc.integer({ min: 10_000, max: 12_000 }),
        (where, key, depth) => {
          const p = pack();
          setAtPath(p, where.path, nested(depth, key));
          const r = validatePack(p);
          if (where.ignored) {
            expect(r.ok).toBe(true);
            if (r.ok) expect(r.ignored).toEqual([{ path: where.path, message: UNKNOWN }]);
          } else {
            expect(r.ok).toBe(false);
            if (!r.ok) expect(r.problems.some((x) => x.path === where.path || x.path.startsWith(where.path + '.'))).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('property: huge lists in a pack are rejected by their path without throwing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('clauses', 'categories', 'categories.0.clauses'),
        fc.integer({ min: 10_000, max: 30_000 }),
        builtinKey,
        (path, length, key) => {
          const p = pack();
          const entry =
            path === 'clauses'
              ? withKey({ ...BUILTIN_PACK.clauses[0]! }, key, 1)
              : path === 'categories'
                ? withKey({ ...BUILTIN_PACK.categories[0]! }, key, 1)
                : BUILTIN_PACK.clauses[0]!.number;
          setAtPath(p, path, new Array<unknown>(length).fill(entry));
          const r = validatePack(p);
          expect(r.ok).toBe(path === 'categories.0.clauses'); // a category may name one clause many times
          if (r.ok) return;
          expect(r.problems.map((x) => x.path)).toContain(path);
          expect(r.problems).toContainEqual({ path: `${path}.${length - 1}.${key}`, message: UNKNOWN });
        },
      ),
      { numRuns: 6 },
    );
  });
});
